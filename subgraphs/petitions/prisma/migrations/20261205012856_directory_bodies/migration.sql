-- CreateEnum
CREATE TYPE "DirectoryStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'RETIRED');

-- AlterTable
ALTER TABLE "DepartmentNotice" ADD COLUMN     "bodyId" TEXT,
ADD COLUMN     "coHandlers" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Dispute" ADD COLUMN     "handlingBodyId" TEXT;

-- AlterTable
ALTER TABLE "DisputeDispatch" ADD COLUMN     "bodyId" TEXT;

-- AlterTable
ALTER TABLE "HandOff" ADD COLUMN     "toBodyId" TEXT;

-- CreateTable
CREATE TABLE "DirectoryBody" (
    "department" "Department" NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "categories" TEXT[],
    "coversAllCategories" BOOLEAN NOT NULL,
    "status" "DirectoryStatus" NOT NULL,
    "staffed" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectoryBody_pkey" PRIMARY KEY ("department","id")
);

-- CreateTable
CREATE TABLE "DirectoryPublication" (
    "department" "Department" NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectoryPublication_pkey" PRIMARY KEY ("department")
);

-- CreateIndex
CREATE INDEX "DirectoryBody_department_regionCode_idx" ON "DirectoryBody"("department", "regionCode");
