-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" UUID NOT NULL,
    "eventId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sequence" BIGINT NOT NULL DEFAULT 0,
    "disputeCode" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "recordId" TEXT,
    "data" JSONB,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TimelineEvent_disputeCode_occurredAt_idx" ON "TimelineEvent"("disputeCode", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineEvent_source_eventId_key" ON "TimelineEvent"("source", "eventId");
