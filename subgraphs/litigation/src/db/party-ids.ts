// Where the court keeps identifiers, for the shared party-id backfill (rows from before the column).
import { partyIdSource, type PartyIdBackfill } from "@onedoor/shared/db/party-id-backfill";
import type { LitigationStore } from "./store.js";

export function partyIdSources(store: LitigationStore): PartyIdBackfill[] {
  return [
    partyIdSource({
      missing: (take) =>
        store.courtCaseParty.findMany({
          where: { partyId: null, idNumber: { not: null } },
          select: { id: true, kind: true, idNumber: true },
          take,
        }),
      identifierOf: (row) =>
        row.kind === "ORGANISATION" ? { creditCode: row.idNumber } : { residentId: row.idNumber },
      fill: (row, partyId) =>
        store.courtCaseParty.updateMany({ where: { id: row.id, partyId: null }, data: { partyId } }),
    }),
  ];
}
