-- CreateIndex
CREATE INDEX "MediationAgreement_caseId_id_idx" ON "MediationAgreement"("caseId", "id");

-- CreateIndex
CREATE INDEX "MediationCase_acceptedAt_status_committeeId_disputeCode_id_idx" ON "MediationCase"("acceptedAt", "status", "committeeId", "disputeCode", "id");

-- CreateIndex
CREATE INDEX "MediationCase_status_acceptedAt_clockKind_disputeCode_id_idx" ON "MediationCase"("status", "acceptedAt", "clockKind", "disputeCode", "id");

-- CreateIndex
CREATE INDEX "PerformanceFollowUp_status_agreementId_idx" ON "PerformanceFollowUp"("status", "agreementId");
