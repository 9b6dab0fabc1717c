-- AlterTable
ALTER TABLE "Applicant" ADD COLUMN     "partyId" TEXT;

-- AlterTable
ALTER TABLE "ArbitrationCase" ADD COLUMN     "respondentPartyId" TEXT;

-- CreateIndex
CREATE INDEX "Applicant_partyId_idx" ON "Applicant"("partyId");

-- CreateIndex
CREATE INDEX "ArbitrationCase_respondentPartyId_idx" ON "ArbitrationCase"("respondentPartyId");
