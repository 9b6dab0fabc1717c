-- CreateEnum
CREATE TYPE "AdministrativeReviewCaseStatus" AS ENUM ('RECEIVED', 'ACCEPTED', 'REJECTED', 'DECIDED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "AdministrativeReviewProcedure" AS ENUM ('ORDINARY', 'SIMPLIFIED');

-- CreateEnum
CREATE TYPE "AdministrativeReviewDecisionKind" AS ENUM ('VARY', 'REVOKE', 'CONFIRM_ILLEGAL', 'ORDER_PERFORMANCE', 'CONFIRM_INVALID', 'UPHOLD', 'DISMISS', 'MEDIATED');

-- CreateTable
CREATE TABLE "AdministrativeReviewCase" (
    "id" UUID NOT NULL,
    "disputeCode" TEXT NOT NULL,
    "status" "AdministrativeReviewCaseStatus" NOT NULL DEFAULT 'RECEIVED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "applicantPartyId" TEXT,
    "request" TEXT NOT NULL,
    "respondentAgency" TEXT NOT NULL,
    "contestedAct" TEXT NOT NULL,
    "actKnownOn" DATE NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "receivedBy" TEXT NOT NULL,
    "lateReason" TEXT,
    "procedure" "AdministrativeReviewProcedure",
    "acceptedAt" TIMESTAMP(3),
    "extensionDays" INTEGER NOT NULL DEFAULT 0,
    "extensionReason" TEXT,
    "extensionApprovedBy" TEXT,
    "extendedAt" TIMESTAMP(3),
    "decisionKind" "AdministrativeReviewDecisionKind",
    "closedAt" TIMESTAMP(3),
    "result" TEXT,

    CONSTRAINT "AdministrativeReviewCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "roles" TEXT[],
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "fields" TEXT[],
    "requestId" TEXT NOT NULL,
    "client" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" UUID NOT NULL,
    "sequence" BIGSERIAL NOT NULL,
    "disputeCode" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "summary" TEXT NOT NULL,
    "recordId" TEXT,
    "data" JSONB,
    "deliveredAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AdministrativeReviewCase_disputeCode_idx" ON "AdministrativeReviewCase"("disputeCode");

-- CreateIndex
CREATE INDEX "AdministrativeReviewCase_receivedAt_id_idx" ON "AdministrativeReviewCase"("receivedAt", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_at_id_idx" ON "AuditEntry"("at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEvent_sequence_key" ON "OutboxEvent"("sequence");

-- CreateIndex
CREATE INDEX "OutboxEvent_deliveredAt_sequence_idx" ON "OutboxEvent"("deliveredAt", "sequence");

-- The audit log is append-only: the database itself refuses to change or remove an entry
CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only';
END
$$;
CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();
