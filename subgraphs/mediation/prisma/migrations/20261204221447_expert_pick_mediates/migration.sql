-- AlterTable
ALTER TABLE "ExpertPick" ADD COLUMN     "carriedFromCaseId" UUID,
ADD COLUMN     "chosenByParty" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "lead" BOOLEAN NOT NULL DEFAULT false;
