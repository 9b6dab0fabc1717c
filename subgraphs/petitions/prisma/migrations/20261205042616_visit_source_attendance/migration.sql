-- CreateEnum
CREATE TYPE "VisitSource" AS ENUM ('WINDOW', 'MEDIATION', 'ARBITRATION', 'LITIGATION', 'LEGAL_AID', 'ADMINISTRATIVE_REVIEW');

-- AlterTable
ALTER TABLE "Visit" ADD COLUMN     "eventId" TEXT,
ADD COLUMN     "source" "VisitSource" NOT NULL DEFAULT 'WINDOW';

-- CreateIndex
CREATE UNIQUE INDEX "Visit_source_eventId_key" ON "Visit"("source", "eventId");
