-- AlterEnum: facts one department established, relayed by the registry to another
ALTER TYPE "RegistryNoticeKind" ADD VALUE 'AGREEMENT_REACHED';
ALTER TYPE "RegistryNoticeKind" ADD VALUE 'CONFIRMATION_APPLIED';
ALTER TYPE "RegistryNoticeKind" ADD VALUE 'AGREEMENT_PERFORMED';

-- AlterTable
ALTER TABLE "RegistryNotice" ADD COLUMN     "recordId" TEXT;
