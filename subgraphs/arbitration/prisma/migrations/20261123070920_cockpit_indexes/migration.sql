-- CreateIndex
CREATE INDEX "ArbitrationCase_acceptedAt_idx" ON "ArbitrationCase"("acceptedAt");

-- CreateIndex
CREATE INDEX "ArbitrationCase_closedAt_idx" ON "ArbitrationCase"("closedAt");
