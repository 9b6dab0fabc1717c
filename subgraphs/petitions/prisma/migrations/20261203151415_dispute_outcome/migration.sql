-- CreateEnum
CREATE TYPE "DisputeOutcome" AS ENUM ('RESOLVED_BY_AGREEMENT', 'RESOLVED_BY_DECISION', 'PARTLY_RESOLVED', 'NOT_RESOLVED_REFERRED', 'WITHDRAWN', 'ANSWERED');

-- AlterTable
ALTER TABLE "Dispute" ADD COLUMN     "outcome" "DisputeOutcome";

-- Every closure from now on names its outcome. Closures recorded before outcomes existed keep none (NOT VALID
-- leaves those rows unchecked rather than inventing an outcome for them).
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_closure_has_outcome" CHECK ("closedAt" IS NULL OR "outcome" IS NOT NULL) NOT VALID;
