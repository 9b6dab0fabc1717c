// Who sees a court case: the court's own staff and the commander in full, a resident who is
// a party in full (their own data; other parties masked), other departments' staff a summary (case
// number, stage, dates: no claims' text, no party identifiers), nobody else anything. Staff and the
// commander see only their own county's cases, and court staff only their own court's.
import type { Identity } from "@onedoor/shared/auth/identity";
import {
  countyOfDisputeCode,
  inJurisdiction,
  mainBodyIn,
  recordCounty,
  servesBody,
} from "@onedoor/shared/auth/jurisdiction";
import { partyIdOrNull } from "@onedoor/shared/auth/party-id";
import { isStaffOf, type RecordScope } from "@onedoor/shared/auth/policy";
import { maskResidentId } from "@onedoor/shared/auth/masking";
import type { PartyKind } from "../generated/prisma/enums.js";
import { countyForCourtCode } from "./case-number.js";

/** 当事人标识 of a court party: from the resident ID of a person, the credit code of an organisation. */
export function courtPartyId(kind: PartyKind, idNumber: string | null | undefined): string | null {
  return partyIdOrNull(kind === "ORGANISATION" ? { creditCode: idNumber } : { residentId: idNumber });
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

/**
 * Where a case belongs (管辖): its dispute's county (the 解纷码's first six digits; every case is opened on a
 * dispute of the registry) and that county's court, by its directory name: one court per county.
 */
export function caseJurisdiction(disputeCode: string): { county: string; bodies: string[] } {
  const county = countyOfDisputeCode(disputeCode);
  const court = mainBodyIn("litigation", county);
  return { county, bodies: court ? [court] : [] };
}

/**
 * Whether court staff may open a case (立案, 诉前调解 delegation, 司法确认 on the parties' behalf) at the court
 * named by `courtCode`: only in their own court's name, for a dispute of their own county.
 */
export function mayOpenCase(identity: Identity, disputeCode: string, courtCode: string): boolean {
  const courtCounty = countyForCourtCode(courtCode);
  // Not a basic court: no county's staff open cases there.
  if (courtCounty === undefined) return false;
  const court = mainBodyIn("litigation", courtCounty);
  return (
    inJurisdiction(identity, countyOfDisputeCode(disputeCode)) &&
    inJurisdiction(identity, courtCounty) &&
    servesBody(identity, court ? [court] : [])
  );
}

/** The directory administrator keeps the roster of their own county's court (no region claim: every court's). */
export function mayKeepRosterOf(identity: Identity, courtCode: string): boolean {
  const courtCounty = countyForCourtCode(courtCode);
  return courtCounty !== undefined && inJurisdiction(identity, courtCounty);
}

/**
 * The county a list of court cases is confined to, for the query itself: undefined when the caller is not
 * narrowed, null when they may list none (an aggregate-level region; court staff whose body is not their
 * county's court, or who name a body but no county).
 */
export function caseListCounty(identity: Identity): string | null | undefined {
  const county = recordCounty(identity);
  if (county === null || !isStaffOf(identity, "litigation") || identity.organization === undefined) return county;
  return county !== undefined && identity.organization === mainBodyIn("litigation", county) ? county : null;
}

/** The ID number as shown by default: a resident ID masked; an organisation's credit code is public (企业信用信息公示). */
export function shownIdNumber(kind: PartyKind, idNumber: string | null): string | null {
  if (!idNumber) return null;
  return kind === "ORGANISATION" ? idNumber : maskResidentId(idNumber);
}

/** A resident may file an application (司法确认 by the parties themselves) only as one of its parties. */
export function isOneOfTheParties(callerPartyId: string | undefined, partyIds: readonly (string | null)[]): boolean {
  return callerPartyId !== undefined && partyIds.includes(callerPartyId);
}
