import { describe, expect, it } from "vitest";
import { ClockError, extendClock } from "@onedoor/shared/clock/index";
import { COURT_CLOCKS, courtClockStatus, isOverdue } from "./clocks.js";
import { checkEnforcementBasis } from "./enforcement.js";
import {
  CASE_TYPE_OF,
  checkFastTrack,
  checkFilingVoid,
  clockExtension,
  FILING_VOID,
  nextStep,
  OPENING,
  settledByAgreement,
  STEPS,
  TRIAL_CLOCK,
} from "./procedures.js";

const at = (iso: string) => new Date(iso);

describe("pre-filing mediation (诉前调解)", () => {
  it("runs 30 days and can be extended by the parties' consent without a fixed cap", () => {
    const started = at("2026-05-21T02:00:00Z");
    const record = { startedAt: started, pauses: [], extensions: [] };
    expect(courtClockStatus("preFilingMediation", record, started).deadlineDate).toBe("2026-06-22"); // 06-20 is a Saturday
    const extended = extendClock(COURT_CLOCKS.preFilingMediation, record, {
      days: 45,
      approvedBy: "法官",
      reason: "双方同意延长调解",
      at: started,
    });
    expect(courtClockStatus("preFilingMediation", extended, started).extendedDays).toBe(45);
    expect(() =>
      extendClock(COURT_CLOCKS.preFilingMediation, record, { days: 10, approvedBy: "法官", reason: " ", at: started }),
    ).toThrow(ClockError);
    expect(isOverdue(courtClockStatus("preFilingMediation", record, at("2026-07-01T02:00:00Z")))).toBe(true);
  });

  it("ends in success or failure, once", () => {
    expect(nextStep({ procedure: "PRE_FILING_MEDIATION", status: "IN_MEDIATION" }, "MEDIATION_SUCCEEDED")).toEqual({
      ok: true,
      status: "RESOLVED",
    });
    expect(nextStep({ procedure: "PRE_FILING_MEDIATION", status: "IN_MEDIATION" }, "MEDIATION_FAILED")).toMatchObject({
      ok: true,
      status: "MEDIATION_FAILED",
    });
    expect(STEPS.MEDIATION_FAILED.stop).toEqual(["preFilingMediation"]);
    expect(nextStep({ procedure: "PRE_FILING_MEDIATION", status: "RESOLVED" }, "MEDIATION_FAILED")).toMatchObject({
      ok: false,
      reason: "WRONG_STATUS",
    });
  });

  it("extends its clock only while the mediation runs, leaving the case in its status", () => {
    expect(clockExtension({ procedure: "PRE_FILING_MEDIATION", status: "IN_MEDIATION" }, "preFilingMediation")).toEqual(
      {
        ok: true,
        status: "IN_MEDIATION",
      },
    );
    expect(
      clockExtension({ procedure: "PRE_FILING_MEDIATION", status: "RESOLVED" }, "preFilingMediation"),
    ).toMatchObject({ ok: false, reason: "WRONG_STATUS" });
    expect(
      clockExtension({ procedure: "JUDICIAL_CONFIRMATION", status: "APPLIED" }, "judicialConfirmationRuling"),
    ).toMatchObject({ ok: false, reason: "WRONG_STATUS" });
  });

  it("numbers each procedure with its type", () => {
    expect(CASE_TYPE_OF).toEqual({
      PRE_FILING_MEDIATION: "民诉前调",
      FIRST_INSTANCE: "民初",
      JUDICIAL_CONFIRMATION: "民特",
      ENFORCEMENT: "执",
    });
    expect(OPENING.PRE_FILING_MEDIATION).toEqual({ status: "IN_MEDIATION", start: ["preFilingMediation"] });
  });

  it("has every step start and stop only clocks that exist", () => {
    for (const step of Object.values(STEPS))
      for (const kind of [...step.stop, ...step.start]) expect(COURT_CLOCKS[kind].kind).toBe(kind);
  });
});

describe("a delegated mediation ended by the committee's agreement (诉前委派调解)", () => {
  const delegated = {
    procedure: "PRE_FILING_MEDIATION" as const,
    status: "IN_MEDIATION" as const,
    mediatorKind: "MEDIATION_COMMITTEE" as const,
    filedAt: at("2026-05-21T02:00:00Z"),
  };

  it("ends a mediation delegated to a committee before the agreement, while it is still in mediation", () => {
    expect(settledByAgreement(delegated, at("2026-06-12T08:00:00Z"))).toBe(true);
    expect(settledByAgreement(delegated, at("2026-05-20T08:00:00Z"))).toBe(false);
    expect(settledByAgreement({ ...delegated, status: "RESOLVED" }, at("2026-06-12T08:00:00Z"))).toBe(false);
    expect(settledByAgreement({ ...delegated, mediatorKind: "INVITED_MEDIATOR" }, at("2026-06-12T08:00:00Z"))).toBe(
      false,
    );
    expect(settledByAgreement({ ...delegated, procedure: "FIRST_INSTANCE" }, at("2026-06-12T08:00:00Z"))).toBe(false);
  });
});

