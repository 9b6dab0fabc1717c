-- CreateTable
CREATE TABLE "MediationCase" (
    "id" UUID NOT NULL,
    "disputeCode" TEXT NOT NULL,
    "committee" TEXT NOT NULL,
    "mediatorName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MediationCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MediationCase_disputeCode_acceptedAt_idx" ON "MediationCase"("disputeCode", "acceptedAt");
