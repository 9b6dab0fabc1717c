-- Closed sets declared once, as enum types the database enforces, and a version on every record that
-- changes through the write path. Existing rows convert in place (every stored value is one of the set).

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('WALK_IN', 'HOTLINE_12345', 'ONLINE', 'GRID_WORKER', 'LETTER', 'PETITION_AGENT');

-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('REGISTERED', 'DISPATCHED', 'IN_PROGRESS', 'CLOSED', 'MERGED');

-- CreateEnum
CREATE TYPE "Department" AS ENUM ('PETITIONS', 'MEDIATION', 'ARBITRATION', 'LITIGATION', 'LEGAL_AID', 'COMPREHENSIVE_WINDOW');

-- CreateEnum
CREATE TYPE "DisputePartyKind" AS ENUM ('PERSON', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "DisputePartyRole" AS ENUM ('APPLICANT', 'RESPONDENT');

-- CreateEnum
CREATE TYPE "Satisfaction" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED');

-- CreateEnum
CREATE TYPE "ServiceTier" AS ENUM ('SIMPLE', 'ORDINARY', 'COMPLEX');

-- CreateEnum
CREATE TYPE "RoutingFlag" AS ENUM ('MEDIATION_DECLINED', 'PETITION_MATTER', 'ADMINISTRATIVE_ACT', 'OWNER_UNCLEAR');

-- CreateEnum
CREATE TYPE "DisputeLinkKind" AS ENUM ('POSSIBLE_DUPLICATE', 'LINKED', 'MERGED');

-- CreateEnum
CREATE TYPE "PetitionState" AS ENUM ('RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED', 'ROUTED_OUT', 'REPLIED', 'REVIEW_REQUESTED', 'REVIEWED', 'REEXAMINATION_REQUESTED', 'REEXAMINED');

-- CreateEnum
CREATE TYPE "StatutoryProcedure" AS ENUM ('LITIGATION', 'ARBITRATION', 'ADMINISTRATIVE_REVIEW');

-- CreateEnum
CREATE TYPE "PetitionAdjustmentKind" AS ENUM ('HANDLING_EXTENSION', 'REVIEW_HEARING', 'REEXAMINATION_HEARING');

-- CreateEnum
CREATE TYPE "EventSource" AS ENUM ('petitions', 'mediation', 'arbitration', 'litigation', 'legal-aid');

-- CreateEnum
CREATE TYPE "HandOffState" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('SURGE', 'REPEATED_PETITION', 'GROUP_DISPUTE', 'DUE_SOON');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('NEW', 'ACKNOWLEDGED', 'HANDLED');

-- AlterTable
ALTER TABLE "Alert" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "kind" TYPE "AlertKind" USING ("kind"::"AlertKind"),
ALTER COLUMN "status" DROP DEFAULT,
ALTER COLUMN "status" TYPE "AlertStatus" USING ("status"::"AlertStatus"),
ALTER COLUMN "status" SET DEFAULT 'NEW';

-- The rollup trigger's condition reads the columns whose type changes: PostgreSQL wants it dropped
-- meanwhile. Its functions take the row as it is when they run, so they stay as they are.
DROP TRIGGER "Dispute_rollup_update" ON "Dispute";

-- AlterTable
ALTER TABLE "Dispute" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "channel" TYPE "Channel" USING ("channel"::"Channel"),
ALTER COLUMN "status" TYPE "DisputeStatus" USING ("status"::"DisputeStatus"),
ALTER COLUMN "flags" DROP DEFAULT,
ALTER COLUMN "flags" TYPE "RoutingFlag"[] USING ("flags"::"RoutingFlag"[]),
ALTER COLUMN "flags" SET DEFAULT ARRAY[]::"RoutingFlag"[],
ALTER COLUMN "leadDepartment" TYPE "Department" USING ("leadDepartment"::"Department"),
ALTER COLUMN "satisfaction" TYPE "Satisfaction" USING ("satisfaction"::"Satisfaction"),
ALTER COLUMN "serviceTier" DROP DEFAULT,
ALTER COLUMN "serviceTier" TYPE "ServiceTier" USING ("serviceTier"::"ServiceTier"),
ALTER COLUMN "serviceTier" SET DEFAULT 'ORDINARY';

CREATE TRIGGER "Dispute_rollup_update" AFTER UPDATE ON "Dispute"
  FOR EACH ROW WHEN (
    OLD."status" IS DISTINCT FROM NEW."status" OR OLD."registeredAt" IS DISTINCT FROM NEW."registeredAt"
    OR OLD."closedAt" IS DISTINCT FROM NEW."closedAt" OR OLD."closedOnTheSpot" IS DISTINCT FROM NEW."closedOnTheSpot"
    OR OLD."evaluatedAt" IS DISTINCT FROM NEW."evaluatedAt" OR OLD."satisfaction" IS DISTINCT FROM NEW."satisfaction"
    OR OLD."regionCode" IS DISTINCT FROM NEW."regionCode" OR OLD."localityCode" IS DISTINCT FROM NEW."localityCode"
    OR OLD."category" IS DISTINCT FROM NEW."category" OR OLD."channel" IS DISTINCT FROM NEW."channel"
    OR OLD."serviceTier" IS DISTINCT FROM NEW."serviceTier" OR OLD."id" IS DISTINCT FROM NEW."id")
  EXECUTE FUNCTION "dispute_rollup_on_dispute"();

-- A session that ran the rollup functions before compiled them with the old column types; touching their
-- definitions makes every session compile them again on the next call.
ALTER FUNCTION "dispute_rollup_bump"("Dispute", DATE, INT, INT, INT, INT, INT, INT, INT, INT, INT) VOLATILE;
ALTER FUNCTION "dispute_rollup_apply"("Dispute", INT) VOLATILE;
ALTER FUNCTION "dispute_rollup_visits_changed"("Visit"[], "Visit"[]) VOLATILE;

-- AlterTable (the rollup keeps the dispute's own values, so its key has the same types)
ALTER TABLE "DisputeDayRollup"
ALTER COLUMN "channel" TYPE "Channel" USING ("channel"::"Channel"),
ALTER COLUMN "serviceTier" TYPE "ServiceTier" USING ("serviceTier"::"ServiceTier");

-- AlterTable
ALTER TABLE "DisputeDispatch"
ALTER COLUMN "department" TYPE "Department" USING ("department"::"Department"),
ALTER COLUMN "suggestedDepartment" TYPE "Department" USING ("suggestedDepartment"::"Department");

-- AlterTable
ALTER TABLE "DisputeLink" ALTER COLUMN "kind" TYPE "DisputeLinkKind" USING ("kind"::"DisputeLinkKind");

-- AlterTable
ALTER TABLE "DisputeParty"
ALTER COLUMN "role" TYPE "DisputePartyRole" USING ("role"::"DisputePartyRole"),
ALTER COLUMN "kind" TYPE "DisputePartyKind" USING ("kind"::"DisputePartyKind");

-- AlterTable
ALTER TABLE "HandOff"
ALTER COLUMN "fromDepartment" TYPE "Department" USING ("fromDepartment"::"Department"),
ALTER COLUMN "toDepartment" TYPE "Department" USING ("toDepartment"::"Department"),
ALTER COLUMN "state" TYPE "HandOffState" USING ("state"::"HandOffState");

-- A petition's state is its status, as every record the write path changes calls it.
ALTER TABLE "Petition" RENAME COLUMN "state" TO "status";
ALTER INDEX "Petition_state_receivedAt_id_idx" RENAME TO "Petition_status_receivedAt_id_idx";

-- AlterTable
ALTER TABLE "Petition" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "status" TYPE "PetitionState" USING ("status"::"PetitionState"),
ALTER COLUMN "routedTo" TYPE "StatutoryProcedure" USING ("routedTo"::"StatutoryProcedure");

-- AlterTable
ALTER TABLE "PetitionAdjustment" ALTER COLUMN "kind" TYPE "PetitionAdjustmentKind" USING ("kind"::"PetitionAdjustmentKind");

-- AlterTable
ALTER TABLE "TimelineEvent" ALTER COLUMN "source" TYPE "EventSource" USING ("source"::"EventSource");
