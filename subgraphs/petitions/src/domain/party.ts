// 当事人 in the registry: one person (by resident ID) or organisation (by credit code) is one party,
// whatever dispute they appear in, known everywhere by the same internal party id.
import { partyIdOrNull } from "@onedoor/shared/auth/party-id";
import type { PartyName } from "@onedoor/shared/auth/access";

interface Identifiers {
  residentId?: string | null;
  creditCode?: string | null;
}

/** A party row as it is written: with its party id (null when it has no identifier). */
export function withPartyId<T extends Identifiers>(party: T): T & { partyId: string | null } {
  return { ...party, partyId: partyIdOrNull(party) };
}

/** Party ids of stored party rows: the stored column, or computed for rows written before it existed. */
export function partyIdsOfRows(rows: readonly (Identifiers & { partyId: string | null })[]): string[] {
  const ids = rows.map((row) => row.partyId ?? partyIdOrNull(row)).filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

/** The names departments write on their records, with who each is, so they mask a name as the registry does. */
export function partyNamesOfRows(
  rows: readonly (Identifiers & { partyId: string | null; kind: PartyName["kind"]; name: string })[],
): PartyName[] {
  return rows.map((row) => ({ kind: row.kind, partyId: row.partyId ?? partyIdOrNull(row), name: row.name }));
}
