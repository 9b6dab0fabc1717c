// Rows written before a department stored party ids get theirs in small batches, so a resident's `me`
// and the party views find their older records too. Each subgraph says where its identifiers are.
import { partyIdOrNull } from "../auth/party-id.js";

const BATCH = 200;

export interface PartyIdSource<Row> {
  /** Up to `take` rows with an identifier and no party id yet. */
  missing(take: number): Promise<Row[]>;
  identifierOf(row: Row): { residentId?: string | null; creditCode?: string | null };
  /** Sets the id, only where it is still missing (another process may have filled it). */
  fill(row: Row, partyId: string): Promise<unknown>;
}

export interface PartyIdBackfill {
  /** Fills one batch; returns how many rows it filled. */
  run(take?: number): Promise<number>;
}

export function partyIdSource<Row>(source: PartyIdSource<Row>): PartyIdBackfill {
  return {
    async run(take = BATCH) {
      let filled = 0;
      for (const row of await source.missing(take)) {
        const partyId = partyIdOrNull(source.identifierOf(row));
        if (partyId) {
          await source.fill(row, partyId);
          filled++;
        }
      }
      return filled;
    },
  };
}

/** One batch from each source; returns how many rows were filled. */
export async function fillMissingPartyIds(sources: readonly PartyIdBackfill[]): Promise<number> {
  let filled = 0;
  for (const source of sources) filled += await source.run();
  return filled;
}

/** The periodic job a subgraph registers (cheap when nothing is missing: one indexed query per source). */
export function partyIdBackfillJob<Store>(sources: (store: Store) => PartyIdBackfill[]) {
  return {
    name: "fill missing party ids",
    intervalMs: 60_000,
    run: (store: Store) => fillMissingPartyIds(sources(store)),
  };
}
