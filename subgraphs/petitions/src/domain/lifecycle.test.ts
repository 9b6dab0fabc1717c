import { describe, expect, it } from "vitest";
import {
  closeStep,
  consultationStep,
  contactStep,
  dispatchStep,
  evaluationStep,
  followUpStep,
  mergeStep,
  MAX_CONSULTATIONS,
  MAX_DISPATCHES,
  MAX_FOLLOW_UPS,
  runCount,
  statusAfterDepartmentStep,
  statusAfterDepartmentVoid,
  visitStep,
  type DisputeStep,
  type LifecycleFacts,
} from "./lifecycle.js";

/** The status a step leads to, or why it is refused. */
const outcome = (step: DisputeStep) => (step.ok ? step.status : step.reason);

const registeredAt = new Date("2026-03-09T01:20:00Z"); // 09:20 China time
const open: LifecycleFacts = {
  status: "REGISTERED",
  major: false,
  consultations: 0,
  dispatches: 0,
  followUps: 0,
  registeredAt,
  evaluatedAt: null,
};

describe("dispute lifecycle", () => {
  it("dispatches a major dispute only after a joint consultation", () => {
    expect(outcome(dispatchStep(open))).toBe("DISPATCHED");
    expect(outcome(dispatchStep({ ...open, major: true }))).toBe("CONSULTATION_REQUIRED");
    expect(outcome(dispatchStep({ ...open, major: true, consultations: 1 }))).toBe("DISPATCHED");
    expect(outcome(dispatchStep({ ...open, status: "CLOSED" }))).toBe("NOT_OPEN");
  });

  it("keeps a dispute's own lists to a handful: dispatches, consultations and follow-ups are capped", () => {
    const busy = { ...open, status: "IN_PROGRESS" as const };
    expect(outcome(dispatchStep({ ...busy, dispatches: MAX_DISPATCHES - 1 }))).toBe("DISPATCHED");
    expect(dispatchStep({ ...busy, dispatches: MAX_DISPATCHES })).toMatchObject({
      ok: false,
      reason: "TOO_MANY_DISPATCHES",
      messageZh: `同一纠纷最多派单 ${MAX_DISPATCHES} 次，请改用移交`,
    });
    expect(outcome(consultationStep({ ...busy, consultations: MAX_CONSULTATIONS - 1 }))).toBe("IN_PROGRESS");
    expect(outcome(consultationStep({ ...busy, consultations: MAX_CONSULTATIONS }))).toBe("TOO_MANY_CONSULTATIONS");
    const closed = { ...open, status: "CLOSED" as const };
    expect(outcome(followUpStep({ ...closed, followUps: MAX_FOLLOW_UPS - 1 }))).toBe("CLOSED");
    expect(outcome(followUpStep({ ...closed, followUps: MAX_FOLLOW_UPS }))).toBe("TOO_MANY_FOLLOW_UPS");
  });

  it("closes on the spot only before dispatch and on the day of intake (China time)", () => {
    expect(outcome(closeStep(open, true, new Date("2026-03-09T15:59:00Z")))).toBe("CLOSED");
    expect(outcome(closeStep(open, true, new Date("2026-03-09T16:00:00Z")))).toBe("NOT_SAME_DAY");
    expect(outcome(closeStep({ ...open, status: "DISPATCHED" }, true, registeredAt))).toBe("ALREADY_DISPATCHED");
    expect(outcome(closeStep({ ...open, status: "DISPATCHED" }, false, new Date("2026-04-01T00:00:00Z")))).toBe(
      "CLOSED",
    );
    expect(outcome(closeStep({ ...open, status: "CLOSED" }, false, registeredAt))).toBe("NOT_OPEN");
  });

  it("takes the satisfaction evaluation after closure, once", () => {
    expect(outcome(evaluationStep(open))).toBe("NOT_CLOSED");
    expect(outcome(evaluationStep({ ...open, status: "CLOSED" }))).toBe("CLOSED");
    expect(outcome(evaluationStep({ ...open, status: "CLOSED", evaluatedAt: new Date() }))).toBe("ALREADY_EVALUATED");
  });

  it("follows up after closure and records visits until merged", () => {
    expect(outcome(followUpStep(open))).toBe("NOT_CLOSED");
    expect(outcome(followUpStep({ ...open, status: "CLOSED" }))).toBe("CLOSED");
    expect(outcome(visitStep({ ...open, status: "CLOSED" }))).toBe("CLOSED");
    expect(outcome(visitStep({ ...open, status: "MERGED" }))).toBe("MERGED");
  });

  it("merges open disputes into a main one, never into itself or a merged one", () => {
    const a = { ...open, code: "A" };
    const b = { ...open, code: "B" };
    expect(outcome(mergeStep(a, b))).toBe("MERGED");
    expect(outcome(mergeStep(a, a))).toBe("SAME_DISPUTE");
    expect(outcome(mergeStep(a, { ...b, status: "MERGED" }))).toBe("TARGET_MERGED");
    expect(outcome(mergeStep({ ...a, status: "CLOSED" }, b))).toBe("NOT_OPEN");
  });

  it("counts runs as distinct China-time days with a visit", () => {
    expect(runCount([])).toBe(0);
    const sameDay = [new Date("2026-03-09T01:20:00Z"), new Date("2026-03-09T09:00:00Z")].map((visitedAt) => ({
      visitedAt,
    }));
    expect(runCount(sameDay)).toBe(1);
    // 16:30 UTC is already the next day in China.
    expect(runCount([...sameDay, { visitedAt: new Date("2026-03-09T16:30:00Z") }])).toBe(2);
  });
});

