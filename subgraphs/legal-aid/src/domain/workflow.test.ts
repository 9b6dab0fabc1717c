import { describe, expect, it } from "vitest";
import { HolidayCalendar } from "@onedoor/shared/clock/index";
import { VOID_REASONS } from "@onedoor/shared/events/step-void";
import { ClosureOutcome, LegalAidStatus, VoidReason } from "../generated/prisma/enums.js";
import {
  assessUrgency,
  assignStep,
  caseClocks,
  closeStep,
  clockStatuses,
  decideStep,
  isOverdue,
  logWorkStep,
  MAX_MATERIAL_REQUESTS,
  openMaterialRequest,
  requestMaterialsStep,
  reviewStep,
  startProvisionalAidStep,
  supplyMaterialsStep,
  transition,
  voidApplicationStep,
  type CaseClockFacts,
} from "./workflow.js";

// No holidays, so day counts are plain arithmetic in these tests.
const NO_HOLIDAYS = new HolidayCalendar({
  version: "test",
  effectiveFrom: "2026-01-01",
  holidays: [],
  makeUpWorkdays: [],
});
const at = (iso: string) => new Date(`${iso}+08:00`);

describe("legal aid state machine", () => {
  it("follows the ordinary path: submitted → granted → closed → reviewed", () => {
    expect(transition(LegalAidStatus.SUBMITTED, "GRANT")).toEqual({ ok: true, status: LegalAidStatus.GRANTED });
    expect(transition(LegalAidStatus.GRANTED, "ASSIGN")).toEqual({ ok: true, status: LegalAidStatus.GRANTED });
    expect(transition(LegalAidStatus.GRANTED, "LOG_WORK")).toEqual({ ok: true, status: LegalAidStatus.GRANTED });
    expect(transition(LegalAidStatus.GRANTED, "CLOSE")).toEqual({ ok: true, status: LegalAidStatus.CLOSED });
    expect(transition(LegalAidStatus.CLOSED, "REVIEW")).toEqual({ ok: true, status: LegalAidStatus.CLOSED });
  });

  it("pauses for material and resumes when it is supplied; no decision while waiting", () => {
    expect(transition(LegalAidStatus.SUBMITTED, "REQUEST_MATERIALS")).toEqual({
      ok: true,
      status: LegalAidStatus.MATERIALS_REQUESTED,
    });
    expect(transition(LegalAidStatus.MATERIALS_REQUESTED, "GRANT").ok).toBe(false);
    expect(transition(LegalAidStatus.MATERIALS_REQUESTED, "SUPPLY_MATERIALS")).toEqual({
      ok: true,
      status: LegalAidStatus.SUBMITTED,
    });
  });

  it("lets provisional aid be assigned and worked before the decision, then granted or refused", () => {
    expect(transition(LegalAidStatus.SUBMITTED, "START_PROVISIONAL_AID")).toEqual({
      ok: true,
      status: LegalAidStatus.PROVISIONAL_AID,
    });
    expect(transition(LegalAidStatus.PROVISIONAL_AID, "ASSIGN").ok).toBe(true);
    expect(transition(LegalAidStatus.PROVISIONAL_AID, "LOG_WORK").ok).toBe(true);
    expect(transition(LegalAidStatus.PROVISIONAL_AID, "REFUSE")).toEqual({ ok: true, status: LegalAidStatus.REFUSED });
    expect(transition(LegalAidStatus.PROVISIONAL_AID, "CLOSE").ok).toBe(false);
  });

  it("rejects actions out of order with a Chinese message", () => {
    const refusedAssign = transition(LegalAidStatus.REFUSED, "ASSIGN");
    expect(refusedAssign).toMatchObject({
      ok: false,
      reason: "NOT_ALLOWED_IN_STATUS",
      messageZh: "案件当前状态为“不予法律援助”，不能指派承办人员",
    });
    expect(transition(LegalAidStatus.SUBMITTED, "CLOSE").ok).toBe(false);
    expect(transition(LegalAidStatus.GRANTED, "REVIEW").ok).toBe(false);
    expect(transition(LegalAidStatus.CLOSED, "CLOSE").ok).toBe(false);
  });
});

