-- AlterEnum
ALTER TYPE "RegistryNoticeKind" ADD VALUE 'COURT_CLOCK_CHANGED';
