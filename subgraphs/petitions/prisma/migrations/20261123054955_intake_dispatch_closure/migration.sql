-- DropIndex
DROP INDEX "Dispute_status_registeredAt_idx";

-- AlterTable
ALTER TABLE "Dispute" ADD COLUMN     "amountInvolved" DECIMAL(14,2),
ADD COLUMN     "categoryListVersion" TEXT NOT NULL DEFAULT 'legacy',
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closedBy" TEXT,
ADD COLUMN     "closedOnTheSpot" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "closureResult" TEXT,
ADD COLUMN     "coHandlers" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "dispatchedAt" TIMESTAMP(3),
ADD COLUMN     "evaluatedAt" TIMESTAMP(3),
ADD COLUMN     "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "handlingBody" TEXT,
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "inputHash" TEXT,
ADD COLUMN     "leadDepartment" TEXT,
ADD COLUMN     "localityCode" TEXT,
ADD COLUMN     "major" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "majorRulesVersion" TEXT,
ADD COLUMN     "mergedIntoCode" TEXT,
ADD COLUMN     "peopleInvolved" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "registeredBy" TEXT NOT NULL DEFAULT 'anonymous',
ADD COLUMN     "satisfaction" TEXT,
ADD COLUMN     "satisfactionComment" TEXT,
ADD COLUMN     "serviceTier" TEXT NOT NULL DEFAULT 'ORDINARY';

-- CreateTable
CREATE TABLE "DisputeCodeCounter" (
    "regionCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "next" INTEGER NOT NULL,

    CONSTRAINT "DisputeCodeCounter_pkey" PRIMARY KEY ("regionCode","year")
);

-- CreateTable
CREATE TABLE "DisputeParty" (
    "id" UUID NOT NULL,
    "disputeId" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "residentId" TEXT,
    "phone" TEXT,
    "creditCode" TEXT,
    "legalRepresentative" TEXT,

    CONSTRAINT "DisputeParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" UUID NOT NULL,
    "disputeId" UUID NOT NULL,
    "visitedAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeDispatch" (
    "id" UUID NOT NULL,
    "disputeId" UUID NOT NULL,
    "department" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "coHandlers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ruleId" TEXT,
    "rulesVersion" TEXT NOT NULL,
    "suggestedDepartment" TEXT,
    "overridden" BOOLEAN NOT NULL,
    "reason" TEXT,
    "dispatchedBy" TEXT NOT NULL,
    "dispatchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisputeDispatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" UUID NOT NULL,
    "disputeId" UUID NOT NULL,
    "heldAt" TIMESTAMP(3) NOT NULL,
    "judge" TEXT NOT NULL,
    "chiefMediator" TEXT NOT NULL,
    "legalAidLawyer" TEXT NOT NULL,
    "departments" TEXT[],
    "conclusion" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" UUID NOT NULL,
    "disputeId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "method" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "agreementPerformed" BOOLEAN,
    "recordedBy" TEXT NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeLink" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "fromCode" TEXT NOT NULL,
    "toCode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisputeLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DisputeParty_disputeId_position_idx" ON "DisputeParty"("disputeId", "position");

-- CreateIndex
CREATE INDEX "DisputeParty_residentId_idx" ON "DisputeParty"("residentId");

-- CreateIndex
CREATE INDEX "DisputeParty_creditCode_idx" ON "DisputeParty"("creditCode");

-- CreateIndex
CREATE INDEX "Visit_disputeId_visitedAt_idx" ON "Visit"("disputeId", "visitedAt");

-- CreateIndex
CREATE INDEX "DisputeDispatch_disputeId_dispatchedAt_idx" ON "DisputeDispatch"("disputeId", "dispatchedAt");

-- CreateIndex
CREATE INDEX "Consultation_disputeId_heldAt_idx" ON "Consultation"("disputeId", "heldAt");

-- CreateIndex
CREATE INDEX "FollowUp_disputeId_at_idx" ON "FollowUp"("disputeId", "at");

-- CreateIndex
CREATE INDEX "DisputeLink_toCode_kind_idx" ON "DisputeLink"("toCode", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "DisputeLink_kind_fromCode_toCode_key" ON "DisputeLink"("kind", "fromCode", "toCode");

-- CreateIndex
CREATE UNIQUE INDEX "Dispute_idempotencyKey_key" ON "Dispute"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Dispute_registeredAt_id_idx" ON "Dispute"("registeredAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Dispute_status_registeredAt_id_idx" ON "Dispute"("status", "registeredAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Dispute_leadDepartment_registeredAt_id_idx" ON "Dispute"("leadDepartment", "registeredAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Dispute_category_registeredAt_id_idx" ON "Dispute"("category", "registeredAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Dispute_regionCode_registeredAt_id_idx" ON "Dispute"("regionCode", "registeredAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Dispute_channel_registeredAt_id_idx" ON "Dispute"("channel", "registeredAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Dispute_major_registeredAt_id_idx" ON "Dispute"("major", "registeredAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Dispute_serviceTier_status_registeredAt_idx" ON "Dispute"("serviceTier", "status", "registeredAt");

-- CreateIndex
CREATE INDEX "Dispute_mergedIntoCode_idx" ON "Dispute"("mergedIntoCode");

-- AddForeignKey
ALTER TABLE "DisputeParty" ADD CONSTRAINT "DisputeParty_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeDispatch" ADD CONSTRAINT "DisputeDispatch_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
