-- The on-time judgement reads each closure's code from the index too, to find the procedure pauses reported for it.
-- DropIndex
DROP INDEX "Dispute_closedAt_serviceTier_registeredAt_status_regionCode_idx";

-- CreateIndex
CREATE INDEX "Dispute_closedAt_serviceTier_registeredAt_status_regionCode_idx" ON "Dispute"("closedAt", "serviceTier", "registeredAt", "status", "regionCode", "category", "localityCode", "channel", "code");
