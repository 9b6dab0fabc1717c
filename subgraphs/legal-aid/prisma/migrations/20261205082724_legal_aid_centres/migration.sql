-- CreateEnum
CREATE TYPE "LegalAidCentreKind" AS ENUM ('CENTRE', 'WORKSTATION');

-- CreateTable
CREATE TABLE "LegalAidCentre" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "LegalAidCentreKind" NOT NULL,
    "regionCode" TEXT NOT NULL,
    "categories" TEXT[],
    "coversAllCategories" BOOLEAN NOT NULL DEFAULT false,
    "status" "DirectoryStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "statusChangedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalAidCentre_pkey" PRIMARY KEY ("id"),
    -- A body the registry accepts (shared/src/directory/publication.ts isPublishedBody): a county.
    CONSTRAINT "LegalAidCentre_regionCode_format" CHECK ("regionCode" ~ '^[0-9]{6}$'),
    -- It takes some categories, or any.
    CONSTRAINT "LegalAidCentre_categories_given" CHECK ("coversAllCategories" OR cardinality("categories") > 0),
    -- A status change carries its reason.
    CONSTRAINT "LegalAidCentre_status_reason" CHECK (("statusChangedAt" IS NULL) = ("statusReason" IS NULL))
);

-- CreateIndex
CREATE UNIQUE INDEX "LegalAidCentre_name_key" ON "LegalAidCentre"("name");

-- CreateIndex
CREATE INDEX "LegalAidCentre_regionCode_idx" ON "LegalAidCentre"("regionCode");

-- The county centres whose rosters and cases exist until now, as records: the demo counties' with the ids the
-- registry's demo directory names (shared/src/demo/legal-aid-directory.ts); any other county's under a name
-- giving its region code, which its directory administrator replaces by adding the centre under its real name.
INSERT INTO "LegalAidCentre" ("id", "name", "kind", "regionCode", "categories", "coversAllCategories")
SELECT COALESCE("known"."id"::uuid, gen_random_uuid()),
       COALESCE("known"."name", '法律援助中心（' || "county"."code" || '）'),
       'CENTRE', "county"."code", ARRAY[]::TEXT[], true
FROM (
  SELECT substr("regionCode", 1, 6) AS "code" FROM "LegalAidProvider"
  UNION
  SELECT substr("regionCode", 1, 6) FROM "LegalAidCase"
) AS "county"
LEFT JOIN (VALUES
  ('aaf32131-daee-43ae-8c00-90ed37ce4984', '桐庐县法律援助中心', '330122'),
  ('67b319b7-b0a7-4f07-8ca4-e7259bf586df', '舟山市普陀区法律援助中心', '330903')
) AS "known"("id", "name", "regionCode") ON "known"."regionCode" = "county"."code"
WHERE "county"."code" ~ '^[0-9]{6}$';

-- Each provider is on the roster of its county's centre, and each application was received there.
ALTER TABLE "LegalAidProvider" ADD COLUMN "centreId" UUID;
UPDATE "LegalAidProvider" SET "centreId" = "c"."id"
FROM "LegalAidCentre" AS "c" WHERE "c"."regionCode" = substr("LegalAidProvider"."regionCode", 1, 6);
ALTER TABLE "LegalAidProvider" ALTER COLUMN "centreId" SET NOT NULL;

ALTER TABLE "LegalAidCase" ADD COLUMN "centreId" UUID;
UPDATE "LegalAidCase" SET "centreId" = "c"."id"
FROM "LegalAidCentre" AS "c" WHERE "c"."regionCode" = substr("LegalAidCase"."regionCode", 1, 6);

-- CreateIndex
CREATE INDEX "LegalAidCase_centreId_status_idx" ON "LegalAidCase"("centreId", "status");

-- CreateIndex
CREATE INDEX "LegalAidProvider_centreId_status_idx" ON "LegalAidProvider"("centreId", "status");

-- AddForeignKey
ALTER TABLE "LegalAidCase" ADD CONSTRAINT "LegalAidCase_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "LegalAidCentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalAidProvider" ADD CONSTRAINT "LegalAidProvider_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "LegalAidCentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
