-- CreateIndex
CREATE INDEX "CourtCase_filedAt_disputeCode_procedure_status_online_idx" ON "CourtCase"("filedAt", "disputeCode", "procedure", "status", "online");
