-- CreateIndex
CREATE INDEX "DisputeLink_fromCode_createdAt_id_idx" ON "DisputeLink"("fromCode", "createdAt", "id");

-- CreateIndex
CREATE INDEX "DisputeLink_toCode_createdAt_id_idx" ON "DisputeLink"("toCode", "createdAt", "id");
