-- CreateTable
CREATE TABLE "CourtCase" (
    "id" UUID NOT NULL,
    "disputeCode" TEXT NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "procedure" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CourtCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CourtCase_disputeCode_filedAt_idx" ON "CourtCase"("disputeCode", "filedAt");
