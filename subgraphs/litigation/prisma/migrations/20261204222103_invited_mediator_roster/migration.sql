-- CreateEnum
CREATE TYPE "DirectoryStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'RETIRED');

-- CreateTable
CREATE TABLE "CourtInvitedMediator" (
    "id" UUID NOT NULL,
    "courtCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "status" "DirectoryStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "statusChangedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourtInvitedMediator_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CourtInvitedMediator_courtCode_name_key" ON "CourtInvitedMediator"("courtCode", "name");

-- Whoever already mediates a court's pre-filing case as an invited mediator is on that court's roster.
INSERT INTO "CourtInvitedMediator" ("id", "courtCode", "name", "organisation")
SELECT gen_random_uuid(), "courtCode", "mediatorName", coalesce(min("mediatorBody"), '特邀调解员')
FROM "CourtCase"
WHERE "mediatorKind" = 'INVITED_MEDIATOR' AND btrim(coalesce("mediatorName", '')) <> '' AND "courtCode" <> ''
GROUP BY "courtCode", "mediatorName";
