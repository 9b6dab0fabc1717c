-- AlterTable
ALTER TABLE "RegistryNotice" ADD COLUMN     "bodyId" TEXT,
ADD COLUMN     "coHandlers" TEXT[] DEFAULT ARRAY[]::TEXT[];
