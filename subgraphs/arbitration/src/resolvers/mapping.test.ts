import { describe, expect, it } from "vitest";
import type { CaseRow } from "../db/rows.js";
import { toCase } from "./mapping.js";

// An awarded case after a postponement and an extension: every narrative field is filled.
const row: CaseRow = {
  id: "7d0f7a52-4f55-4c69-9a53-0c1b8f4f2e01",
  disputeCode: "330122260000027",
  commissionId: "94a616a1-bf48-4b0f-8730-35d9ff10a353",
  commissionRegion: "330122",
  caseNumber: "桐劳人仲案字〔2026〕第90号",
  status: "AWARDED",
  collective: false,
  receivedAt: new Date("2026-09-01T01:00:00.000Z"),
  failedMediationId: null,
  respondentName: "桐庐横村锦绣针织服饰有限公司",
  respondentCreditCode: "91330122MA2H3K7P50",
  respondentPartyId: "P-EMPLOYER",
  respondentAddress: "浙江省杭州市桐庐县横村镇横村大道268号",
  respondentLegalRep: "邵国良",
  evidence: [{ title: "考勤记录", description: "证明2026年7月至9月在厂出勤", submittedBy: "吴建军" }],
  acceptedAt: new Date("2026-09-02T01:00:00.000Z"),
  rejectedAt: null,
  rejectionReason: null,
  voidedAt: null,
  voidReason: null,
  voidExplanation: null,
  servedAt: new Date("2026-09-03T01:00:00.000Z"),
  answeredAt: null,
  tribunalKind: "SOLE",
  presidingArbitrator: "方建明",
  arbitrators: ["方建明"],
  tribunalNotifiedAt: new Date("2026-09-04T01:00:00.000Z"),
  hearingAt: new Date("2026-09-20T01:00:00.000Z"),
  hearingPlace: "第二仲裁庭",
  hearingNoticeAt: new Date("2026-09-10T01:00:00.000Z"),
  hearingHeldAt: new Date("2026-09-20T01:10:00.000Z"),
  applicantAppearance: "IN_PERSON",
  respondentAppearance: "ABSENT",
  hearingsHeld: 1,
  postponements: [
    {
      requestedBy: "被申请人",
      reason: "委托代理人住院治疗",
      at: "2026-09-12T01:00:00.000Z",
      previousHearingAt: "2026-09-16T01:00:00.000Z",
      newHearingAt: "2026-09-20T01:00:00.000Z",
    },
  ],
  awardExtensions: [
    { days: 10, approvedBy: "章国强", reason: "案情复杂，需调取社保缴费记录", at: "2026-10-10T01:00:00.000Z" },
  ],
  closedAt: new Date("2026-10-20T01:00:00.000Z"),
  closingDocumentNumber: "桐劳人仲裁字〔2026〕第90号",
  closingSummary: "被申请人支付申请人工资18000元",
  awardServedAt: new Date("2026-10-20T01:00:00.000Z"),
  awardFinal: true,
  version: 7,
  createdAt: new Date("2026-09-01T01:00:00.000Z"),
  updatedAt: new Date("2026-10-20T01:00:00.000Z"),
};
const scope = { department: "arbitration" as const, partyIds: ["P-EMPLOYER"] };
const commission = { name: "桐庐县劳动人事争议仲裁委员会" };

describe("an arbitration case as its readers see it", () => {
  it("gives the commission and the parties every narrative", () => {
    const full = toCase(row, commission, scope, "full");
    expect(full).toMatchObject({ commissionId: row.commissionId, commission: "桐庐县劳动人事争议仲裁委员会" });
    expect(full.closing?.summary).toBe("被申请人支付申请人工资18000元");
    expect(full.evidence).toEqual([
      { title: "考勤记录", description: "证明2026年7月至9月在厂出勤", submittedBy: "吴建军" },
    ]);
    expect(full.hearing?.postponements[0]).toMatchObject({ requestedBy: "被申请人", reason: "委托代理人住院治疗" });
    expect(full.awardExtensions[0]?.reason).toBe("案情复杂，需调取社保缴费记录");
    expect(full.respondent).toMatchObject({
      legalRepresentative: "邵国良",
      address: row.respondentAddress,
      partyId: "P-EMPLOYER",
      party: { id: "P-EMPLOYER" },
    });
  });

  it("gives other departments' staff the status and dates without narratives or names", () => {
    const summary = toCase(row, commission, scope, "summary");
    expect(summary).toMatchObject({ status: "AWARDED", acceptedAt: row.acceptedAt, version: 7, visibility: "summary" });
    expect(summary.closing).toMatchObject({ documentNumber: row.closingDocumentNumber, summary: null, final: true });
    expect(summary.evidence).toEqual([{ title: "考勤记录", description: null, submittedBy: null }]);
    expect(summary.hearing?.postponements[0]).toMatchObject({
      requestedBy: null,
      reason: null,
      newHearingAt: new Date("2026-09-20T01:00:00.000Z"),
    });
    expect(summary.awardExtensions[0]).toMatchObject({ days: 10, reason: null });
    // The credit code is public for organisations; the legal representative's name is not shown in full.
    expect(summary.respondent).toMatchObject({
      creditCode: "91330122MA2H3K7P50",
      legalRepresentative: "邵**",
      address: null,
    });
  });
});
