// Who sees a court case: the court's own staff and the commander in full, a resident who is
// a party in full (their own data; other parties masked), other departments' staff a summary (case
// number, stage, dates: no claims' text, no party identifiers), nobody else anything.
import { partyIdOrNull } from "@onedoor/shared/auth/party-id";
import type { RecordScope } from "@onedoor/shared/auth/policy";
import { maskResidentId } from "@onedoor/shared/auth/masking";
import type { PartyKind } from "../generated/prisma/enums.js";

/** 当事人标识 of a court party: from the resident ID of a person, the credit code of an organisation. */
export function courtPartyId(kind: PartyKind, idNumber: string | null | undefined): string | null {
  return partyIdOrNull(kind === "ORGANIZATION" ? { creditCode: idNumber } : { residentId: idNumber });
}

export interface CaseParties {
  /** Party ids of the case's own party rows (null where the court holds no ID number). */
  partyIds: readonly (string | null)[];
  /** The dispute's parties as the registry knows them, when the request brought them (Dispute.partyIds). */
  disputePartyIds?: readonly string[];
}

/**
 * The court owns its cases alone (no co-handlers: a delegated pre-filing mediation stays the court's
 * case). A resident is a party when the court's rows name them or the registry lists them on the dispute.
 */
export function scopeOf(record: CaseParties): RecordScope {
  const partyIds = new Set<string>(record.disputePartyIds ?? []);
  for (const id of record.partyIds) if (id) partyIds.add(id);
  return { department: "litigation", partyIds: [...partyIds] };
}

/** The ID number as shown by default: a resident ID masked; an organisation's credit code is public (企业信用信息公示). */
export function shownIdNumber(kind: PartyKind, idNumber: string | null): string | null {
  if (!idNumber) return null;
  return kind === "ORGANIZATION" ? idNumber : maskResidentId(idNumber);
}

/** A resident may file an application (司法确认 by the parties themselves) only as one of its parties. */
export function isOneOfTheParties(callerPartyId: string | undefined, partyIds: readonly (string | null)[]): boolean {
  return callerPartyId !== undefined && partyIds.includes(callerPartyId);
}
