-- AlterTable
ALTER TABLE "DisputeParty" ADD COLUMN     "partyId" TEXT;

-- CreateIndex
CREATE INDEX "DisputeParty_partyId_idx" ON "DisputeParty"("partyId");
