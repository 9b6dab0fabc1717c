import { describe, expect, it } from "vitest";
import { applicationReceived, stepEvents } from "./case-events.js";
import { fenOf, yuanOf } from "./money.js";

const facts = { commissionName: "桐庐县劳动人事争议仲裁委员会", caseNumber: "桐劳人仲案字〔2026〕第87号" };

describe("case events reported to the registry", () => {
  it("writes amounts as yuan strings", () => {
    expect(yuanOf(12_600_000n)).toBe("126000.00");
    expect(yuanOf(5n)).toBe("0.05");
    expect(fenOf("999999999999.99")).toBe(99_999_999_999_999n);
    expect(yuanOf(0n)).toBe("0.00");
  });

  it("reports a collective application with its claimed total", () => {
    expect(applicationReceived({ ...facts, collective: true, applicantCount: 12, claimedFen: 12_600_000n })).toEqual({
      type: "ARBITRATION_APPLICATION_RECEIVED",
      summary: "桐庐县劳动人事争议仲裁委员会收到集体劳动争议仲裁申请（桐劳人仲案字〔2026〕第87号）",
      data: {
        status: "RECEIVED",
        caseNumber: facts.caseNumber,
        collective: true,
        applicantCount: 12,
        claimedAmount: "126000.00",
        nextStep: "ACCEPTANCE_DECISION",
      },
    });
  });

  it("names no person: arbitrators, requesters and reasons stay out of the timeline", () => {
    const at = new Date("2026-11-20T02:00:00Z");
    const events = [
      ...stepEvents({ type: "REJECT", at, reason: "申请人王小明已就同一事项起诉" }, facts),
      ...stepEvents(
        { type: "COMPOSE_TRIBUNAL", at, kind: "PANEL", arbitrators: ["李建华", "陈国平", "周丽"], presiding: "李建华" },
        facts,
      ),
      ...stepEvents(
        {
          type: "POSTPONE_HEARING",
          at,
          newHearingAt: new Date("2026-12-10T01:30:00Z"),
          requestedBy: "邵国良",
          reason: "住院治疗",
        },
        facts,
      ),
      ...stepEvents({ type: "EXTEND_AWARD", at, days: 15, approvedBy: "钱主任", reason: "案情复杂" }, facts),
    ];
    expect(events.map((e) => e.type)).toEqual([
      "ARBITRATION_REJECTED",
      "ARBITRATION_TRIBUNAL_COMPOSED",
      "ARBITRATION_HEARING_POSTPONED",
      "ARBITRATION_AWARD_PERIOD_EXTENDED",
    ]);
    const text = JSON.stringify(events);
    for (const name of ["王小明", "李建华", "陈国平", "周丽", "邵国良", "钱主任", "住院"])
      expect(text).not.toContain(name);
    expect(events[0]!.data).toMatchObject({ status: "REJECTED", nextStep: "LITIGATION" });
    expect(events[2]!.summary).toBe("经当事人申请，仲裁庭决定延期开庭，改于2026-12-10 09:30开庭");
  });

  it("reports a hearing held with each side's appearance, and the attendance only when a side came in person", () => {
    const at = new Date("2026-11-25T02:00:00Z");
    const place = "桐庐县社会治理综合服务中心第一仲裁庭";
    const hearing = (applicantAppearance: "IN_PERSON" | "ONLINE", respondentAppearance: "ONLINE" | "ABSENT") =>
      stepEvents(
        { type: "HOLD_HEARING", at, applicantAppearance, respondentAppearance },
        { ...facts, hearingPlace: place },
      );
    expect(hearing("IN_PERSON", "ABSENT")).toEqual([
      {
        type: "ARBITRATION_HEARING_HELD",
        summary: "仲裁庭开庭审理（申请人到庭，被申请人缺席）",
        data: {
          caseNumber: facts.caseNumber,
          applicantAppearance: "IN_PERSON",
          respondentAppearance: "ABSENT",
          attendance: { at: at.toISOString(), place, inPerson: true },
        },
      },
    ]);
    const online = hearing("ONLINE", "ONLINE")[0]!;
    expect(online.summary).toBe("仲裁庭开庭审理（申请人线上参加，被申请人线上参加）");
    expect(online.data).not.toHaveProperty("attendance");
  });

  it("reports an award handed over on issue as issued and served, with finality and the amount awarded", () => {
    const events = stepEvents(
      { type: "ISSUE_AWARD", at: new Date("2026-12-20T02:00:00Z"), final: true, servedOnIssue: true },
      { ...facts, documentNumber: "桐劳人仲裁字〔2026〕第87号", awardedFen: 12_600_000n },
    );
    expect(events).toEqual([
      {
        type: "ARBITRATION_AWARD_ISSUED",
        summary: "仲裁庭作出裁决（一裁终局）",
        data: {
          status: "AWARDED",
          caseNumber: facts.caseNumber,
          final: true,
          documentNumber: "桐劳人仲裁字〔2026〕第87号",
          awardedAmount: "126000.00",
        },
      },
      {
        type: "ARBITRATION_AWARD_SERVED",
        summary: "仲裁裁决书已送达双方当事人，劳动者不服的可以自收到之日起十五日内向人民法院起诉",
        data: { caseNumber: facts.caseNumber, final: true },
      },
    ]);
    const later = stepEvents(
      { type: "ISSUE_AWARD", at: new Date("2026-12-20T02:00:00Z"), final: false, servedOnIssue: false },
      facts,
    );
    expect(later.map((e) => e.type)).toEqual(["ARBITRATION_AWARD_ISSUED"]);
    expect(later[0]!.summary).toBe("仲裁庭作出裁决（非终局裁决）");
    expect(
      stepEvents({ type: "SERVE_AWARD", at: new Date("2026-12-22T02:00:00Z") }, { ...facts, awardFinal: false }),
    ).toEqual([
      {
        type: "ARBITRATION_AWARD_SERVED",
        summary: "仲裁裁决书已送达双方当事人，当事人不服的可以自收到之日起十五日内向人民法院起诉",
        data: { caseNumber: facts.caseNumber, final: false },
      },
    ]);
  });
});

describe("the correction of an acceptance recorded in error (更正)", () => {
  it("names the voided acceptance, the commission and the reason in a word, never the explanation", () => {
    const acceptanceEventId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    expect(
      stepEvents({ type: "VOID_ACCEPTANCE", at: new Date(), acceptanceEventId, reason: "DUPLICATE" }, facts),
    ).toEqual([
      {
        type: "STEP_VOIDED",
        summary: "更正：桐庐县劳动人事争议仲裁委员会撤销此前的受理登记（重复登记）",
        data: {
          voidedEventId: acceptanceEventId,
          voidedType: "ARBITRATION_ACCEPTED",
          reason: "DUPLICATE",
          body: "桐庐县劳动人事争议仲裁委员会",
        },
      },
    ]);
  });
});
