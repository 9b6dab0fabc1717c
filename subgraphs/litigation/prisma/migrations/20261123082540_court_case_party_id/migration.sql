-- AlterTable
ALTER TABLE "CourtCaseParty" ADD COLUMN     "partyId" TEXT;

-- CreateIndex
CREATE INDEX "CourtCaseParty_partyId_idx" ON "CourtCaseParty"("partyId");
