-- AlterTable
ALTER TABLE "ArbitrationCase" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "arbitrators" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "awardExtensions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "awardFinal" BOOLEAN,
ADD COLUMN     "awardServedAt" TIMESTAMP(3),
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closingDocumentNumber" TEXT,
ADD COLUMN     "closingSummary" TEXT,
ADD COLUMN     "collective" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "commissionRegion" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "evidence" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "failedMediationId" TEXT,
ADD COLUMN     "hearingAt" TIMESTAMP(3),
ADD COLUMN     "hearingNoticeAt" TIMESTAMP(3),
ADD COLUMN     "hearingPlace" TEXT,
ADD COLUMN     "postponements" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "presidingArbitrator" TEXT,
ADD COLUMN     "rejectedAt" TIMESTAMP(3),
ADD COLUMN     "rejectionReason" TEXT,
ADD COLUMN     "respondentAddress" TEXT,
ADD COLUMN     "respondentCreditCode" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "respondentLegalRep" TEXT,
ADD COLUMN     "respondentName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "servedAt" TIMESTAMP(3),
ADD COLUMN     "tribunalKind" TEXT,
ADD COLUMN     "tribunalNotifiedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- Rows from the first schema (demo data only): their commission is the county of the dispute code;
-- the respondent was not recorded then. The defaults exist only for this backfill.
UPDATE "ArbitrationCase" SET "commissionRegion" = substring("disputeCode" from 1 for 6);
ALTER TABLE "ArbitrationCase" ALTER COLUMN "commissionRegion" DROP DEFAULT,
ALTER COLUMN "respondentCreditCode" DROP DEFAULT,
ALTER COLUMN "respondentName" DROP DEFAULT;

-- CreateTable
CREATE TABLE "Applicant" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "phone" TEXT,
    "representative" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Applicant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "applicantPosition" INTEGER,
    "amountFen" INTEGER,
    "knewOfInfringementOn" TEXT NOT NULL,
    "employmentEndedOn" TEXT,
    "limitationDeadline" TEXT,
    "limitationExpired" BOOLEAN NOT NULL DEFAULT false,
    "decision" TEXT,
    "awardedAmountFen" INTEGER,
    "final" BOOLEAN,
    "finalityReason" TEXT,
    "finalityExplanation" TEXT,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStep" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "actor" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNumberCounter" (
    "commissionRegion" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastSequence" INTEGER NOT NULL,

    CONSTRAINT "CaseNumberCounter_pkey" PRIMARY KEY ("commissionRegion","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Applicant_caseId_position_key" ON "Applicant"("caseId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_caseId_position_key" ON "Claim"("caseId", "position");

-- CreateIndex
CREATE INDEX "CaseStep_caseId_occurredAt_idx" ON "CaseStep"("caseId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "ArbitrationCase_caseNumber_key" ON "ArbitrationCase"("caseNumber");

-- CreateIndex
CREATE INDEX "ArbitrationCase_receivedAt_id_idx" ON "ArbitrationCase"("receivedAt", "id");

-- CreateIndex
CREATE INDEX "ArbitrationCase_status_receivedAt_id_idx" ON "ArbitrationCase"("status", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "ArbitrationCase_collective_receivedAt_id_idx" ON "ArbitrationCase"("collective", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "ArbitrationCase_arbitrators_idx" ON "ArbitrationCase" USING GIN ("arbitrators");

-- CreateIndex
CREATE INDEX "ArbitrationCase_hearingAt_id_idx" ON "ArbitrationCase"("hearingAt", "id");

-- AddForeignKey
ALTER TABLE "Applicant" ADD CONSTRAINT "Applicant_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ArbitrationCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ArbitrationCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStep" ADD CONSTRAINT "CaseStep_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ArbitrationCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
