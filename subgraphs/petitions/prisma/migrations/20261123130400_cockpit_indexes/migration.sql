-- CreateIndex
CREATE INDEX "Dispute_closedAt_serviceTier_registeredAt_status_regionCode_idx" ON "Dispute"("closedAt", "serviceTier", "registeredAt", "status", "regionCode", "category", "localityCode");
