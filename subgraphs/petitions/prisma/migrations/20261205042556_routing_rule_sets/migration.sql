-- CreateTable
CREATE TABLE "RoutingRuleSet" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "savedBy" TEXT NOT NULL,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutingRuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutingRule" (
    "ruleSetId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "ruleId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "categories" TEXT[],
    "minAmountYuan" DECIMAL(14,2),
    "maxAmountYuan" DECIMAL(14,2),
    "regionPrefixes" TEXT[],
    "flags" "RoutingFlag"[],
    "withoutFlags" "RoutingFlag"[],
    "department" "Department" NOT NULL,
    "body" TEXT NOT NULL,
    "bodyKind" TEXT,
    "bodyId" TEXT,

    CONSTRAINT "RoutingRule_pkey" PRIMARY KEY ("ruleSetId","position")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoutingRuleSet_version_key" ON "RoutingRuleSet"("version");

-- CreateIndex
CREATE INDEX "RoutingRuleSet_effectiveFrom_savedAt_idx" ON "RoutingRuleSet"("effectiveFrom", "savedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RoutingRule_ruleSetId_ruleId_key" ON "RoutingRule"("ruleSetId", "ruleId");

-- AddForeignKey
ALTER TABLE "RoutingRule" ADD CONSTRAINT "RoutingRule_ruleSetId_fkey" FOREIGN KEY ("ruleSetId") REFERENCES "RoutingRuleSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Amounts are never negative and a range is never empty; the save-time check refuses these first.
ALTER TABLE "RoutingRule" ADD CONSTRAINT "RoutingRule_amounts_check" CHECK (
    ("minAmountYuan" IS NULL OR "minAmountYuan" >= 0)
    AND ("maxAmountYuan" IS NULL OR "maxAmountYuan" >= 0)
    AND ("minAmountYuan" IS NULL OR "maxAmountYuan" IS NULL OR "minAmountYuan" <= "maxAmountYuan")
    AND "position" >= 0
);
