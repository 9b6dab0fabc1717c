// Who may see and file arbitration cases. The case belongs to the commission alone (no
// co-handlers); its parties are the applicants (workers) and the respondent (employer).
import type { RecordScope } from "@onedoor/shared/auth/policy";

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
