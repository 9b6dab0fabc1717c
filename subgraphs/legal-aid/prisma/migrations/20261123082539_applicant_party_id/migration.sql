-- AlterTable
ALTER TABLE "LegalAidCase" ADD COLUMN     "applicantPartyId" TEXT;

-- CreateIndex
CREATE INDEX "LegalAidCase_applicantPartyId_idx" ON "LegalAidCase"("applicantPartyId");
