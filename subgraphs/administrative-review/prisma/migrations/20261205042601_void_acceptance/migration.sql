-- CreateEnum
CREATE TYPE "VoidReason" AS ENUM ('ACCEPTED_IN_ERROR', 'RECORDED_IN_ERROR', 'DUPLICATE');

-- AlterEnum
ALTER TYPE "AdministrativeReviewCaseStatus" ADD VALUE 'VOIDED';

-- AlterTable
ALTER TABLE "AdministrativeReviewCase" ADD COLUMN     "voidExplanation" TEXT,
ADD COLUMN     "voidReason" "VoidReason";
