-- AlterEnum
ALTER TYPE "Department" ADD VALUE 'ADMINISTRATIVE_REVIEW';

-- AlterEnum
ALTER TYPE "EventSource" ADD VALUE 'administrative-review';
