-- CreateEnum
CREATE TYPE "DirectoryStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'RETIRED');

-- AlterTable: the status replaces the active flag, keeping what it said. A provider taken off the roster
-- becomes SUSPENDED (the administrator may reinstate or retire them; nothing says they left for good).
ALTER TABLE "LegalAidProvider" ADD COLUMN "status" "DirectoryStatus" NOT NULL DEFAULT 'ACTIVE',
ADD COLUMN     "statusChangedAt" TIMESTAMP(3),
ADD COLUMN     "statusReason" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

UPDATE "LegalAidProvider" SET "status" = 'SUSPENDED' WHERE NOT "active";

ALTER TABLE "LegalAidProvider" DROP COLUMN "active";