describe("legal aid steps: the status, then the step's own rule", () => {
  const kase = (status: LegalAidStatus, more: { assigneeId?: string; reviewedAt?: Date } = {}) => ({
    status,
    assigneeId: more.assigneeId ?? null,
    reviewedAt: more.reviewedAt ?? null,
  });
  const open = [{ requestedAt: new Date("2026-11-04T02:00:00Z"), items: "收入证明" }];
  const supplied = [{ ...open[0]!, suppliedAt: new Date("2026-11-05T02:00:00Z") }];
  const reasonOf = (t: { ok: boolean; reason?: string }) => (t.ok ? "OK" : t.reason);

  it("keeps one material request open at a time, and supplies only an open one", () => {
    expect(reasonOf(requestMaterialsStep(kase(LegalAidStatus.PROVISIONAL_AID), open))).toBe(
      "MATERIALS_ALREADY_REQUESTED",
    );
    expect(requestMaterialsStep(kase(LegalAidStatus.SUBMITTED), supplied)).toEqual({
      ok: true,
      status: LegalAidStatus.MATERIALS_REQUESTED,
    });
    expect(reasonOf(supplyMaterialsStep(kase(LegalAidStatus.PROVISIONAL_AID), supplied))).toBe(
      "NO_OPEN_MATERIAL_REQUEST",
    );
    expect(supplyMaterialsStep(kase(LegalAidStatus.MATERIALS_REQUESTED), open)).toEqual({
      ok: true,
      status: LegalAidStatus.SUBMITTED,
    });
    // A few rounds at most: the list of requests stays one case's own, and the clock cannot stop for ever.
    const rounds = (n: number) => Array.from({ length: n }, () => supplied[0]!);
    expect(requestMaterialsStep(kase(LegalAidStatus.SUBMITTED), rounds(MAX_MATERIAL_REQUESTS - 1)).ok).toBe(true);
    expect(requestMaterialsStep(kase(LegalAidStatus.SUBMITTED), rounds(MAX_MATERIAL_REQUESTS))).toMatchObject({
      ok: false,
      reason: "TOO_MANY_MATERIAL_REQUESTS",
      messageZh: `同一申请最多通知补充材料 ${MAX_MATERIAL_REQUESTS} 次，请依已提交材料作出决定`,
    });
    expect(reasonOf(supplyMaterialsStep(kase(LegalAidStatus.GRANTED), open))).toBe("NOT_ALLOWED_IN_STATUS");
  });

  it("decides only with the material in, and starts provisional aid only when the deadline is near", () => {
    expect(reasonOf(decideStep(kase(LegalAidStatus.PROVISIONAL_AID), open, true))).toBe("MATERIALS_OUTSTANDING");
    expect(decideStep(kase(LegalAidStatus.SUBMITTED), supplied, false)).toEqual({
      ok: true,
      status: LegalAidStatus.REFUSED,
    });
    const now = new Date("2026-11-20T02:00:00Z");
    const far = assessUrgency(new Date("2026-12-20T02:00:00Z"), now);
    expect(reasonOf(startProvisionalAidStep(kase(LegalAidStatus.SUBMITTED), far))).toBe("DEADLINE_NOT_URGENT");
    const near = assessUrgency(new Date("2026-11-22T02:00:00Z"), now);
    expect(startProvisionalAidStep(kase(LegalAidStatus.SUBMITTED), near).ok).toBe(true);
  });

  it("assigns once, records work and closes with a result only once assigned, reviews once", () => {
    const assigned = { assigneeId: "a" };
    expect(reasonOf(assignStep(kase(LegalAidStatus.GRANTED, assigned)))).toBe("ALREADY_ASSIGNED");
    expect(reasonOf(logWorkStep(kase(LegalAidStatus.GRANTED)))).toBe("NOT_ASSIGNED");
    expect(logWorkStep(kase(LegalAidStatus.GRANTED, assigned))).toEqual({ ok: true, status: LegalAidStatus.GRANTED });
    expect(reasonOf(closeStep(kase(LegalAidStatus.GRANTED), ClosureOutcome.MEDIATED))).toBe("NOT_ASSIGNED");
    expect(closeStep(kase(LegalAidStatus.GRANTED), ClosureOutcome.WITHDRAWN).ok).toBe(true);
    expect(reasonOf(reviewStep(kase(LegalAidStatus.CLOSED, { reviewedAt: new Date() })))).toBe("ALREADY_REVIEWED");
    expect(reasonOf(reviewStep(kase(LegalAidStatus.GRANTED)))).toBe("NOT_ALLOWED_IN_STATUS");
  });
});

describe("urgent rule (先行提供法律援助, art. 44)", () => {
  const now = at("2026-11-20T10:00:00");
  it("starts aid at once when an arbitration deadline is 5 days away", () => {
    const urgency = assessUrgency(at("2026-11-25T17:00:00"), now);
    expect(urgency).toMatchObject({ urgent: true, daysLeft: 5 });
    expect(urgency.noteZh).toContain("第四十四条");
  });
  it("is urgent at 6 days and not at 7 (fewer than seven days)", () => {
    expect(assessUrgency(at("2026-11-26T23:00:00"), now).urgent).toBe(true);
    expect(assessUrgency(at("2026-11-27T00:30:00"), now).urgent).toBe(false);
  });
  it("treats a deadline already passed as urgent", () => {
    expect(assessUrgency(at("2026-11-19T10:00:00"), now)).toMatchObject({ urgent: true, daysLeft: -1 });
  });
});

