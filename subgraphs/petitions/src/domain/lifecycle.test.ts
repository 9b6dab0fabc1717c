import { describe, expect, it } from "vitest";
import {
  canClose,
  canDispatch,
  canEvaluate,
  canFollowUp,
  canMerge,
  canRecordVisit,
  runCount,
  statusAfterDepartmentStep,
  type LifecycleFacts,
} from "./lifecycle.js";

const registeredAt = new Date("2026-03-09T01:20:00Z"); // 09:20 China time
const open: LifecycleFacts = { status: "REGISTERED", major: false, consultations: 0, registeredAt, evaluatedAt: null };

describe("dispute lifecycle", () => {
  it("dispatches a major dispute only after a joint consultation", () => {
    expect(canDispatch(open)).toBeUndefined();
    expect(canDispatch({ ...open, major: true })?.code).toBe("CONSULTATION_REQUIRED");
    expect(canDispatch({ ...open, major: true, consultations: 1 })).toBeUndefined();
    expect(canDispatch({ ...open, status: "CLOSED" })?.code).toBe("NOT_OPEN");
  });

  it("closes on the spot only before dispatch and on the day of intake (China time)", () => {
    expect(canClose(open, true, new Date("2026-03-09T15:59:00Z"))).toBeUndefined();
    expect(canClose(open, true, new Date("2026-03-09T16:00:00Z"))?.code).toBe("NOT_SAME_DAY");
    expect(canClose({ ...open, status: "DISPATCHED" }, true, registeredAt)?.code).toBe("ALREADY_DISPATCHED");
    expect(canClose({ ...open, status: "DISPATCHED" }, false, new Date("2026-04-01T00:00:00Z"))).toBeUndefined();
    expect(canClose({ ...open, status: "CLOSED" }, false, registeredAt)?.code).toBe("NOT_OPEN");
  });

  it("takes the satisfaction evaluation after closure, once", () => {
    expect(canEvaluate(open)?.code).toBe("NOT_CLOSED");
    expect(canEvaluate({ ...open, status: "CLOSED" })).toBeUndefined();
    expect(canEvaluate({ ...open, status: "CLOSED", evaluatedAt: new Date() })?.code).toBe("ALREADY_EVALUATED");
  });

  it("follows up after closure and records visits until merged", () => {
    expect(canFollowUp(open)?.code).toBe("NOT_CLOSED");
    expect(canFollowUp({ ...open, status: "CLOSED" })).toBeUndefined();
    expect(canRecordVisit({ ...open, status: "CLOSED" })).toBeUndefined();
    expect(canRecordVisit({ ...open, status: "MERGED" })?.code).toBe("MERGED");
  });

  it("merges open disputes into a main one, never into itself or a merged one", () => {
    const a = { ...open, code: "A" };
    const b = { ...open, code: "B" };
    expect(canMerge(a, b)).toBeUndefined();
    expect(canMerge(a, a)?.code).toBe("SAME_DISPUTE");
    expect(canMerge(a, { ...b, status: "MERGED" })?.code).toBe("TARGET_MERGED");
    expect(canMerge({ ...a, status: "CLOSED" }, b)?.code).toBe("NOT_OPEN");
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
