-- CreateEnum
CREATE TYPE "DirectoryStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'RETIRED');

-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "status" "DirectoryStatus" NOT NULL DEFAULT 'ACTIVE';

-- AlterTable
ALTER TABLE "Expert" ADD COLUMN     "status" "DirectoryStatus" NOT NULL DEFAULT 'ACTIVE';

-- AlterTable
ALTER TABLE "Mediator" ADD COLUMN     "status" "DirectoryStatus" NOT NULL DEFAULT 'ACTIVE';
