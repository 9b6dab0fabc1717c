-- CreateTable
CREATE TABLE "Alert" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "summary" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "baseline" INTEGER,
    "disputeCodes" TEXT[],
    "policyVersion" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedBy" TEXT,
    "handledAt" TIMESTAMP(3),
    "handledBy" TEXT,
    "handlingNote" TEXT,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Alert_status_raisedAt_idx" ON "Alert"("status", "raisedAt" DESC);

-- CreateIndex
CREATE INDEX "Alert_key_idx" ON "Alert"("key");
