// Who sees a mediation case (调解案件) and how much of it. Mediation keeps no party rows: the parties
// are the registry's, so a case's party ids are only known when the caller comes through the
// registry's dispute (Dispute.partyIds) or party (Party.disputeCodes). Reached by id, a case has no
// party ids in hand, and residents are refused: they reach mediation records through their dispute.
// A party's own step (点单, picking an expert) has no dispute in hand either: it asks the registry who the
// dispute's parties are at that moment (shared/src/events/dispute-parties.ts).
import { hasRole, isStaffOf, type RecordScope, type Visibility } from "@onedoor/shared/auth/policy";
import type { Identity } from "@onedoor/shared/auth/identity";
import type { SubgraphName } from "@onedoor/shared/config";
import { countyOfDisputeCode, inJurisdiction } from "@onedoor/shared/auth/jurisdiction";
import type { MediationPickChannel } from "../generated/prisma/enums.js";

/**
 * The center's resident bodies among the 联合调解 departments, by the names the committees write
 * down: staff of a body at the table co-handle the case. Outside bodies (执法局, 街道…) have no
 * accounts here and count for nothing.
 */
const RESIDENT_BODIES: { department: SubgraphName; pattern: RegExp }[] = [
  { department: "petitions", pattern: /信访(局|办公室)$/ },
  { department: "arbitration", pattern: /劳动人事争议仲裁(院|委员会)$/ },
  { department: "litigation", pattern: /人民法(院|庭)$/ },
  { department: "legal-aid", pattern: /法律援助(中心|工作站)$/ },
];

/** Departments of the center named among a case's participating departments (a department's own id counts too). */
export function coHandlingDepartments(participatingDepartments: readonly string[]): SubgraphName[] {
  const found = new Set<SubgraphName>();
  for (const raw of participatingDepartments) {
    const name = raw.trim();
    for (const body of RESIDENT_BODIES) {
      if (name === body.department || body.pattern.test(name)) found.add(body.department);
    }
  }
  return [...found];
}

export interface CaseScopeSource {
  /** The dispute's 解纷码: its first six digits are the county the case belongs to. */
  disputeCode: string;
  participatingDepartments: readonly string[];
  /** The dispute's parties, when the case was reached through the registry's dispute or party. */
  partyIds?: readonly string[];
}

/**
 * A case's scope for the checks of every field. The committee holding it is checked where a case enters a
 * request (resolvers/access.ts: `caseScope`), since that needs the committee's name from the directory.
 */
export function scopeOf(record: CaseScopeSource): RecordScope {
  const coHandlers = coHandlingDepartments(record.participatingDepartments);
  return {
    department: "mediation",
    county: countyOfDisputeCode(record.disputeCode),
    ...(coHandlers.length ? { coHandlers } : {}),
    ...(record.partyIds ? { partyIds: record.partyIds } : {}),
  };
}

/**
 * What a reader of a case sees:
 * - narratives: free text (reasons, session notes, agreement terms, follow-up notes, obligation
 *   descriptions) — the parties and everyone with full visibility; null for summary readers;
 * - staffDetails: who recorded what (user ids of the committee's staff) — staff with full visibility
 *   and the commander; null for residents and summary readers.
 * Names of people in mediation records are free text; read through the registry's dispute, each is matched to
 * the dispute's party of that name (Dispute.partyNames), so a party reads her own name in full, organisations
 * are named in full, and every other person is 张* for everyone but full-visibility staff.
 */
export interface Reading {
  narratives: boolean;
  staffDetails: boolean;
}

export function readingOf(visibility: Exclude<Visibility, "none">, resident: boolean): Reading {
  const full = visibility === "full";
  return { narratives: full, staffDetails: full && !resident };
}

/**
 * Why a committee, mediator or expert was suspended or retired is the department's own business: its staff and
 * its directory administrator read the reason, others see only the status.
 */
export function readsDirectoryReasons(identity: Identity): boolean {
  return (
    isStaffOf(identity, "mediation") ||
    (hasRole(identity, "directoryAdministrator") && identity.department === "mediation")
  );
}

/**
 * The center's window (综合窗口受理员, the registry's intake clerk) of a county. It registers every dispute of its
 * county and is where a party without a phone comes; in mediation it does one thing, on a party's behalf: record
 * her pick of an expert (点单). No other step of a committee's is the window's.
 */
export function isWindowOf(identity: Identity, county: string): boolean {
  return hasRole(identity, "intakeClerk") && identity.department === "petitions" && inJurisdiction(identity, county);
}

/** A dispute as a party's pick needs it: its county and its parties as the registry knows them now. */
export interface PickedDispute {
  county: string;
  partyIds: readonly string[];
}

export type PartyPickChannel = Exclude<MediationPickChannel, "AT_COMMITTEE">;

export type Picker =
  | { ok: true; partyId: string; channel: PartyPickChannel }
  | {
      ok: false;
      reason: "NOT_A_PARTY" | "NOT_THE_WINDOW" | "NOT_THE_DISPUTES_PARTY";
      messageEn: string;
      messageZh: string;
    };

/**
 * Who picks an expert for a party (点单), and as whom: a resident who is a party of the dispute, for herself
 * (ONLINE); the window of the dispute's county, for the party it names (AT_WINDOW). `namedPartyId` is the
 * window's: a resident picks only as herself.
 */
export function pickerOf(identity: Identity, dispute: PickedDispute, namedPartyId: string | null): Picker {
  if (namedPartyId === null) {
    if (hasRole(identity, "resident") && identity.partyId && dispute.partyIds.includes(identity.partyId))
      return { ok: true, partyId: identity.partyId, channel: "ONLINE" };
    return {
      ok: false,
      reason: "NOT_A_PARTY",
      messageEn: "Only a party of the dispute picks an expert for its mediation herself",
      messageZh: "只有本纠纷的当事人本人才能为本案点单",
    };
  }
  if (!isWindowOf(identity, dispute.county))
    return {
      ok: false,
      reason: "NOT_THE_WINDOW",
      messageEn: "Only the center's window of the dispute's county records a pick for a party",
      messageZh: "只有纠纷所在县区矛调中心的综合窗口才能代当事人点单",
    };
  if (!dispute.partyIds.includes(namedPartyId))
    return {
      ok: false,
      reason: "NOT_THE_DISPUTES_PARTY",
      messageEn: "The party named is not a party of this dispute",
      messageZh: "所选当事人不是本纠纷的当事人",
    };
  return { ok: true, partyId: namedPartyId, channel: "AT_WINDOW" };
}

/** Who may see the experts a party may pick for a case: the dispute's parties and the window of its county. */
export function choosesFor(identity: Identity, dispute: PickedDispute): boolean {
  return pickerOf(identity, dispute, null).ok || isWindowOf(identity, dispute.county);
}
