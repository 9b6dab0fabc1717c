-- CreateEnum
CREATE TYPE "MemberUnitKind" AS ENUM ('LAW_ENFORCEMENT', 'HOUSING_CONSTRUCTION', 'SUBDISTRICT_OFFICE', 'TOWNSHIP_GOVERNMENT', 'RESIDENTS_COMMITTEE', 'POLICE', 'HUMAN_RESOURCES', 'MARKET_REGULATION', 'NATURAL_RESOURCES', 'JUSTICE_BUREAU', 'PETITIONS_BUREAU', 'COURT', 'PROCURATORATE', 'LEGAL_AID', 'SOCIAL_ORGANISATION');

-- CreateEnum
CREATE TYPE "MemberUnitStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'RETIRED');

-- AlterTable
ALTER TABLE "DepartmentNotice" ADD COLUMN     "coHandlerIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "DisputeDispatch" ADD COLUMN     "coHandlerIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "MemberUnit" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "kind" "MemberUnitKind" NOT NULL,
    "status" "MemberUnitStatus" NOT NULL DEFAULT 'ACTIVE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemberUnit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MemberUnit_regionCode_status_idx" ON "MemberUnit"("regionCode", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MemberUnit_regionCode_name_key" ON "MemberUnit"("regionCode", "name");
