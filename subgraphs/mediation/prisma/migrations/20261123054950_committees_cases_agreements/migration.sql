-- Rows from the first release are demo data only (flat committee/mediator names): they cannot be
-- mapped onto committee ids, so they are removed. The seeder writes the richer demo into an empty table.
DELETE FROM "MediationCase";

-- AlterTable
ALTER TABLE "MediationCase" DROP COLUMN "committee",
DROP COLUMN "mediatorName",
ADD COLUMN     "acceptedBy" TEXT NOT NULL,
ADD COLUMN     "clockKind" TEXT NOT NULL,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closedBy" TEXT,
ADD COLUMN     "committeeId" UUID NOT NULL,
ADD COLUMN     "failureReason" TEXT,
ADD COLUMN     "participatingDepartments" TEXT[],
ADD COLUMN     "source" TEXT NOT NULL,
ADD COLUMN     "sourceReference" TEXT,
ADD COLUMN     "suggestedNextStep" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "withdrawalReason" TEXT;

-- CreateTable
CREATE TABLE "Committee" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "specialties" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mediator" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "specialties" TEXT[],
    "dialects" TEXT[],
    "available" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Mediator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expert" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "specialties" TEXT[],
    "regionCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Expert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseMediator" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "mediatorId" UUID NOT NULL,
    "lead" BOOLEAN NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL,
    "assignedBy" TEXT NOT NULL,
    "recusedAt" TIMESTAMP(3),
    "recusalReason" TEXT,
    "recusalRequestedBy" TEXT,
    "recordedBy" TEXT,

    CONSTRAINT "CaseMediator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediationSession" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "mode" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "attendees" TEXT[],
    "notes" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediationSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediationClockPause" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "from" TIMESTAMP(3) NOT NULL,
    "to" TIMESTAMP(3),
    "reason" TEXT NOT NULL,

    CONSTRAINT "MediationClockPause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertPick" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "expertId" UUID NOT NULL,
    "pickedBy" TEXT NOT NULL,
    "pickedAt" TIMESTAMP(3) NOT NULL,
    "recordedBy" TEXT NOT NULL,

    CONSTRAINT "ExpertPick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediationAgreement" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "terms" TEXT NOT NULL,
    "performanceDeadline" TIMESTAMP(3) NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "signatories" TEXT[],
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediationAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementObligation" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "payer" TEXT NOT NULL,
    "payee" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "AgreementObligation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerformanceFollowUp" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "recordedBy" TEXT NOT NULL,

    CONSTRAINT "PerformanceFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Committee_name_key" ON "Committee"("name");

-- CreateIndex
CREATE INDEX "Committee_regionCode_name_idx" ON "Committee"("regionCode", "name");

-- CreateIndex
CREATE INDEX "Committee_name_id_idx" ON "Committee"("name", "id");

-- CreateIndex
CREATE INDEX "Mediator_committeeId_name_id_idx" ON "Mediator"("committeeId", "name", "id");

-- CreateIndex
CREATE INDEX "Mediator_name_id_idx" ON "Mediator"("name", "id");

-- CreateIndex
CREATE INDEX "Expert_name_id_idx" ON "Expert"("name", "id");

-- CreateIndex
CREATE INDEX "CaseMediator_mediatorId_recusedAt_idx" ON "CaseMediator"("mediatorId", "recusedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseMediator_caseId_mediatorId_key" ON "CaseMediator"("caseId", "mediatorId");

-- CreateIndex
CREATE INDEX "MediationSession_caseId_startsAt_idx" ON "MediationSession"("caseId", "startsAt");

-- CreateIndex
CREATE INDEX "MediationClockPause_caseId_from_idx" ON "MediationClockPause"("caseId", "from");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertPick_caseId_expertId_key" ON "ExpertPick"("caseId", "expertId");

-- CreateIndex
CREATE UNIQUE INDEX "MediationAgreement_caseId_key" ON "MediationAgreement"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementObligation_agreementId_position_key" ON "AgreementObligation"("agreementId", "position");

-- CreateIndex
CREATE INDEX "PerformanceFollowUp_agreementId_at_idx" ON "PerformanceFollowUp"("agreementId", "at");

-- CreateIndex
CREATE INDEX "MediationCase_acceptedAt_id_idx" ON "MediationCase"("acceptedAt", "id");

-- CreateIndex
CREATE INDEX "MediationCase_committeeId_acceptedAt_id_idx" ON "MediationCase"("committeeId", "acceptedAt", "id");

-- CreateIndex
CREATE INDEX "MediationCase_status_acceptedAt_id_idx" ON "MediationCase"("status", "acceptedAt", "id");

-- AddForeignKey
ALTER TABLE "Mediator" ADD CONSTRAINT "Mediator_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationCase" ADD CONSTRAINT "MediationCase_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMediator" ADD CONSTRAINT "CaseMediator_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MediationCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMediator" ADD CONSTRAINT "CaseMediator_mediatorId_fkey" FOREIGN KEY ("mediatorId") REFERENCES "Mediator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationSession" ADD CONSTRAINT "MediationSession_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MediationCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationClockPause" ADD CONSTRAINT "MediationClockPause_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MediationCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertPick" ADD CONSTRAINT "ExpertPick_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MediationCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertPick" ADD CONSTRAINT "ExpertPick_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationAgreement" ADD CONSTRAINT "MediationAgreement_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MediationCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementObligation" ADD CONSTRAINT "AgreementObligation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "MediationAgreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceFollowUp" ADD CONSTRAINT "PerformanceFollowUp_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "MediationAgreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
