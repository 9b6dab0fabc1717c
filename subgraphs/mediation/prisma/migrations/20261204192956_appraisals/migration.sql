-- CreateEnum
CREATE TYPE "AppraisalKind" AS ENUM ('MEDICAL_MALPRACTICE', 'DISABILITY_GRADE', 'OTHER');

-- CreateEnum
CREATE TYPE "AppraisalFeePayer" AS ENUM ('PATIENT_SIDE', 'HOSPITAL', 'SHARED');

-- CreateTable
CREATE TABLE "MediationAppraisal" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "kind" "AppraisalKind" NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3),
    "conclusionSummary" TEXT,
    "liabilityShare" INTEGER,
    "feePayer" "AppraisalFeePayer" NOT NULL,
    "pauseId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MediationAppraisal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MediationAppraisal_pauseId_key" ON "MediationAppraisal"("pauseId");

-- CreateIndex
CREATE INDEX "MediationAppraisal_caseId_requestedAt_idx" ON "MediationAppraisal"("caseId", "requestedAt");

-- AddForeignKey
ALTER TABLE "MediationAppraisal" ADD CONSTRAINT "MediationAppraisal_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MediationCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationAppraisal" ADD CONSTRAINT "MediationAppraisal_pauseId_fkey" FOREIGN KEY ("pauseId") REFERENCES "MediationClockPause"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules Prisma cannot state: a share is a whole percentage, an opinion is not received before it was
-- requested, and a received opinion has its conclusion.
ALTER TABLE "MediationAppraisal" ADD CONSTRAINT "MediationAppraisal_liabilityShare_percent" CHECK (
  "liabilityShare" IS NULL OR "liabilityShare" BETWEEN 0 AND 100
);
ALTER TABLE "MediationAppraisal" ADD CONSTRAINT "MediationAppraisal_received_after_requested" CHECK (
  "receivedAt" IS NULL OR "receivedAt" >= "requestedAt"
);
ALTER TABLE "MediationAppraisal" ADD CONSTRAINT "MediationAppraisal_conclusion_when_received" CHECK (
  ("receivedAt" IS NULL) = ("conclusionSummary" IS NULL)
);
