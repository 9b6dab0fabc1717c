-- CreateTable
CREATE TABLE "HandOff" (
    "id" UUID NOT NULL,
    "disputeId" UUID NOT NULL,
    "disputeCode" TEXT NOT NULL,
    "fromDepartment" TEXT NOT NULL,
    "toDepartment" TEXT NOT NULL,
    "toBody" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "respondBy" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL,
    "respondedBy" TEXT,
    "respondedAt" TIMESTAMP(3),
    "responseReason" TEXT,
    "sourceEventId" TEXT,
    "policyVersion" TEXT NOT NULL,

    CONSTRAINT "HandOff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HandOff_sourceEventId_key" ON "HandOff"("sourceEventId");

-- CreateIndex
CREATE INDEX "HandOff_state_respondBy_idx" ON "HandOff"("state", "respondBy");

-- CreateIndex
CREATE INDEX "HandOff_disputeId_requestedAt_idx" ON "HandOff"("disputeId", "requestedAt");

-- CreateIndex
CREATE INDEX "HandOff_toDepartment_state_requestedAt_idx" ON "HandOff"("toDepartment", "state", "requestedAt");
