-- Closed sets the database enforces: each text column becomes its enum, converting the rows in place
-- (a value outside the set would make the migration fail rather than be lost).

-- CreateEnum
CREATE TYPE "ArbitrationStatus" AS ENUM ('RECEIVED', 'ACCEPTED', 'REJECTED', 'TRIBUNAL_FORMED', 'HEARING_SCHEDULED', 'MEDIATED', 'AWARDED');

-- CreateEnum
CREATE TYPE "TribunalKind" AS ENUM ('SOLE', 'PANEL');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('WAGE_ARREARS', 'OVERTIME_PAY', 'SEVERANCE', 'DAMAGES', 'WORK_INJURY_MEDICAL', 'WORK_INJURY_BENEFITS', 'SOCIAL_INSURANCE', 'WORKING_HOURS', 'REST_AND_LEAVE', 'CONFIRM_LABOUR_RELATION', 'OTHER');

-- CreateEnum
CREATE TYPE "ClaimDecision" AS ENUM ('GRANTED', 'PARTIALLY_GRANTED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "FinalityReason" AS ENUM ('SMALL_CLAIM', 'LABOUR_STANDARD', 'EXCEEDS_SMALL_CLAIM_LIMIT', 'NO_AMOUNT', 'NOT_FINAL_KIND', 'MINIMUM_WAGE_NOT_CONFIGURED');

-- CreateEnum
CREATE TYPE "CaseStepType" AS ENUM ('FILE', 'ACCEPT', 'REJECT', 'SERVE', 'ANSWER', 'COMPOSE_TRIBUNAL', 'SCHEDULE_HEARING', 'POSTPONE_HEARING', 'EXTEND_AWARD', 'CLOSE_BY_MEDIATION', 'ISSUE_AWARD', 'SERVE_AWARD');

-- AlterTable (the indexes on status are rebuilt with the column)
ALTER TABLE "ArbitrationCase" ALTER COLUMN "status" DROP DEFAULT,
ALTER COLUMN "status" TYPE "ArbitrationStatus" USING ("status"::"ArbitrationStatus"),
ALTER COLUMN "status" SET DEFAULT 'RECEIVED',
ALTER COLUMN "tribunalKind" TYPE "TribunalKind" USING ("tribunalKind"::"TribunalKind"),
ALTER COLUMN "version" SET DEFAULT 1;

-- AlterTable
ALTER TABLE "CaseStep" ALTER COLUMN "type" TYPE "CaseStepType" USING ("type"::"CaseStepType");

-- AlterTable
ALTER TABLE "Claim" ALTER COLUMN "kind" TYPE "ClaimKind" USING ("kind"::"ClaimKind"),
ALTER COLUMN "decision" TYPE "ClaimDecision" USING ("decision"::"ClaimDecision"),
ALTER COLUMN "finalityReason" TYPE "FinalityReason" USING ("finalityReason"::"FinalityReason");
