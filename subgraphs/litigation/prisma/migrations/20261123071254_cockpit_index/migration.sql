-- CreateIndex
CREATE INDEX "CourtCase_filedAt_procedure_status_online_idx" ON "CourtCase"("filedAt", "procedure", "status", "online");
