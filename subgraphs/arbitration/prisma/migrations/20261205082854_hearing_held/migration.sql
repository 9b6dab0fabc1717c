-- CreateEnum
CREATE TYPE "ArbitrationAppearance" AS ENUM ('IN_PERSON', 'ONLINE', 'ABSENT');

-- AlterEnum
ALTER TYPE "CaseStepType" ADD VALUE 'HOLD_HEARING';

-- AlterTable
ALTER TABLE "ArbitrationCase" ADD COLUMN     "applicantAppearance" "ArbitrationAppearance",
ADD COLUMN     "hearingHeldAt" TIMESTAMP(3),
ADD COLUMN     "hearingsHeld" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "respondentAppearance" "ArbitrationAppearance";
