-- CreateIndex
CREATE INDEX "ArbitrationCase_receivedAt_collective_commissionRegion_idx" ON "ArbitrationCase"("receivedAt", "collective", "commissionRegion");

-- CreateIndex
CREATE INDEX "ArbitrationCase_acceptedAt_commissionRegion_idx" ON "ArbitrationCase"("acceptedAt", "commissionRegion");

-- CreateIndex
CREATE INDEX "ArbitrationCase_closedAt_status_commissionRegion_awardFinal_idx" ON "ArbitrationCase"("closedAt", "status", "commissionRegion", "awardFinal");
