-- AlterEnum
ALTER TYPE "MediationClockKind" ADD VALUE 'COURT_PRE_FILING';

-- AlterTable
ALTER TABLE "MediationCase" ADD COLUMN     "courtClock" JSONB;
