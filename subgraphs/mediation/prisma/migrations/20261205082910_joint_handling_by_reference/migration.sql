-- AlterTable
ALTER TABLE "MediationCase" ADD COLUMN     "participatingUnits" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "MediationSession" ADD COLUMN     "attendingUnits" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "mediatorIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- AlterTable
ALTER TABLE "RegistryNotice" ADD COLUMN     "coHandlerIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
