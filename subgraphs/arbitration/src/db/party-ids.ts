// Where arbitration keeps identifiers, for the shared party-id backfill (rows from before the columns).
import { partyIdSource, type PartyIdBackfill } from "@onedoor/shared/db/party-id-backfill";
import type { ArbitrationStore } from "./store.js";

export function partyIdSources(store: ArbitrationStore): PartyIdBackfill[] {
  return [
    partyIdSource({
      missing: (take) =>
        store.applicant.findMany({ where: { partyId: null }, select: { id: true, residentId: true }, take }),
      identifierOf: (row) => row,
      fill: (row, partyId) => store.applicant.updateMany({ where: { id: row.id, partyId: null }, data: { partyId } }),
    }),
    partyIdSource({
      missing: (take) =>
        store.arbitrationCase.findMany({
          where: { respondentPartyId: null },
          select: { id: true, respondentCreditCode: true },
          take,
        }),
      identifierOf: (row) => ({ creditCode: row.respondentCreditCode }),
      fill: (row, partyId) =>
        store.arbitrationCase.updateMany({
          where: { id: row.id, respondentPartyId: null },
          data: { respondentPartyId: partyId },
        }),
    }),
  ];
}
