-- CreateEnum
CREATE TYPE "VoidReason" AS ENUM ('ACCEPTED_IN_ERROR', 'RECORDED_IN_ERROR', 'DUPLICATE');

-- AlterEnum
ALTER TYPE "ArbitrationStatus" ADD VALUE 'VOIDED';

-- AlterEnum
ALTER TYPE "CaseStepType" ADD VALUE 'VOID_ACCEPTANCE';

-- AlterTable
ALTER TABLE "ArbitrationCase" ADD COLUMN     "voidExplanation" TEXT,
ADD COLUMN     "voidReason" "VoidReason",
ADD COLUMN     "voidedAt" TIMESTAMP(3);
