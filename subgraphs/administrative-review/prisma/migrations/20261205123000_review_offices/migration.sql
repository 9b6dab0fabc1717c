-- CreateEnum
CREATE TYPE "DirectoryStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'RETIRED');

-- CreateEnum
CREATE TYPE "ReviewOfficeKind" AS ENUM ('COUNTY_REVIEW_OFFICE', 'RECEPTION_POINT');

-- CreateTable
CREATE TABLE "ReviewOffice" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ReviewOfficeKind" NOT NULL,
    "regionCode" TEXT NOT NULL,
    "categories" TEXT[],
    "status" "DirectoryStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "statusChangedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewOffice_pkey" PRIMARY KEY ("id"),
    -- A body the registry accepts (shared/src/directory/publication.ts isPublishedBody): a county.
    CONSTRAINT "ReviewOffice_regionCode_format" CHECK ("regionCode" ~ '^[0-9]{6}$'),
    -- A status change carries its reason.
    CONSTRAINT "ReviewOffice_status_reason" CHECK (("statusChangedAt" IS NULL) = ("statusReason" IS NULL))
);

-- CreateTable
CREATE TABLE "ReviewOfficer" (
    "id" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "status" "DirectoryStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "statusChangedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewOfficer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ReviewOfficer_status_reason" CHECK (("statusChangedAt" IS NULL) = ("statusReason" IS NULL))
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewOffice_name_key" ON "ReviewOffice"("name");

-- CreateIndex
CREATE INDEX "ReviewOffice_regionCode_idx" ON "ReviewOffice"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewOfficer_officeId_name_key" ON "ReviewOfficer"("officeId", "name");

-- The county review office that held every case until now (named in code, as the registry's routing did): each
-- county that already holds cases gets its office as a record, with the id the registry's demo directory names for
-- the demo counties (shared/src/demo/review-directory.ts), any other county's under a name giving its region code,
-- which its directory administrator replaces by adding the office under its real name; every case belongs to it.
INSERT INTO "ReviewOffice" ("id", "name", "kind", "regionCode", "categories")
SELECT COALESCE("known"."id"::uuid, gen_random_uuid()),
       COALESCE("known"."name", '行政复议办公室（' || "county"."code" || '）'),
       'COUNTY_REVIEW_OFFICE', "county"."code", ARRAY[]::TEXT[]
FROM (SELECT DISTINCT substr("disputeCode", 1, 6) AS "code" FROM "AdministrativeReviewCase") AS "county"
LEFT JOIN (VALUES
  ('0e1ca5d3-8ec8-40c7-89f3-bc6696b756ce', '桐庐县人民政府行政复议办公室', '330122'),
  ('6f21ddd6-af56-46de-85de-3a37d049d48b', '舟山市普陀区人民政府行政复议办公室', '330903')
) AS "known"("id", "name", "regionCode") ON "known"."regionCode" = "county"."code"
WHERE "county"."code" ~ '^[0-9]{6}$';

ALTER TABLE "AdministrativeReviewCase" ADD COLUMN "officeId" UUID;
UPDATE "AdministrativeReviewCase" SET "officeId" = "o"."id"
FROM "ReviewOffice" AS "o" WHERE "o"."regionCode" = substr("AdministrativeReviewCase"."disputeCode", 1, 6);

-- CreateIndex
CREATE INDEX "AdministrativeReviewCase_officeId_status_idx" ON "AdministrativeReviewCase"("officeId", "status");

-- AddForeignKey
ALTER TABLE "AdministrativeReviewCase" ADD CONSTRAINT "AdministrativeReviewCase_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ReviewOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewOfficer" ADD CONSTRAINT "ReviewOfficer_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ReviewOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
