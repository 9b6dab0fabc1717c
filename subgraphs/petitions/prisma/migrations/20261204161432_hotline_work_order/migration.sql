-- CreateEnum
CREATE TYPE "ContactMethod" AS ENUM ('PHONE', 'SMS', 'VIDEO_CALL', 'ONLINE_MESSAGE');

-- CreateEnum
CREATE TYPE "HotlineRequestType" AS ENUM ('CONSULTATION', 'COMPLAINT', 'HELP', 'SUGGESTION', 'REPORT');

-- AlterTable
ALTER TABLE "Dispute" ADD COLUMN     "firstContactAt" TIMESTAMP(3),
ADD COLUMN     "hotlineCalledAt" TIMESTAMP(3),
ADD COLUMN     "hotlineOrderNumber" TEXT,
ADD COLUMN     "hotlineRequestType" "HotlineRequestType",
ADD COLUMN     "urgent" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PartyContact" (
    "id" UUID NOT NULL,
    "disputeId" UUID NOT NULL,
    "contactedAt" TIMESTAMP(3) NOT NULL,
    "method" "ContactMethod" NOT NULL,
    "summary" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartyContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PartyContact_disputeId_contactedAt_idx" ON "PartyContact"("disputeId", "contactedAt");

-- AddForeignKey
ALTER TABLE "PartyContact" ADD CONSTRAINT "PartyContact_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A work order is its number, the time of the call and the request type together, or none of them.
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_hotline_order_whole" CHECK (
  ("hotlineOrderNumber" IS NULL) = ("hotlineCalledAt" IS NULL)
  AND ("hotlineOrderNumber" IS NULL) = ("hotlineRequestType" IS NULL)
);
