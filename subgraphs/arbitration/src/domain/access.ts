// Who may see and file arbitration cases. The case belongs to the commission alone (no
// co-handlers); its parties are the applicants (workers) and the respondent (employer). Staff act within
// their jurisdiction (管辖): their county, and the department has one body there, the county's commission.
import type { Identity } from "@onedoor/shared/auth/identity";
import {
  countyOfDisputeCode,
  inJurisdiction,
  isCountyRegion,
  mainBodyIn,
  recordCounty,
  servesBody,
} from "@onedoor/shared/auth/jurisdiction";
import { isStaffOf, type RecordScope } from "@onedoor/shared/auth/policy";
import { ZHEJIANG_REGION_TABLE } from "@onedoor/shared/validators/region-code";

/** The counties the region table knows, where a token naming only its body may be from. */
const KNOWN_COUNTIES = [...new Set(ZHEJIANG_REGION_TABLE.entries.map((e) => e.code).filter(isCountyRegion))];

export interface CaseParties {
  respondentPartyId: string | null;
  applicants: readonly { partyId: string | null }[];
}

/**
 * The record scope of a case. `disputePartyIds` are the registry's parties of the dispute (when the
 * field asked for them): a party of the dispute reaches the dispute's arbitration cases.
 */
export function scopeOf(record: CaseParties, disputePartyIds: readonly string[] = []): RecordScope {
  const partyIds = new Set(disputePartyIds);
  for (const applicant of record.applicants) if (applicant.partyId) partyIds.add(applicant.partyId);
  if (record.respondentPartyId) partyIds.add(record.respondentPartyId);
  return { department: "arbitration", partyIds: [...partyIds] };
}

/**
 * A county's commission, by the name staff tokens carry (桐庐县劳动人事争议仲裁院); none for a county the region
 * table lacks.
 */
const bodiesIn = (county: string): string[] => {
  const body = mainBodyIn("arbitration", county);
  return body ? [body] : [];
};

/** Where a case belongs: its dispute's county (the 解纷码's first six digits) and that county's commission. */
export function placeOf(disputeCode: string): Required<Pick<RecordScope, "county" | "bodies">> {
  const county = countyOfDisputeCode(disputeCode);
  return { county, bodies: bodiesIn(county) };
}

/**
 * 仲裁申请 at the window: the commission's staff file only a dispute of their own county, with their own
 * commission (the one named by `commissionRegion`) as the one receiving it.
 */
export function mayFileAt(identity: Identity, disputeCode: string, commissionRegion: string): boolean {
  return (
    inJurisdiction(identity, countyOfDisputeCode(disputeCode)) &&
    inJurisdiction(identity, commissionRegion) &&
    servesBody(identity, bodiesIn(commissionRegion))
  );
}

/** The directory administrator keeps the roster of their own county's commission (no region claim: every one). */
export function mayKeepRosterOf(identity: Identity, commissionRegion: string): boolean {
  return inJurisdiction(identity, commissionRegion);
}

/**
 * The counties whose cases the caller's lists (the queue, a calendar) may hold, for the query itself, before
 * paging: undefined when the caller is not narrowed, null when they may list no case at all (a prefecture or
 * province region is for aggregates), and for the commission's staff only the counties where their body is
 * the commission (none when the token names a body of another county or kind).
 */
export function listCounties(identity: Identity): readonly string[] | null | undefined {
  const county = recordCounty(identity);
  if (county === null) return null;
  const body = isStaffOf(identity, "arbitration") ? identity.organization : undefined;
  if (body === undefined) return county === undefined ? undefined : [county];
  // Without a region (development tokens only), the body alone says which county's cases are theirs.
  const counties = county === undefined ? KNOWN_COUNTIES : [county];
  return counties.filter((c) => bodiesIn(c).includes(body));
}

export interface FilingApplicant {
  partyId: string;
  representative: boolean;
}

/**
 * 网上仲裁申请: a worker may file their own application online (浙里办). They must be one of the
 * applicants, and when a collective dispute (集体劳动争议) elects representatives, one of them: only
 * the elected representatives act for the other workers. Returns why the filing is refused, or null.
 */
export function onlineFilingRefusal(
  callerPartyId: string | undefined,
  applicants: readonly FilingApplicant[],
): { messageZh: string; messageEn: string } | null {
  const self = callerPartyId ? applicants.find((a) => a.partyId === callerPartyId) : undefined;
  if (!self)
    return {
      messageZh: "网上仲裁申请须由申请人本人提交",
      messageEn: "An online application must be filed by one of its applicants",
    };
  if (applicants.some((a) => a.representative) && !self.representative) {
    return {
      messageZh: "集体劳动争议须由推举的代表提交申请",
      messageEn: "A collective application is filed by one of the elected representatives",
    };
  }
  return null;
}