describe("legal aid clocks (art. 43)", () => {
  const facts: CaseClockFacts = { appliedAt: at("2026-11-02T09:00:00"), materialRequests: [], granted: false };

  it("gives 7 days to decide from the application", () => {
    const [decision] = clockStatuses(facts, at("2026-11-05T09:00:00"), NO_HOLIDAYS);
    expect(decision!.clock.spec.kind).toBe("legalAidDecision");
    expect(decision!.status.deadlineDate).toBe("2026-11-09");
    expect(decision!.status.state).toBe("RUNNING");
    expect(isOverdue(facts, at("2026-11-09T23:00:00"), NO_HOLIDAYS)).toBe(false);
    expect(isOverdue(facts, at("2026-11-10T08:00:00"), NO_HOLIDAYS)).toBe(true);
  });

  it("stops counting while material is requested and resumes when it is supplied", () => {
    const paused: CaseClockFacts = {
      ...facts,
      materialRequests: [
        { requestedAt: at("2026-11-04T10:00:00"), suppliedAt: at("2026-11-08T15:00:00"), items: "劳动关系证明" },
      ],
    };
    const [decision] = clockStatuses(paused, at("2026-11-10T09:00:00"), NO_HOLIDAYS);
    expect(decision!.status.pausedDays).toBe(4);
    expect(decision!.status.deadlineDate).toBe("2026-11-13");
    const open = { ...paused, materialRequests: [{ requestedAt: at("2026-11-04T10:00:00"), items: "收入证明" }] };
    expect(clockStatuses(open, at("2026-11-20T09:00:00"), NO_HOLIDAYS)[0]!.status.state).toBe("PAUSED");
    expect(isOverdue(open, at("2026-11-20T09:00:00"), NO_HOLIDAYS)).toBe(false);
    expect(openMaterialRequest(open.materialRequests)?.items).toBe("收入证明");
    expect(openMaterialRequest(paused.materialRequests)).toBeUndefined();
  });

  it("starts the 3-day assignment clock at the grant and stops it at the assignment", () => {
    const granted: CaseClockFacts = { ...facts, granted: true, decidedAt: at("2026-11-06T11:00:00") };
    const clocks = clockStatuses(granted, at("2026-11-07T09:00:00"), NO_HOLIDAYS);
    expect(clocks.map((c) => c.clock.spec.kind)).toEqual(["legalAidDecision", "legalAidAssignment"]);
    expect(clocks[0]!.status).toMatchObject({ state: "STOPPED", onTime: true });
    expect(clocks[1]!.status.deadlineDate).toBe("2026-11-09");
    expect(isOverdue(granted, at("2026-11-10T09:00:00"), NO_HOLIDAYS)).toBe(true);
    const assigned = { ...granted, assignedAt: at("2026-11-08T16:00:00") };
    expect(clockStatuses(assigned, at("2026-11-20T09:00:00"), NO_HOLIDAYS)[1]!.status).toMatchObject({
      state: "STOPPED",
      onTime: true,
    });
  });

  it("has no assignment clock for a refusal, and starts it with provisional aid before any decision", () => {
    expect(caseClocks({ ...facts, decidedAt: at("2026-11-06T11:00:00") })).toHaveLength(1);
    const provisional = caseClocks({ ...facts, provisionalAidStartedAt: at("2026-11-02T09:30:00") });
    expect(provisional[1]!.record.startedAt).toEqual(at("2026-11-02T09:30:00"));
  });

  it("moves a deadline falling on a holiday to the next working day", () => {
    const withHoliday = new HolidayCalendar({
      version: "test-h",
      effectiveFrom: "2026-01-01",
      holidays: ["2026-11-09"],
      makeUpWorkdays: [],
    });
    expect(clockStatuses(facts, at("2026-11-05T09:00:00"), withHoliday)[0]!.status.deadlineDate).toBe("2026-11-10");
  });
});

describe("voiding an application received in error (撤销受理)", () => {
  const applied = "4c2a9e61-7d3b-4f08-9b15-6e0d2a8c3f57";

  it("voids an application only received, on a dispute or on none, into VOIDED", () => {
    expect(voidApplicationStep(LegalAidStatus.SUBMITTED, 0, applied, true)).toEqual({ ok: true, status: "VOIDED" });
    expect(voidApplicationStep(LegalAidStatus.SUBMITTED, 0, null, false)).toEqual({ ok: true, status: "VOIDED" });
    expect(voidApplicationStep(LegalAidStatus.SUBMITTED, 0, null, true)).toMatchObject({ reason: "NOTHING_TO_VOID" });
  });

  it("refuses once anything else happened, or once it was decided, and takes no step once voided", () => {
    expect(voidApplicationStep(LegalAidStatus.SUBMITTED, 1, applied, true)).toMatchObject({ reason: "LATER_STEPS" });
    for (const status of [LegalAidStatus.PROVISIONAL_AID, LegalAidStatus.GRANTED, LegalAidStatus.VOIDED])
      expect(voidApplicationStep(status, 0, applied, true)).toMatchObject({ ok: false, reason: "NOT_VOIDABLE" });
    expect(transition(LegalAidStatus.VOIDED, "GRANT")).toMatchObject({ ok: false });
  });

  it("stops the decision clock at the void", () => {
    const [decision] = caseClocks({
      appliedAt: at("2026-03-02T09:00:00"),
      materialRequests: [],
      granted: false,
      voidedAt: at("2026-03-03T09:00:00"),
    });
    expect(decision!.record.stoppedAt).toEqual(at("2026-03-03T09:00:00"));
  });

  it("stores the reasons the shared list declares", () => {
    expect(Object.values(VoidReason)).toEqual([...VOID_REASONS]);
  });
});
