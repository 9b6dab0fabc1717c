-- AlterTable
-- Hand-edited: rows written before this migration (free-text matterType, no applicant) are kept and
-- backfilled below before the new columns become NOT NULL.
ALTER TABLE "LegalAidCase" ADD COLUMN     "applicantGroups" TEXT[],
ADD COLUMN     "applicantName" TEXT,
ADD COLUMN     "applicantPhone" TEXT,
ADD COLUMN     "applicantResidentId" TEXT,
ADD COLUMN     "arbitrationCaseId" UUID,
ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "assignedBy" TEXT,
ADD COLUMN     "assigneeId" UUID,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closureOutcome" TEXT,
ADD COLUMN     "closureSummary" TEXT,
ADD COLUMN     "courtCaseId" UUID,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedBy" TEXT,
ADD COLUMN     "decisionExplanation" TEXT,
ADD COLUMN     "eligibilityArticle" TEXT,
ADD COLUMN     "eligibilityBasis" TEXT,
ADD COLUMN     "eligibilityRuleVersion" TEXT,
ADD COLUMN     "hardshipStandardFen" INTEGER,
ADD COLUMN     "hardshipStandardSource" TEXT,
ADD COLUMN     "householdSize" INTEGER,
ADD COLUMN     "matter" TEXT,
ADD COLUMN     "meansTestApplied" BOOLEAN,
ADD COLUMN     "monthlyIncomePerHeadFen" INTEGER,
ADD COLUMN     "provisionalAidNote" TEXT,
ADD COLUMN     "provisionalAidStartedAt" TIMESTAMP(3),
ADD COLUMN     "receivedBy" TEXT,
ADD COLUMN     "refusalReasons" TEXT[],
ADD COLUMN     "regionCode" TEXT,
ADD COLUMN     "reviewComment" TEXT,
ADD COLUMN     "reviewRating" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewer" TEXT,
ADD COLUMN     "urgentDeadline" TIMESTAMP(3),
ALTER COLUMN "disputeCode" DROP NOT NULL;

UPDATE "LegalAidCase" SET
  "matter" = CASE "matterType" WHEN '追索劳动报酬' THEN 'CLAIM_LABOUR_REMUNERATION' ELSE 'OTHER' END,
  "applicantName" = '（迁移前未登记）',
  "receivedBy" = 'migration',
  "regionCode" = substring("disputeCode" from 1 for 6),
  "applicantGroups" = ARRAY[]::TEXT[],
  "refusalReasons" = ARRAY[]::TEXT[];

ALTER TABLE "LegalAidCase" DROP COLUMN "matterType",
ALTER COLUMN "applicantName" SET NOT NULL,
ALTER COLUMN "matter" SET NOT NULL,
ALTER COLUMN "receivedBy" SET NOT NULL,
ALTER COLUMN "regionCode" SET NOT NULL;

-- CreateTable
CREATE TABLE "LegalAidMaterialRequest" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "items" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "suppliedAt" TIMESTAMP(3),

    CONSTRAINT "LegalAidMaterialRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalAidProvider" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "licenseNumber" TEXT,
    "phone" TEXT,
    "regionCode" TEXT NOT NULL,
    "specialties" TEXT[],
    "maxOpenCases" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalAidProvider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalAidWorkEntry" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "activity" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "minutes" INTEGER,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalAidWorkEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalConsultation" (
    "id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "disputeCode" TEXT,
    "enquirerName" TEXT,
    "enquirerPhone" TEXT,
    "topic" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "answeredBy" TEXT NOT NULL,
    "consultedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalConsultation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LegalAidMaterialRequest_caseId_requestedAt_idx" ON "LegalAidMaterialRequest"("caseId", "requestedAt");

-- CreateIndex
CREATE INDEX "LegalAidProvider_regionCode_createdAt_id_idx" ON "LegalAidProvider"("regionCode", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LegalAidWorkEntry_caseId_occurredAt_idx" ON "LegalAidWorkEntry"("caseId", "occurredAt");

-- CreateIndex
CREATE INDEX "LegalConsultation_consultedAt_id_idx" ON "LegalConsultation"("consultedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LegalConsultation_disputeCode_consultedAt_idx" ON "LegalConsultation"("disputeCode", "consultedAt");

-- CreateIndex
CREATE INDEX "LegalConsultation_channel_consultedAt_id_idx" ON "LegalConsultation"("channel", "consultedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LegalAidCase_appliedAt_id_idx" ON "LegalAidCase"("appliedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LegalAidCase_status_appliedAt_id_idx" ON "LegalAidCase"("status", "appliedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LegalAidCase_matter_appliedAt_id_idx" ON "LegalAidCase"("matter", "appliedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LegalAidCase_assigneeId_status_idx" ON "LegalAidCase"("assigneeId", "status");

-- AddForeignKey
ALTER TABLE "LegalAidCase" ADD CONSTRAINT "LegalAidCase_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "LegalAidProvider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalAidMaterialRequest" ADD CONSTRAINT "LegalAidMaterialRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "LegalAidCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalAidWorkEntry" ADD CONSTRAINT "LegalAidWorkEntry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "LegalAidCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalAidWorkEntry" ADD CONSTRAINT "LegalAidWorkEntry_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "LegalAidProvider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