describe("filing (立案登记) and trial periods", () => {
  it("gives ordinary 6, simplified 3 and small claims 2 months", () => {
    const filed = at("2026-03-10T02:00:00Z");
    const record = { startedAt: filed, pauses: [], extensions: [] };
    expect(courtClockStatus(TRIAL_CLOCK.ORDINARY, record, filed).deadlineDate).toBe("2026-09-10");
    expect(courtClockStatus(TRIAL_CLOCK.SIMPLIFIED, record, filed).deadlineDate).toBe("2026-06-10");
    expect(courtClockStatus(TRIAL_CLOCK.SMALL_CLAIMS, record, filed).deadlineDate).toBe("2026-05-11"); // 05-10 is a Sunday
  });

  it("keeps the fast track for simple cases", () => {
    expect(checkFastTrack("SIMPLIFIED", true).ok).toBe(true);
    expect(checkFastTrack("SMALL_CLAIMS", true).ok).toBe(true);
    expect(checkFastTrack("ORDINARY", false).ok).toBe(true);
    expect(checkFastTrack("ORDINARY", true)).toMatchObject({
      ok: false,
      refusals: [{ code: "FAST_TRACK_NOT_SIMPLE" }],
    });
  });

  it("stops the trial clock with the judgment", () => {
    expect(nextStep({ procedure: "FIRST_INSTANCE", status: "FILED" }, "JUDGMENT_RENDERED")).toMatchObject({
      ok: true,
      status: "JUDGED",
    });
  });
});

describe("enforcement (执行)", () => {
  it("enforces a confirmed agreement or a judgment awaiting performance", () => {
    expect(
      checkEnforcementBasis({ procedure: "JUDICIAL_CONFIRMATION", status: "CONFIRMED", performance: "PENDING" }).ok,
    ).toBe(true);
    expect(checkEnforcementBasis({ procedure: "FIRST_INSTANCE", status: "JUDGED", performance: "PENDING" }).ok).toBe(
      true,
    );
  });

  it("refuses what is not enforceable, already performed, or already in enforcement", () => {
    expect(
      checkEnforcementBasis({ procedure: "JUDICIAL_CONFIRMATION", status: "ACCEPTED", performance: null }),
    ).toMatchObject({ ok: false, reason: "NOT_ENFORCEABLE" });
    expect(
      checkEnforcementBasis({ procedure: "PRE_FILING_MEDIATION", status: "RESOLVED", performance: null }),
    ).toMatchObject({ ok: false, reason: "NOT_ENFORCEABLE" });
    expect(
      checkEnforcementBasis({ procedure: "JUDICIAL_CONFIRMATION", status: "CONFIRMED", performance: "PERFORMED" }),
    ).toMatchObject({ ok: false, reason: "ALREADY_PERFORMED" });
    expect(
      checkEnforcementBasis({ procedure: "FIRST_INSTANCE", status: "JUDGED", performance: "ENFORCEMENT_APPLIED" }),
    ).toMatchObject({ ok: false, reason: "ALREADY_IN_ENFORCEMENT" });
  });

  it("takes the committee's finding that a confirmed agreement was performed as the court's own", () => {
    const confirmed = {
      procedure: "JUDICIAL_CONFIRMATION" as const,
      status: "CONFIRMED" as const,
      performance: "PENDING" as const,
    };
    expect(checkEnforcementBasis(confirmed, true)).toMatchObject({ ok: false, reason: "ALREADY_PERFORMED" });
    expect(checkEnforcementBasis(confirmed, false).ok).toBe(true);
    // A judgment has no committee behind it.
    expect(
      checkEnforcementBasis({ procedure: "FIRST_INSTANCE", status: "JUDGED", performance: "PENDING" }, true).ok,
    ).toBe(true);
  });

  it("concludes within 6 months of filing", () => {
    const filed = at("2026-08-03T02:00:00Z");
    expect(courtClockStatus("enforcement", { startedAt: filed, pauses: [], extensions: [] }, filed).deadlineDate).toBe(
      "2027-02-03",
    );
    expect(nextStep({ procedure: "ENFORCEMENT", status: "ENFORCING" }, "ENFORCEMENT_CONCLUDED")).toMatchObject({
      ok: true,
      status: "CONCLUDED",
    });
  });
});

describe("voiding a filing recorded in error (撤销立案)", () => {
  const filing = "5c1e9a7d-2b4f-4e6a-9c3d-8f0b1a2e3d4c";
  const filed = { procedure: "FIRST_INSTANCE", status: "FILED" } as const;

  it("voids a first-instance case only filed, into VOIDED, stopping whichever trial clock runs", () => {
    expect(checkFilingVoid(filed, 0, filing)).toEqual({ ok: true, status: "VOIDED" });
    expect(FILING_VOID.stop).toEqual(expect.arrayContaining(Object.values(TRIAL_CLOCK)));
    expect(FILING_VOID.start).toEqual([]);
  });

  it("refuses once the case was judged or anything else was reported on it, or a second time", () => {
    expect(checkFilingVoid(filed, 1, filing)).toMatchObject({ ok: false, reason: "LATER_STEPS" });
    for (const status of ["JUDGED", "VOIDED"] as const)
      expect(checkFilingVoid({ ...filed, status }, 0, filing)).toMatchObject({
        ok: false,
        reason: "NOT_VOIDABLE",
        messageZh: expect.stringContaining("立案"),
      });
    expect(checkFilingVoid(filed, 0, null)).toMatchObject({ ok: false, reason: "NOTHING_TO_VOID" });
  });

  it("voids no other procedure's case: their own steps answer them", () => {
    for (const procedure of ["PRE_FILING_MEDIATION", "JUDICIAL_CONFIRMATION", "ENFORCEMENT"] as const)
      expect(checkFilingVoid({ procedure, status: OPENING[procedure].status }, 0, filing)).toMatchObject({
        ok: false,
        reason: "WRONG_PROCEDURE",
      });
  });

  it("takes no further step on a voided case", () => {
    expect(nextStep({ procedure: "FIRST_INSTANCE", status: "VOIDED" }, "JUDGMENT_RENDERED")).toMatchObject({
      ok: false,
      reason: "WRONG_STATUS",
    });
  });
});
