-- AlterTable
ALTER TABLE "OutboxEvent" ADD COLUMN     "clocks" JSONB;

-- AlterTable
ALTER TABLE "RegistryNotice" ADD COLUMN     "clock" JSONB;
