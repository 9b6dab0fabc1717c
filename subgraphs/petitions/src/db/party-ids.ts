// Where the registry keeps identifiers, for the shared party-id backfill (rows from before the column).
import { fillMissingPartyIds as fill, partyIdSource, type PartyIdBackfill } from "@onedoor/shared/db/party-id-backfill";
import type { PetitionsStore } from "./store.js";

export function partyIdSources(store: PetitionsStore): PartyIdBackfill[] {
  return [
    partyIdSource({
      missing: (take) =>
        store.disputeParty.findMany({
          where: { partyId: null, OR: [{ residentId: { not: null } }, { creditCode: { not: null } }] },
          select: { id: true, residentId: true, creditCode: true },
          take,
        }),
      identifierOf: (row) => row,
      fill: (row, partyId) =>
        store.disputeParty.updateMany({ where: { id: row.id, partyId: null }, data: { partyId } }),
    }),
  ];
}

/** Fills missing party ids of rows that have an identifier; returns how many it filled. */
export const fillMissingPartyIds = (store: PetitionsStore): Promise<number> => fill(partyIdSources(store));
