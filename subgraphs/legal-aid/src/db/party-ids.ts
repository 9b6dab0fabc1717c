// Where legal aid keeps identifiers, for the shared party-id backfill: cases from before the
// applicant's party id column, so a resident's `me` and the party views find them too.
import { fillMissingPartyIds as fill, partyIdSource, type PartyIdBackfill } from "@onedoor/shared/db/party-id-backfill";
import type { LegalAidStore } from "./store.js";

export function partyIdSources(store: LegalAidStore): PartyIdBackfill[] {
  return [
    partyIdSource({
      missing: (take) =>
        store.legalAidCase.findMany({
          where: { applicantPartyId: null, applicantResidentId: { not: null } },
          select: { id: true, applicantResidentId: true },
          take,
        }),
      identifierOf: (row) => ({ residentId: row.applicantResidentId }),
      fill: (row, partyId) =>
        store.legalAidCase.updateMany({
          where: { id: row.id, applicantPartyId: null },
          data: { applicantPartyId: partyId },
        }),
    }),
  ];
}

/** Fills missing party ids of cases whose applicant has a resident ID; returns how many it filled. */
export const fillMissingPartyIds = (store: LegalAidStore): Promise<number> => fill(partyIdSources(store));
