-- CreateEnum
CREATE TYPE "RegistryNoticeKind" AS ENUM ('SENT', 'HANDED_OVER', 'DELEGATED', 'RECALLED', 'CLOSED');

-- CreateTable
CREATE TABLE "RegistryNotice" (
    "id" UUID NOT NULL,
    "sequence" BIGINT NOT NULL,
    "disputeCode" TEXT NOT NULL,
    "kind" "RegistryNoticeKind" NOT NULL,
    "body" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistryNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegistryNotice_sequence_key" ON "RegistryNotice"("sequence");

-- CreateIndex
CREATE INDEX "RegistryNotice_disputeCode_sequence_idx" ON "RegistryNotice"("disputeCode", "sequence");
