-- AlterTable
ALTER TABLE "CourtCase" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "agreementEffectiveAt" TIMESTAMP(3),
ADD COLUMN     "agreementId" UUID,
ADD COLUMN     "causeCode" TEXT,
ADD COLUMN     "causeListVersion" TEXT,
ADD COLUMN     "concludedAt" TIMESTAMP(3),
ADD COLUMN     "courtCode" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "createdBy" TEXT NOT NULL DEFAULT 'system',
ADD COLUMN     "fastTrack" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "mediatorBody" TEXT,
ADD COLUMN     "mediatorKind" TEXT,
ADD COLUMN     "mediatorName" TEXT,
ADD COLUMN     "online" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "originCaseId" UUID,
ADD COLUMN     "outcome" TEXT,
ADD COLUMN     "outcomeReason" TEXT,
ADD COLUMN     "performance" TEXT,
ADD COLUMN     "trialProcedure" TEXT;

-- CreateTable
CREATE TABLE "CourtCaseParty" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'PERSON',
    "name" TEXT NOT NULL,
    "idNumber" TEXT,
    "joinsApplication" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CourtCaseParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourtCaseClaim" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "amount" DECIMAL(14,2),

    CONSTRAINT "CourtCaseClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourtCaseClock" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "stoppedAt" TIMESTAMP(3),
    "extensions" JSONB NOT NULL DEFAULT '[]',
    "pauses" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "CourtCaseClock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNumberCounter" (
    "courtCode" TEXT NOT NULL,
    "caseType" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "CaseNumberCounter_pkey" PRIMARY KEY ("courtCode","caseType","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "CourtCaseParty_caseId_position_key" ON "CourtCaseParty"("caseId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CourtCaseClaim_caseId_position_key" ON "CourtCaseClaim"("caseId", "position");

-- CreateIndex
CREATE INDEX "CourtCaseClock_stoppedAt_caseId_idx" ON "CourtCaseClock"("stoppedAt", "caseId");

-- CreateIndex
CREATE UNIQUE INDEX "CourtCaseClock_caseId_kind_key" ON "CourtCaseClock"("caseId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "CourtCase_caseNumber_key" ON "CourtCase"("caseNumber");

-- CreateIndex
CREATE INDEX "CourtCase_filedAt_id_idx" ON "CourtCase"("filedAt", "id");

-- CreateIndex
CREATE INDEX "CourtCase_procedure_status_filedAt_id_idx" ON "CourtCase"("procedure", "status", "filedAt", "id");

-- CreateIndex
CREATE INDEX "CourtCase_status_filedAt_id_idx" ON "CourtCase"("status", "filedAt", "id");

-- CreateIndex
CREATE INDEX "CourtCase_online_filedAt_id_idx" ON "CourtCase"("online", "filedAt", "id");

-- CreateIndex
CREATE INDEX "CourtCase_originCaseId_idx" ON "CourtCase"("originCaseId");

-- CreateIndex
CREATE INDEX "CourtCase_courtCode_filedAt_id_idx" ON "CourtCase"("courtCode", "filedAt", "id");

-- CreateIndex
CREATE INDEX "CourtCase_procedure_courtCode_filedAt_idx" ON "CourtCase"("procedure", "courtCode", "filedAt");

-- AddForeignKey
ALTER TABLE "CourtCase" ADD CONSTRAINT "CourtCase_originCaseId_fkey" FOREIGN KEY ("originCaseId") REFERENCES "CourtCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourtCaseParty" ADD CONSTRAINT "CourtCaseParty_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CourtCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourtCaseClaim" ADD CONSTRAINT "CourtCaseClaim_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CourtCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourtCaseClock" ADD CONSTRAINT "CourtCaseClock_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CourtCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the court code of cases registered before this migration, read from their case number.
UPDATE "CourtCase" SET "courtCode" = substring("caseNumber" from '^[(（][0-9]{4}[)）]([^0-9][0-9]{2,4})') WHERE "courtCode" = '';
