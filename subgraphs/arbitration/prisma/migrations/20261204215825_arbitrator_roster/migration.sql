-- CreateEnum
CREATE TYPE "DirectoryStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'RETIRED');

-- CreateTable
CREATE TABLE "Arbitrator" (
    "id" UUID NOT NULL,
    "commissionRegion" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "DirectoryStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "statusChangedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Arbitrator_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Arbitrator_commissionRegion_name_key" ON "Arbitrator"("commissionRegion", "name");

-- Whoever already sits on a tribunal is on their commission's roster (the roster starts from the cases).
INSERT INTO "Arbitrator" ("id", "commissionRegion", "name")
SELECT gen_random_uuid(), "commissionRegion", "name"
FROM (SELECT DISTINCT "commissionRegion", unnest("arbitrators") AS "name" FROM "ArbitrationCase") AS "appointed"
WHERE btrim("name") <> '';
