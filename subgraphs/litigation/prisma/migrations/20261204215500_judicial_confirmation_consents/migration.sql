-- CreateEnum
CREATE TYPE "ConsentChannel" AS ENUM ('IN_PERSON', 'ONLINE');

-- CreateEnum
CREATE TYPE "ConsentRecorder" AS ENUM ('PARTY', 'COURT_CLERK');

-- CreateTable
CREATE TABLE "JudicialConfirmationConsent" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "casePartyId" UUID NOT NULL,
    "channel" "ConsentChannel" NOT NULL,
    "recorder" "ConsentRecorder" NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "representativeName" TEXT,
    "consentedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JudicialConfirmationConsent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "JudicialConfirmationConsent_casePartyId_key" ON "JudicialConfirmationConsent"("casePartyId");

-- CreateIndex
CREATE INDEX "JudicialConfirmationConsent_caseId_idx" ON "JudicialConfirmationConsent"("caseId");

-- AddForeignKey
ALTER TABLE "JudicialConfirmationConsent" ADD CONSTRAINT "JudicialConfirmationConsent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CourtCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudicialConfirmationConsent" ADD CONSTRAINT "JudicialConfirmationConsent_casePartyId_fkey" FOREIGN KEY ("casePartyId") REFERENCES "CourtCaseParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Applications registered before consents were recorded: the flag the filer set becomes a consent taken with the
-- filing (by whoever registered the case, through its channel), so no joint application loses its consents.
INSERT INTO "JudicialConfirmationConsent" ("id", "caseId", "casePartyId", "channel", "recorder", "recordedBy", "consentedAt")
SELECT gen_random_uuid(), p."caseId", p."id",
       CASE WHEN c."online" THEN 'ONLINE'::"ConsentChannel" ELSE 'IN_PERSON'::"ConsentChannel" END,
       'COURT_CLERK'::"ConsentRecorder", c."createdBy", c."filedAt"
FROM "CourtCaseParty" p
JOIN "CourtCase" c ON c."id" = p."caseId"
WHERE p."joinsApplication" AND c."procedure" = 'JUDICIAL_CONFIRMATION';

-- AlterTable
ALTER TABLE "CourtCaseParty" DROP COLUMN "joinsApplication";
