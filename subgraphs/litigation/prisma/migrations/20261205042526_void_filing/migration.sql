-- CreateEnum
CREATE TYPE "VoidReason" AS ENUM ('ACCEPTED_IN_ERROR', 'RECORDED_IN_ERROR', 'DUPLICATE');

-- AlterEnum
ALTER TYPE "CourtCaseStatus" ADD VALUE 'VOIDED';

-- AlterTable
ALTER TABLE "CourtCase" ADD COLUMN     "voidExplanation" TEXT,
ADD COLUMN     "voidReason" "VoidReason";
