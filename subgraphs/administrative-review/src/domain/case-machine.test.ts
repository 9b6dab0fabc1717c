import { describe, expect, it } from "vitest";
import { checkAcceptanceVoid, nextStatus, type MachineInputs } from "./case-machine.js";

const received: MachineInputs = { status: "RECEIVED", procedure: null, extensionDays: 0 };
const ordinary: MachineInputs = { status: "ACCEPTED", procedure: "ORDINARY", extensionDays: 0 };

describe("the administrative review state machine", () => {
  it("accepts or rejects a received application; a late one only with its proper reason", () => {
    expect(nextStatus(received, { kind: "accept", late: false, lateReason: null })).toEqual({
      ok: true,
      status: "ACCEPTED",
    });
    expect(nextStatus(received, { kind: "accept", late: true, lateReason: null })).toMatchObject({
      ok: false,
      reason: "APPLICATION_LATE",
    });
    expect(nextStatus(received, { kind: "accept", late: true, lateReason: "申请人住院治疗" })).toEqual({
      ok: true,
      status: "ACCEPTED",
    });
    expect(nextStatus(received, { kind: "reject" })).toEqual({ ok: true, status: "REJECTED" });
  });

  it("extends an ordinary review by 30 days at most in all, keeping its status; never a simplified one", () => {
    expect(nextStatus(ordinary, { kind: "extend", days: 30 })).toEqual({ ok: true, status: "ACCEPTED" });
    expect(nextStatus({ ...ordinary, extensionDays: 20 }, { kind: "extend", days: 11 })).toMatchObject({
      reason: "EXTENSION_TOO_LONG",
    });
    expect(nextStatus({ ...ordinary, procedure: "SIMPLIFIED" }, { kind: "extend", days: 5 })).toMatchObject({
      reason: "SIMPLIFIED_NOT_EXTENDABLE",
    });
  });

  it("decides or terminates an accepted review, and refuses any step after the end, in both languages", () => {
    expect(nextStatus(ordinary, { kind: "decide" })).toEqual({ ok: true, status: "DECIDED" });
    expect(nextStatus(received, { kind: "terminate" })).toEqual({ ok: true, status: "TERMINATED" });
    const refusal = nextStatus({ ...ordinary, status: "DECIDED" }, { kind: "decide" });
    expect(refusal).toMatchObject({ ok: false, reason: "NOT_ALLOWED_IN_STATUS" });
    expect(refusal.ok || refusal.messageZh).toContain("已作出复议决定");
  });
});

describe("voiding an acceptance recorded in error (撤销受理)", () => {
  const acceptance = "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f";

  it("voids a review only accepted, into VOIDED", () => {
    expect(checkAcceptanceVoid("ACCEPTED", 0, acceptance)).toEqual({ ok: true, status: "VOIDED" });
  });

  it("refuses once a later step stands, in any other status, or with no acceptance reported", () => {
    expect(checkAcceptanceVoid("ACCEPTED", 1, acceptance)).toMatchObject({ ok: false, reason: "LATER_STEPS" });
    for (const status of ["RECEIVED", "REJECTED", "DECIDED", "TERMINATED", "VOIDED"] as const)
      expect(checkAcceptanceVoid(status, 0, acceptance)).toMatchObject({ ok: false, reason: "NOT_VOIDABLE" });
    expect(checkAcceptanceVoid("ACCEPTED", 0, null)).toMatchObject({ ok: false, reason: "NOTHING_TO_VOID" });
  });

  it("takes no other step on a voided review", () => {
    for (const step of [{ kind: "decide" }, { kind: "terminate" }, { kind: "extend", days: 1 }] as const)
      expect(nextStatus({ ...ordinary, status: "VOIDED" }, step)).toMatchObject({
        ok: false,
        reason: "NOT_ALLOWED_IN_STATUS",
      });
  });
});
