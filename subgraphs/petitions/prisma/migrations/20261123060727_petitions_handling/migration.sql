-- CreateTable
CREATE TABLE "Petition" (
    "id" UUID NOT NULL,
    "disputeId" UUID NOT NULL,
    "state" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "decidedAt" TIMESTAMP(3),
    "routedTo" TEXT,
    "repliedAt" TIMESTAMP(3),
    "reviewRequestedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reexaminationRequestedAt" TIMESTAMP(3),
    "reexaminedAt" TIMESTAMP(3),
    "agentName" TEXT,
    "agentPhone" TEXT,
    "filedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Petition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PetitionAdjustment" (
    "id" UUID NOT NULL,
    "petitionId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "days" INTEGER,
    "approvedBy" TEXT,
    "reason" TEXT NOT NULL,
    "from" TIMESTAMP(3),
    "to" TIMESTAMP(3),
    "recordedBy" TEXT NOT NULL,

    CONSTRAINT "PetitionAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Petition_disputeId_key" ON "Petition"("disputeId");

-- CreateIndex
CREATE INDEX "Petition_agentName_receivedAt_id_idx" ON "Petition"("agentName", "receivedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Petition_state_receivedAt_id_idx" ON "Petition"("state", "receivedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Petition_receivedAt_id_idx" ON "Petition"("receivedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "PetitionAdjustment_petitionId_at_idx" ON "PetitionAdjustment"("petitionId", "at");

-- AddForeignKey
ALTER TABLE "Petition" ADD CONSTRAINT "Petition_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionAdjustment" ADD CONSTRAINT "PetitionAdjustment_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
