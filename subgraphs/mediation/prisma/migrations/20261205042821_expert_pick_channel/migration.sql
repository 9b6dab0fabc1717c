-- CreateEnum
CREATE TYPE "MediationPickChannel" AS ENUM ('AT_COMMITTEE', 'ONLINE', 'AT_WINDOW');

-- AlterTable
ALTER TABLE "ExpertPick" ADD COLUMN     "channel" "MediationPickChannel" NOT NULL DEFAULT 'AT_COMMITTEE',
ADD COLUMN     "pickedByPartyId" TEXT,
ALTER COLUMN "pickedBy" DROP NOT NULL;

-- The committee writes down the name of the party who picked; online or at the window she is known by identity.
ALTER TABLE "ExpertPick" ADD CONSTRAINT "ExpertPick_picker_by_channel" CHECK (
  CASE WHEN "channel" = 'AT_COMMITTEE' THEN "pickedBy" IS NOT NULL AND "pickedByPartyId" IS NULL
       ELSE "pickedByPartyId" IS NOT NULL AND "pickedBy" IS NULL END
);
