-- CreateEnum
CREATE TYPE "CommissionKind" AS ENUM ('LABOUR_PERSONNEL');

-- CreateTable
CREATE TABLE "ArbitrationCommission" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CommissionKind" NOT NULL,
    "regionCode" TEXT NOT NULL,
    "categories" TEXT[],
    "caseNumberPrefix" TEXT NOT NULL,
    "status" "DirectoryStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "statusChangedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArbitrationCommission_pkey" PRIMARY KEY ("id"),
    -- A body the registry accepts (shared/src/directory/publication.ts isPublishedBody): a county or finer area.
    CONSTRAINT "ArbitrationCommission_regionCode_format" CHECK ("regionCode" ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
    CONSTRAINT "ArbitrationCommission_categories_given" CHECK (cardinality("categories") > 0),
    -- A status change carries its reason.
    CONSTRAINT "ArbitrationCommission_status_reason" CHECK (("statusChangedAt" IS NULL) = ("statusReason" IS NULL))
);

-- CreateIndex
CREATE UNIQUE INDEX "ArbitrationCommission_name_key" ON "ArbitrationCommission"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ArbitrationCommission_caseNumberPrefix_key" ON "ArbitrationCommission"("caseNumberPrefix");

-- CreateIndex
CREATE INDEX "ArbitrationCommission_regionCode_idx" ON "ArbitrationCommission"("regionCode");

-- The commissions resident in the centers until now (named in code, domain/commission.ts), as records: each
-- county's commission that already holds cases or a roster, with the ids the registry's demo directory names
-- (shared/src/demo/arbitration-directory.ts).
INSERT INTO "ArbitrationCommission" ("id", "name", "kind", "regionCode", "categories", "caseNumberPrefix")
SELECT "resident"."id"::uuid, "resident"."name", 'LABOUR_PERSONNEL', "resident"."regionCode",
       ARRAY['劳动争议', '拖欠农民工工资'], "resident"."prefix"
FROM (VALUES
  ('94a616a1-bf48-4b0f-8730-35d9ff10a353', '桐庐县劳动人事争议仲裁委员会', '330122', '桐劳人仲案字'),
  ('d26ffe76-76d0-4663-8a96-4d50b5231fe0', '舟山市普陀区劳动人事争议仲裁委员会', '330903', '普劳人仲案字')
) AS "resident"("id", "name", "regionCode", "prefix")
WHERE EXISTS (SELECT 1 FROM "ArbitrationCase" WHERE "commissionRegion" = "resident"."regionCode")
   OR EXISTS (SELECT 1 FROM "Arbitrator" WHERE "commissionRegion" = "resident"."regionCode");

-- Each case and each arbitrator belongs to the commission of its county.
ALTER TABLE "ArbitrationCase" ADD COLUMN "commissionId" UUID;
UPDATE "ArbitrationCase" SET "commissionId" = "c"."id"
FROM "ArbitrationCommission" AS "c" WHERE "c"."regionCode" = "ArbitrationCase"."commissionRegion";
ALTER TABLE "ArbitrationCase" ALTER COLUMN "commissionId" SET NOT NULL;

ALTER TABLE "Arbitrator" ADD COLUMN "commissionId" UUID;
UPDATE "Arbitrator" SET "commissionId" = "c"."id"
FROM "ArbitrationCommission" AS "c" WHERE "c"."regionCode" = "Arbitrator"."commissionRegion";
ALTER TABLE "Arbitrator" ALTER COLUMN "commissionId" SET NOT NULL;

-- DropIndex
DROP INDEX "Arbitrator_commissionRegion_name_key";

-- AlterTable
ALTER TABLE "Arbitrator" DROP COLUMN "commissionRegion";

-- CreateIndex
CREATE INDEX "ArbitrationCase_commissionId_status_idx" ON "ArbitrationCase"("commissionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Arbitrator_commissionId_name_key" ON "Arbitrator"("commissionId", "name");

-- AddForeignKey
ALTER TABLE "ArbitrationCase" ADD CONSTRAINT "ArbitrationCase_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "ArbitrationCommission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Arbitrator" ADD CONSTRAINT "Arbitrator_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "ArbitrationCommission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
