-- CreateEnum
CREATE TYPE "CourtBodyKind" AS ENUM ('LITIGATION_SERVICE_CENTRE', 'PEOPLES_TRIBUNAL');

-- CreateTable
CREATE TABLE "CourtBody" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CourtBodyKind" NOT NULL,
    "courtCode" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "categories" TEXT[],
    "status" "DirectoryStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "statusChangedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourtBody_pkey" PRIMARY KEY ("id"),
    -- A body the registry accepts (shared/src/directory/publication.ts isPublishedBody): a county.
    CONSTRAINT "CourtBody_regionCode_format" CHECK ("regionCode" ~ '^[0-9]{6}$'),
    -- A tribunal names what it takes; the service centre takes every category.
    CONSTRAINT "CourtBody_categories_given" CHECK ("kind" = 'LITIGATION_SERVICE_CENTRE' OR cardinality("categories") > 0),
    -- A status change carries its reason.
    CONSTRAINT "CourtBody_status_reason" CHECK (("statusChangedAt" IS NULL) = ("statusReason" IS NULL))
);

-- CreateTable
CREATE TABLE "CourtJudge" (
    "id" UUID NOT NULL,
    "bodyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "status" "DirectoryStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "statusChangedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourtJudge_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "CourtJudge_status_reason" CHECK (("statusChangedAt" IS NULL) = ("statusReason" IS NULL))
);

-- CreateIndex
CREATE UNIQUE INDEX "CourtBody_name_key" ON "CourtBody"("name");

-- CreateIndex
CREATE INDEX "CourtBody_regionCode_idx" ON "CourtBody"("regionCode");

-- The court's door until now (named in code, as the registry's routing did): each court that already holds cases
-- gets its 诉讼服务中心 as a record, with the id the registry's demo directory names for the demo counties
-- (shared/src/demo/court-directory.ts), and every case belongs to it. A case recorded without its court code
-- belongs to the court of its dispute's county.
UPDATE "CourtCase" SET "courtCode" = '浙' || substr("disputeCode", 3, 4)
WHERE "courtCode" = '' AND "disputeCode" LIKE '33%';

INSERT INTO "CourtBody" ("id", "name", "kind", "courtCode", "regionCode", "categories")
SELECT COALESCE("known"."id"::uuid, gen_random_uuid()),
       COALESCE("known"."name", "court"."courtCode" || '人民法院诉讼服务中心'),
       'LITIGATION_SERVICE_CENTRE', "court"."courtCode", '33' || substr("court"."courtCode", 2), ARRAY[]::TEXT[]
FROM (SELECT DISTINCT "courtCode" FROM "CourtCase" WHERE "courtCode" LIKE '浙____') AS "court"
LEFT JOIN (VALUES
  ('042b941a-94f6-4a6f-83ed-308b33027c99', '桐庐县人民法院诉讼服务中心', '浙0122'),
  ('81efadc7-cc35-482e-8432-099106a913f4', '淳安县人民法院诉讼服务中心', '浙0127'),
  ('fc17a2fe-3270-47e8-8ee5-d09f8c3add27', '普陀区人民法院诉讼服务中心', '浙0903')
) AS "known"("id", "name", "courtCode") ON "known"."courtCode" = "court"."courtCode";

ALTER TABLE "CourtCase" ADD COLUMN "bodyId" UUID;
UPDATE "CourtCase" SET "bodyId" = "b"."id" FROM "CourtBody" AS "b" WHERE "b"."courtCode" = "CourtCase"."courtCode";
ALTER TABLE "CourtCase" ALTER COLUMN "bodyId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "CourtJudge_bodyId_name_key" ON "CourtJudge"("bodyId", "name");

-- CreateIndex
CREATE INDEX "CourtCase_bodyId_status_idx" ON "CourtCase"("bodyId", "status");

-- AddForeignKey
ALTER TABLE "CourtCase" ADD CONSTRAINT "CourtCase_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "CourtBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourtJudge" ADD CONSTRAINT "CourtJudge_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "CourtBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
