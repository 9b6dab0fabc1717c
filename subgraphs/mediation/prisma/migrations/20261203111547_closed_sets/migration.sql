-- CreateEnum
CREATE TYPE "CommitteeType" AS ENUM ('JOINT', 'LABOUR', 'COMMERCIAL', 'MEDICAL', 'TRAFFIC', 'MARINE_FISHERY', 'CONSUMER', 'PROPERTY', 'FAMILY', 'GENERAL', 'LAWYER_OFFICE');

-- CreateEnum
CREATE TYPE "CommitteeLevel" AS ENUM ('COUNTY', 'TOWN', 'VILLAGE', 'PROFESSIONAL');

-- CreateEnum
CREATE TYPE "MediatorRole" AS ENUM ('CHIEF', 'FULL_TIME', 'PART_TIME');

-- CreateEnum
CREATE TYPE "ExpertKind" AS ENUM ('LAWYER', 'EXPERT');

-- CreateEnum
CREATE TYPE "MediationCaseSource" AS ENUM ('DISPATCH', 'COURT_DELEGATION', 'DIRECT_APPLICATION');

-- CreateEnum
CREATE TYPE "MediationClockKind" AS ENUM ('PEOPLE', 'MEDICAL', 'LABOUR');

-- CreateEnum
CREATE TYPE "MediationCaseStatus" AS ENUM ('ACCEPTED', 'IN_MEDIATION', 'AGREEMENT_REACHED', 'FAILED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MediationNextStep" AS ENUM ('ARBITRATION', 'LITIGATION', 'OTHER');

-- CreateEnum
CREATE TYPE "MediationSessionMode" AS ENUM ('IN_PERSON', 'ONLINE_VIDEO');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('PERFORMED', 'PARTLY_PERFORMED', 'NOT_PERFORMED');

-- Existing rows convert in place: each text column takes its enum type, so the database refuses any
-- value outside the set. The rollup trigger on cases names "status" in its WHEN clause, and PostgreSQL
-- does not change the type of a column a trigger definition uses: it is dropped and created again as it was.
DROP TRIGGER "MediationCase_rollup_update" ON "MediationCase";

-- AlterTable
ALTER TABLE "Committee" ALTER COLUMN "type" TYPE "CommitteeType" USING ("type"::"CommitteeType"),
ALTER COLUMN "level" TYPE "CommitteeLevel" USING ("level"::"CommitteeLevel");

-- AlterTable
ALTER TABLE "Expert" ALTER COLUMN "kind" TYPE "ExpertKind" USING ("kind"::"ExpertKind");

-- AlterTable
ALTER TABLE "MediationCase" ALTER COLUMN "status" TYPE "MediationCaseStatus" USING ("status"::"MediationCaseStatus"),
ALTER COLUMN "clockKind" TYPE "MediationClockKind" USING ("clockKind"::"MediationClockKind"),
ALTER COLUMN "source" TYPE "MediationCaseSource" USING ("source"::"MediationCaseSource"),
ALTER COLUMN "suggestedNextStep" TYPE "MediationNextStep" USING ("suggestedNextStep"::"MediationNextStep"),
ALTER COLUMN "version" SET DEFAULT 1;

-- AlterTable
ALTER TABLE "MediationSession" ALTER COLUMN "mode" TYPE "MediationSessionMode" USING ("mode"::"MediationSessionMode");

-- AlterTable
ALTER TABLE "Mediator" ALTER COLUMN "role" TYPE "MediatorRole" USING ("role"::"MediatorRole");

-- AlterTable
ALTER TABLE "PerformanceFollowUp" ALTER COLUMN "status" TYPE "FollowUpStatus" USING ("status"::"FollowUpStatus");

CREATE TRIGGER "MediationCase_rollup_update" AFTER UPDATE ON "MediationCase"
  FOR EACH ROW WHEN (
    OLD."status" IS DISTINCT FROM NEW."status" OR OLD."acceptedAt" IS DISTINCT FROM NEW."acceptedAt"
    OR OLD."committeeId" IS DISTINCT FROM NEW."committeeId" OR OLD."disputeCode" IS DISTINCT FROM NEW."disputeCode"
    OR OLD."id" IS DISTINCT FROM NEW."id")
  EXECUTE FUNCTION "mediation_rollup_on_case"();
