-- AlterTable
ALTER TABLE "RegistryNotice" ADD COLUMN     "coHandlerIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
