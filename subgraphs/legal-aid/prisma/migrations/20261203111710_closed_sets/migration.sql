-- CreateEnum
CREATE TYPE "LegalAidMatter" AS ENUM ('STATE_COMPENSATION', 'SOCIAL_INSURANCE_OR_ASSISTANCE', 'SURVIVOR_OR_DISABILITY_PENSION', 'SUPPORT_PAYMENT', 'CONFIRM_LABOUR_RELATION', 'CLAIM_LABOUR_REMUNERATION', 'CAPACITY_DETERMINATION', 'WORK_INJURY_DAMAGES', 'TRAFFIC_ACCIDENT_DAMAGES', 'FOOD_DRUG_ACCIDENT_DAMAGES', 'MEDICAL_ACCIDENT_DAMAGES', 'ENVIRONMENTAL_DAMAGES', 'HERO_MARTYR_RELATIVE', 'ACT_OF_BRAVERY', 'RETRIAL_ACQUITTAL_COMPENSATION', 'ABUSE_OR_DOMESTIC_VIOLENCE_VICTIM', 'OTHER');

-- CreateEnum
CREATE TYPE "LegalAidStatus" AS ENUM ('SUBMITTED', 'MATERIALS_REQUESTED', 'PROVISIONAL_AID', 'GRANTED', 'REFUSED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ApplicantGroup" AS ENUM ('NO_FIXED_INCOME_VULNERABLE', 'SOCIAL_ASSISTANCE', 'JUDICIAL_ASSISTANCE', 'SPECIAL_CARE', 'MIGRANT_WORKER');

-- CreateEnum
CREATE TYPE "EligibilityBasis" AS ENUM ('NO_MEANS_TEST_MATTER', 'MEANS_CHECK_EXEMPT', 'MEANS_TEST_PASSED', 'MEANS_TEST_FAILED', 'OUT_OF_SCOPE');

-- CreateEnum
CREATE TYPE "ClosureOutcome" AS ENUM ('JUDGMENT_OR_AWARD', 'SETTLED', 'MEDIATED', 'WITHDRAWN', 'TERMINATED');

-- CreateEnum
CREATE TYPE "QualityRating" AS ENUM ('EXCELLENT', 'GOOD', 'PASS', 'FAIL');

-- CreateEnum
CREATE TYPE "ProviderKind" AS ENUM ('LAWYER', 'LEGAL_AID_WORKER', 'GRASSROOTS_LEGAL_WORKER');

-- CreateEnum
CREATE TYPE "LegalSpecialty" AS ENUM ('LABOUR', 'MARRIAGE_FAMILY', 'PERSONAL_INJURY', 'ADMINISTRATIVE', 'ENVIRONMENT', 'CIVIL_GENERAL');

-- CreateEnum
CREATE TYPE "WorkActivity" AS ENUM ('MEETING', 'INVESTIGATION', 'DRAFTING', 'MEDIATION', 'HEARING', 'OTHER');

-- CreateEnum
CREATE TYPE "ConsultationChannel" AS ENUM ('WINDOW', 'PHONE');

-- Hand-edited: the columns keep their rows and convert in place (a value outside its set fails the migration
-- rather than being lost); their indexes are rebuilt by the type change.
-- AlterTable
ALTER TABLE "LegalAidCase" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "status" TYPE "LegalAidStatus" USING ("status"::"LegalAidStatus"),
ALTER COLUMN "matter" TYPE "LegalAidMatter" USING ("matter"::"LegalAidMatter"),
ALTER COLUMN "applicantGroups" TYPE "ApplicantGroup"[] USING ("applicantGroups"::"ApplicantGroup"[]),
ALTER COLUMN "eligibilityBasis" TYPE "EligibilityBasis" USING ("eligibilityBasis"::"EligibilityBasis"),
ALTER COLUMN "closureOutcome" TYPE "ClosureOutcome" USING ("closureOutcome"::"ClosureOutcome"),
ALTER COLUMN "reviewRating" TYPE "QualityRating" USING ("reviewRating"::"QualityRating");

-- AlterTable
ALTER TABLE "LegalAidProvider" ALTER COLUMN "kind" TYPE "ProviderKind" USING ("kind"::"ProviderKind"),
ALTER COLUMN "specialties" TYPE "LegalSpecialty"[] USING ("specialties"::"LegalSpecialty"[]);

-- AlterTable
ALTER TABLE "LegalAidWorkEntry" ALTER COLUMN "activity" TYPE "WorkActivity" USING ("activity"::"WorkActivity");

-- AlterTable
ALTER TABLE "LegalConsultation" ALTER COLUMN "channel" TYPE "ConsultationChannel" USING ("channel"::"ConsultationChannel");
