-- CreateTable
CREATE TABLE "ArbitrationCase" (
    "id" UUID NOT NULL,
    "disputeCode" TEXT NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArbitrationCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArbitrationCase_disputeCode_receivedAt_idx" ON "ArbitrationCase"("disputeCode", "receivedAt");
