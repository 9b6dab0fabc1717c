-- The live feed reads steps and alerts in the order the registry stored them: (time stored, id).
-- IF NOT EXISTS: the migration just before this one was generated while these indexes were already in
-- schema.prisma and may create them too.

-- CreateIndex
CREATE INDEX IF NOT EXISTS "Alert_raisedAt_id_idx" ON "Alert"("raisedAt", "id");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "TimelineEvent_receivedAt_id_idx" ON "TimelineEvent"("receivedAt", "id");
