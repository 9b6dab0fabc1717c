import { describe, expect, it } from "vitest";
import { VOID_REASONS } from "@onedoor/shared/events/step-void";
import { VoidReason } from "../generated/prisma/enums.js";
import { checkAcceptanceVoid, checkCaseAction, checkFollowUpStep, type CaseFacts } from "./case-state.js";

const open: CaseFacts = {
  status: "ACCEPTED",
  activeMediators: 1,
  sessionsHeld: 0,
  clockPausable: false,
  clockPaused: false,
  deemedFailed: false,
};

describe("mediation case state machine", () => {
  it("starts mediation with the first session and stays there for later ones", () => {
    expect(checkCaseAction(open, "RECORD_SESSION")).toEqual({ ok: true, status: "IN_MEDIATION" });
    expect(checkCaseAction({ ...open, status: "IN_MEDIATION", sessionsHeld: 1 }, "RECORD_SESSION")).toEqual({
      ok: true,
      status: "IN_MEDIATION",
    });
  });

  it("needs a mediator before a session and a session before an agreement", () => {
    expect(checkCaseAction({ ...open, activeMediators: 0 }, "RECORD_SESSION")).toMatchObject({
      ok: false,
      reason: "NO_MEDIATOR",
      messageZh: "须先指派调解员，才能召开调解会",
    });
    expect(checkCaseAction(open, "REACH_AGREEMENT")).toMatchObject({ ok: false, reason: "NO_SESSION" });
    expect(checkCaseAction({ ...open, status: "IN_MEDIATION", sessionsHeld: 2 }, "REACH_AGREEMENT")).toEqual({
      ok: true,
      status: "AGREEMENT_REACHED",
    });
  });

  it("ends in exactly one outcome: agreement, failure or withdrawal", () => {
    const inMediation = { ...open, status: "IN_MEDIATION" as const, sessionsHeld: 1 };
    expect(checkCaseAction(inMediation, "FAIL")).toEqual({ ok: true, status: "FAILED" });
    expect(checkCaseAction(open, "WITHDRAW")).toEqual({ ok: true, status: "WITHDRAWN" });
    for (const status of ["AGREEMENT_REACHED", "FAILED", "WITHDRAWN"] as const) {
      for (const action of [
        "REACH_AGREEMENT",
        "RECORD_SESSION",
        "FAIL",
        "WITHDRAW",
        "ASSIGN_MEDIATOR",
        "RECUSE_MEDIATOR",
        "PICK_EXPERT",
      ] as const) {
        expect(checkCaseAction({ ...inMediation, status }, action)).toMatchObject({ ok: false, reason: "CASE_CLOSED" });
      }
    }
  });

  it("explains a refused step in Chinese", () => {
    expect(checkCaseAction({ ...open, status: "WITHDRAWN" }, "REACH_AGREEMENT")).toMatchObject({
      messageZh: "案件已撤回，不能达成调解协议",
    });
    expect(checkCaseAction({ ...open, status: "AGREEMENT_REACHED" }, "REACH_AGREEMENT")).toMatchObject({
      messageZh: "案件已达成协议，不能达成调解协议",
    });
  });

  it("pauses only medical clocks, once, and resumes only a paused one", () => {
    expect(checkCaseAction(open, "PAUSE_CLOCK")).toMatchObject({ ok: false, reason: "NOT_PAUSABLE" });
    const medical = { ...open, clockPausable: true };
    expect(checkCaseAction(medical, "PAUSE_CLOCK")).toEqual({ ok: true, status: "ACCEPTED" });
    expect(checkCaseAction({ ...medical, clockPaused: true }, "PAUSE_CLOCK")).toMatchObject({
      ok: false,
      reason: "ALREADY_PAUSED",
    });
    expect(checkCaseAction(medical, "RESUME_CLOCK")).toMatchObject({ ok: false, reason: "NOT_PAUSED" });
    expect(checkCaseAction({ ...medical, clockPaused: true }, "RECORD_SESSION")).toMatchObject({
      ok: false,
      reason: "CLOCK_PAUSED",
    });
  });

  it("refuses an agreement on a medical case deemed failed", () => {
    expect(
      checkCaseAction({ ...open, status: "IN_MEDIATION", sessionsHeld: 1, deemedFailed: true }, "REACH_AGREEMENT"),
    ).toMatchObject({ ok: false, reason: "DEEMED_FAILED" });
  });

  it("follows up only an agreement reached, until it is performed, and keeps the case's status", () => {
    const signedAt = new Date("2026-03-09T05:30:00Z");
    const later = new Date("2026-03-20T00:00:00Z");
    expect(checkFollowUpStep("AGREEMENT_REACHED", "DUE", signedAt, later)).toEqual({
      ok: true,
      status: "AGREEMENT_REACHED",
    });
    expect(checkFollowUpStep("AGREEMENT_REACHED", "PERFORMED", signedAt, later)).toMatchObject({
      ok: false,
      reason: "ALREADY_PERFORMED",
    });
    expect(checkFollowUpStep("IN_MEDIATION", "DUE", signedAt, later)).toMatchObject({
      ok: false,
      reason: "NO_AGREEMENT",
      messageZh: "案件调解中，不能记录回访结果",
    });
  });
});

describe("voiding an acceptance made in error (撤销受理)", () => {
  const acceptance = "0b7d4f3e-91a2-4c6b-8e5d-2f1a9c3b7e40";

  it("voids a case only accepted, into VOIDED", () => {
    expect(checkAcceptanceVoid("ACCEPTED", 0, acceptance)).toEqual({ ok: true, status: "VOIDED" });
  });

  it("refuses once anything else happened on the case, or once it moved on or ended", () => {
    expect(checkAcceptanceVoid("ACCEPTED", 1, acceptance)).toMatchObject({ ok: false, reason: "LATER_STEPS" });
    for (const status of ["IN_MEDIATION", "AGREEMENT_REACHED", "FAILED", "WITHDRAWN", "VOIDED"] as const)
      expect(checkAcceptanceVoid(status, 0, acceptance)).toMatchObject({ ok: false, reason: "NOT_VOIDABLE" });
  });

  it("takes no other step on a voided case", () => {
    expect(checkCaseAction({ ...open, status: "VOIDED" }, "ASSIGN_MEDIATOR")).toMatchObject({
      ok: false,
      reason: "CASE_CLOSED",
    });
  });

  it("stores the reasons the shared list declares", () => {
    expect(Object.values(VoidReason)).toEqual([...VOID_REASONS]);
  });
});
