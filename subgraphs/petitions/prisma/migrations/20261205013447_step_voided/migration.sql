-- CreateEnum
CREATE TYPE "VoidReason" AS ENUM ('ACCEPTED_IN_ERROR', 'RECORDED_IN_ERROR', 'DUPLICATE');

-- AlterEnum
ALTER TYPE "CaseEventType" ADD VALUE 'STEP_VOIDED';

-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN     "voidReason" "VoidReason",
ADD COLUMN     "voidedAt" TIMESTAMP(3),
ADD COLUMN     "voidedBy" TEXT;
