-- CreateEnum
CREATE TYPE "ClockKind" AS ENUM ('petitionAcceptance', 'petitionHandling', 'petitionReviewRequest', 'petitionReview', 'petitionReexaminationRequest', 'petitionReexamination', 'labourEnterpriseMediation', 'labourArbitrationLimitation', 'labourArbitrationAcceptance', 'labourArbitrationService', 'labourArbitrationAnswer', 'labourArbitrationTribunalNotice', 'labourArbitrationAward', 'labourFinalAwardWorkerSuit', 'labourFinalAwardEmployerRevocation', 'labourNonFinalAwardSuit', 'peopleMediation', 'medicalMediation', 'judicialConfirmationApplication', 'judicialConfirmationAcceptance', 'judicialConfirmationRuling', 'preFilingMediation', 'inLitigationMediationOrdinary', 'inLitigationMediationSimplified', 'trialOrdinary', 'trialSimplified', 'trialSmallClaims', 'enforcement', 'legalAidDecision', 'legalAidAssignment', 'administrativeReviewApplication', 'administrativeReviewAcceptance', 'administrativeReviewDecision', 'administrativeReviewSimplifiedDecision', 'centerServiceSimple', 'centerServiceOrdinary', 'centerServiceComplex', 'firstResponse', 'handOffResponse');

-- CreateTable
CREATE TABLE "DepartmentClock" (
    "id" UUID NOT NULL,
    "disputeCode" TEXT NOT NULL,
    "source" "EventSource" NOT NULL,
    "recordId" TEXT NOT NULL,
    "kind" "ClockKind" NOT NULL,
    "clock" JSONB NOT NULL,
    "sequence" BIGINT NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DepartmentClock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DepartmentClock_disputeCode_idx" ON "DepartmentClock"("disputeCode");

-- CreateIndex
CREATE UNIQUE INDEX "DepartmentClock_source_recordId_kind_key" ON "DepartmentClock"("source", "recordId", "kind");
