// Party rows written before the party id column existed get their id in small batches, so a
// resident's `me` and the departments' party views find their older disputes too.
import { partyIdOrNull } from "@onedoor/shared/auth/party-id";
import type { PetitionsStore } from "./store.js";

const BATCH = 200;

/** Fills missing party ids of rows that have an identifier; returns how many it filled. */
export async function fillMissingPartyIds(store: PetitionsStore): Promise<number> {
  const rows = await store.disputeParty.findMany({
    where: { partyId: null, OR: [{ residentId: { not: null } }, { creditCode: { not: null } }] },
    select: { id: true, residentId: true, creditCode: true },
    take: BATCH,
  });
  for (const row of rows) {
    await store.disputeParty.updateMany({ where: { id: row.id, partyId: null }, data: { partyId: partyIdOrNull(row) } });
  }
  return rows.length;
}
