import { describe, expect, it } from "vitest";
import type { CaseEvent } from "@onedoor/shared/events/case-event";
import { STATUTORY_CLOCKS } from "@onedoor/shared/clock/index";
import { reportClock } from "@onedoor/shared/events/reported-clock";
import { relayedFact } from "./fact-relay.js";

const event = (over: Partial<CaseEvent>): CaseEvent => ({
  id: "e1",
  source: "mediation",
  sequence: 1,
  disputeCode: "330903260000011",
  type: "MEDIATION_AGREEMENT_REACHED",
  occurredAt: "2026-07-02T03:00:00.000Z",
  summary: "经调解，当事人达成调解协议",
  recordId: "6f1c2a3e-0d4b-4c8e-9a51-3b7e2d9f0c45",
  ...over,
});

describe("facts the registry relays between departments", () => {
  it("tells the court of an agreement reached, as of its signing", () => {
    expect(relayedFact(event({}))).toEqual({
      to: "LITIGATION",
      kind: "AGREEMENT_REACHED",
      recordId: "6f1c2a3e-0d4b-4c8e-9a51-3b7e2d9f0c45",
      at: new Date("2026-07-02T03:00:00.000Z"),
    });
  });

  it("tells the committee of an application for confirmation of its agreement", () => {
    const applied = event({
      source: "litigation",
      type: "JUDICIAL_CONFIRMATION_APPLIED",
      recordId: "court-case-1",
      occurredAt: "2026-07-06T02:00:00.000Z",
      data: { online: true, agreementId: "6f1c2a3e-0d4b-4c8e-9a51-3b7e2d9f0c45" },
    });
    expect(relayedFact(applied)).toMatchObject({ to: "MEDIATION", kind: "CONFIRMATION_APPLIED" });
    expect(relayedFact(applied)?.recordId).toBe("6f1c2a3e-0d4b-4c8e-9a51-3b7e2d9f0c45");
  });

  it("tells each side of the agreement's performance the other recorded, and nothing short of performance", () => {
    const agreementId = "6f1c2a3e-0d4b-4c8e-9a51-3b7e2d9f0c45";
    const byCommittee = event({
      type: "AGREEMENT_PERFORMANCE_RECORDED",
      recordId: agreementId,
      data: { performance: "PERFORMED" },
    });
    expect(relayedFact(byCommittee)).toMatchObject({
      to: "LITIGATION",
      kind: "AGREEMENT_PERFORMED",
      recordId: agreementId,
    });
    expect(relayedFact({ ...byCommittee, data: { performance: "PARTLY_PERFORMED" } })).toBeUndefined();
    const byCourt = event({
      source: "litigation",
      type: "PERFORMANCE_RECORDED",
      recordId: "court-case-1",
      data: { performance: "PERFORMED", agreementId },
    });
    expect(relayedFact(byCourt)).toMatchObject({ to: "MEDIATION", kind: "AGREEMENT_PERFORMED", recordId: agreementId });
    // A judgment performed names no agreement.
    expect(relayedFact({ ...byCourt, data: { performance: "PERFORMED" } })).toBeUndefined();
  });

  it("relays nothing else, nor a fact that names no record, nor one claimed by the wrong department", () => {
    expect(relayedFact(event({ type: "MEDIATION_FAILED" }))).toBeUndefined();
    expect(relayedFact(event({ recordId: undefined }))).toBeUndefined();
    expect(relayedFact(event({ source: "arbitration" }))).toBeUndefined();
    expect(
      relayedFact(event({ source: "litigation", type: "JUDICIAL_CONFIRMATION_APPLIED", data: {} })),
    ).toBeUndefined();
  });

  it("tells the committee of the court's extended pre-filing clock, naming the court's case", () => {
    const clock = reportClock("court-case-9", STATUTORY_CLOCKS.clocks.preFilingMediation, {
      startedAt: new Date("2026-07-01T02:00:00.000Z"),
      pauses: [],
      extensions: [{ days: 15, approvedBy: "法院", reason: "双方同意", at: new Date("2026-07-20T02:00:00.000Z") }],
    });
    const extended = event({
      source: "litigation",
      type: "PRE_FILING_MEDIATION_EXTENDED",
      recordId: "court-case-9",
      occurredAt: "2026-07-20T02:00:00.000Z",
      clocks: [clock],
    });
    expect(relayedFact(extended)).toEqual({
      to: "MEDIATION",
      kind: "COURT_CLOCK_CHANGED",
      recordId: "court-case-9",
      at: new Date("2026-07-20T02:00:00.000Z"),
      clock,
    });
    expect(relayedFact({ ...extended, clocks: [] })).toBeUndefined();
  });
});
