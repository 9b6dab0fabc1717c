-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "statusChangedAt" TIMESTAMP(3),
ADD COLUMN     "statusChangedBy" TEXT,
ADD COLUMN     "statusReason" TEXT;

-- AlterTable
ALTER TABLE "Expert" ADD COLUMN     "statusChangedAt" TIMESTAMP(3),
ADD COLUMN     "statusChangedBy" TEXT,
ADD COLUMN     "statusReason" TEXT,
ADD COLUMN     "title" TEXT;

-- AlterTable
ALTER TABLE "Mediator" ADD COLUMN     "statusChangedAt" TIMESTAMP(3),
ADD COLUMN     "statusChangedBy" TEXT,
ADD COLUMN     "statusReason" TEXT;

-- A status change is recorded whole: when, by whom and why, or none of them.
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_status_change_whole"
  CHECK (("statusChangedAt" IS NULL) = ("statusReason" IS NULL) AND ("statusChangedAt" IS NULL) = ("statusChangedBy" IS NULL));
ALTER TABLE "Mediator" ADD CONSTRAINT "Mediator_status_change_whole"
  CHECK (("statusChangedAt" IS NULL) = ("statusReason" IS NULL) AND ("statusChangedAt" IS NULL) = ("statusChangedBy" IS NULL));
ALTER TABLE "Expert" ADD CONSTRAINT "Expert_status_change_whole"
  CHECK (("statusChangedAt" IS NULL) = ("statusReason" IS NULL) AND ("statusChangedAt" IS NULL) = ("statusChangedBy" IS NULL));