describe("statusAfterDepartmentStep", () => {
  it("moves a dispatched dispute to in progress and leaves every other status alone", () => {
    expect(statusAfterDepartmentStep("DISPATCHED")).toBe("IN_PROGRESS");
    for (const status of ["REGISTERED", "IN_PROGRESS", "CLOSED", "MERGED"] as const)
      expect(statusAfterDepartmentStep(status)).toBe(status);
  });
});

describe("statusAfterDepartmentVoid (更正)", () => {
  it("returns a dispute in progress to dispatched when no department step of it stands any more", () => {
    expect(statusAfterDepartmentVoid("IN_PROGRESS", 0)).toBe("DISPATCHED");
    expect(statusAfterDepartmentVoid("IN_PROGRESS", 1)).toBe("IN_PROGRESS");
    for (const status of ["REGISTERED", "DISPATCHED", "CLOSED", "MERGED"] as const)
      expect(statusAfterDepartmentVoid(status, 0)).toBe(status);
  });
});

describe("contactStep (联系当事人)", () => {
  const calledAt = new Date("2026-03-09T00:50:00Z");
  const dispute = { status: "DISPATCHED" as const, registeredAt, hotlineCalledAt: calledAt };

  it("takes a contact on an open matter, from the hotline call on (or registration without one)", () => {
    expect(outcome(contactStep(dispute, new Date("2026-03-09T01:00:00Z")))).toBe("DISPATCHED");
    expect(outcome(contactStep(dispute, new Date("2026-03-09T00:40:00Z")))).toBe("BEFORE_START");
    expect(outcome(contactStep({ ...dispute, hotlineCalledAt: null }, new Date("2026-03-09T01:00:00Z")))).toBe(
      "BEFORE_START",
    );
  });

  it("sends a call after closure to the follow-ups, and one on a merged matter to the main one", () => {
    const at = new Date("2026-03-10T01:00:00Z");
    expect(outcome(contactStep({ ...dispute, status: "CLOSED" }, at))).toBe("NOT_OPEN");
    expect(outcome(contactStep({ ...dispute, status: "MERGED" }, at))).toBe("MERGED");
  });
});
