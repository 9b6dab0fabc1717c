-- CreateIndex
CREATE INDEX "LegalAidCase_appliedAt_decidedAt_status_provisionalAidStart_idx" ON "LegalAidCase"("appliedAt", "decidedAt", "status", "provisionalAidStartedAt", "regionCode");

-- CreateIndex
CREATE INDEX "LegalConsultation_consultedAt_disputeCode_idx" ON "LegalConsultation"("consultedAt", "disputeCode");
