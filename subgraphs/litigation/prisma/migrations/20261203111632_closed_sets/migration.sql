-- CreateEnum
CREATE TYPE "CourtProcedure" AS ENUM ('PRE_FILING_MEDIATION', 'FIRST_INSTANCE', 'JUDICIAL_CONFIRMATION', 'ENFORCEMENT');

-- CreateEnum
CREATE TYPE "CourtCaseStatus" AS ENUM ('IN_MEDIATION', 'RESOLVED', 'MEDIATION_FAILED', 'FILED', 'JUDGED', 'APPLIED', 'ACCEPTED', 'NOT_ACCEPTED', 'CONFIRMED', 'REJECTED', 'ENFORCING', 'CONCLUDED');

-- CreateEnum
CREATE TYPE "TrialProcedure" AS ENUM ('ORDINARY', 'SIMPLIFIED', 'SMALL_CLAIMS');

-- CreateEnum
CREATE TYPE "MediatorKind" AS ENUM ('MEDIATION_COMMITTEE', 'INVITED_MEDIATOR');

-- CreateEnum
CREATE TYPE "PreFilingSuccess" AS ENUM ('AGREEMENT', 'MEDIATION_STATEMENT');

-- CreateEnum
CREATE TYPE "EnforcementOutcome" AS ENUM ('FULLY_ENFORCED', 'SETTLED', 'TERMINATED_THIS_ROUND', 'TERMINATED');

-- CreateEnum
CREATE TYPE "Performance" AS ENUM ('PENDING', 'PERFORMED', 'ENFORCEMENT_APPLIED');

-- CreateEnum
CREATE TYPE "PartyRole" AS ENUM ('PLAINTIFF', 'DEFENDANT', 'APPLICANT', 'RESPONDENT', 'THIRD_PARTY');

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('PERSON', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "CourtClockKind" AS ENUM ('preFilingMediation', 'trialOrdinary', 'trialSimplified', 'trialSmallClaims', 'judicialConfirmationApplication', 'judicialConfirmationAcceptance', 'judicialConfirmationRuling', 'enforcement');

-- CreateEnum
CREATE TYPE "CaseType" AS ENUM ('民初', '民终', '民特', '民诉前调', '执', '执恢', '执异', '执保');

-- Every closed set becomes an enum, converted in place: a value outside the set stops the migration
-- rather than being lost. Indexes and the primary key over converted columns are rebuilt by PostgreSQL.

-- AlterTable: 类型代字 of the case number counters
ALTER TABLE "CaseNumberCounter" ALTER COLUMN "caseType" TYPE "CaseType" USING ("caseType"::"CaseType");

-- AlterTable: the one "outcome" column held two sets; each gets its own column, filled from it
ALTER TABLE "CourtCase" ADD COLUMN "preFilingSuccess" "PreFilingSuccess",
ADD COLUMN "enforcementOutcome" "EnforcementOutcome",
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

UPDATE "CourtCase" SET "preFilingSuccess" = "outcome"::"PreFilingSuccess"
  WHERE "procedure" = 'PRE_FILING_MEDIATION' AND "outcome" IS NOT NULL;
UPDATE "CourtCase" SET "enforcementOutcome" = "outcome"::"EnforcementOutcome"
  WHERE "procedure" = 'ENFORCEMENT' AND "outcome" IS NOT NULL;

ALTER TABLE "CourtCase" DROP COLUMN "outcome",
ALTER COLUMN "procedure" TYPE "CourtProcedure" USING ("procedure"::"CourtProcedure"),
ALTER COLUMN "status" TYPE "CourtCaseStatus" USING ("status"::"CourtCaseStatus"),
ALTER COLUMN "mediatorKind" TYPE "MediatorKind" USING ("mediatorKind"::"MediatorKind"),
ALTER COLUMN "performance" TYPE "Performance" USING ("performance"::"Performance"),
ALTER COLUMN "trialProcedure" TYPE "TrialProcedure" USING ("trialProcedure"::"TrialProcedure");

-- AlterTable
ALTER TABLE "CourtCaseClock" ALTER COLUMN "kind" TYPE "CourtClockKind" USING ("kind"::"CourtClockKind");

-- AlterTable
ALTER TABLE "CourtCaseParty" ALTER COLUMN "role" TYPE "PartyRole" USING ("role"::"PartyRole"),
ALTER COLUMN "kind" DROP DEFAULT,
ALTER COLUMN "kind" TYPE "PartyKind" USING ("kind"::"PartyKind"),
ALTER COLUMN "kind" SET DEFAULT 'PERSON';
