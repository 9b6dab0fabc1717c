-- CreateTable
CREATE TABLE "LegalAidCase" (
    "id" UUID NOT NULL,
    "disputeCode" TEXT NOT NULL,
    "matterType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LegalAidCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LegalAidCase_disputeCode_appliedAt_idx" ON "LegalAidCase"("disputeCode", "appliedAt");
