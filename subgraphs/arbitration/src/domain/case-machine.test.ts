import { describe, expect, it } from "vitest";
import { CN_HOLIDAY_CALENDAR, endOfLocalDay, startOfLocalDay, type LocalDate } from "@onedoor/shared/clock/index";
import {
  applyEvent,
  caseClocks,
  followOnOptions,
  isOverdue,
  litigationReasons,
  MAX_HEARINGS,
  MAX_POSTPONEMENTS,
  type CaseEvent,
  type CaseFacts,
} from "./case-machine.js";
import type { ArbitrationAppearance } from "../generated/prisma/enums.js";

const cal = CN_HOLIDAY_CALENDAR;
/** 10:00 China time on a local day. */
const at = (day: LocalDate): Date => new Date(startOfLocalDay(day).getTime() + 10 * 3_600_000);
const received = (day: LocalDate): CaseFacts => ({
  status: "RECEIVED",
  receivedAt: at(day),
  acceptedAt: null,
  rejectedAt: null,
  servedAt: null,
  answeredAt: null,
  tribunalNotifiedAt: null,
  hearingAt: null,
  hearingNoticeAt: null,
  hearingHeldAt: null,
  hearingsHeld: 0,
  awardExtensions: [],
  postponements: 0,
  closedAt: null,
  voidedAt: null,
  awardServedAt: null,
  awardFinal: null,
});

function run(facts: CaseFacts, ...events: CaseEvent[]): CaseFacts {
  return events.reduce((current, event) => {
    const result = applyEvent(current, event);
    if (!result.ok) throw new Error(result.messageEn);
    return { ...current, ...result.patch, status: result.status };
  }, facts);
}
const clock = (facts: CaseFacts, key: string, now: Date) =>
  caseClocks(facts, now, cal).find((c) => c.key === key)!.status;

describe("acceptance within 5 days (art. 29)", () => {
  // Received Wednesday 2026-11-11: day 5 is Monday 2026-11-16, a working day.
  const facts = received("2026-11-11");

  it("is on time when accepted on day 5 and late on day 6", () => {
    const onDay5 = run(facts, { type: "ACCEPT", at: at("2026-11-16") });
    expect(clock(onDay5, "acceptance", at("2026-11-20"))).toMatchObject({
      state: "STOPPED",
      onTime: true,
      deadlineDate: "2026-11-16",
    });
    const onDay6 = run(facts, { type: "ACCEPT", at: at("2026-11-17") });
    expect(clock(onDay6, "acceptance", at("2026-11-20"))).toMatchObject({ state: "STOPPED", onTime: false });
  });

  it("lets the applicant sue once day 5 has passed in silence, not before", () => {
    expect(litigationReasons(facts, endOfLocalDay("2026-11-16"), cal)).toEqual([]);
    expect(litigationReasons(facts, at("2026-11-17"), cal).map((r) => r.code)).toEqual(["ACCEPTANCE_OVERDUE"]);
    expect(isOverdue(facts, at("2026-11-17"), cal)).toBe(true);
  });

  it("moves a deadline falling on a weekend to the next working day", () => {
    // Received Monday 2026-11-16: day 5 is Saturday 2026-11-21, so Monday 2026-11-23 is the last day.
    const monday = received("2026-11-16");
    expect(clock(monday, "acceptance", at("2026-11-22")).deadlineDate).toBe("2026-11-23");
    expect(litigationReasons(monday, at("2026-11-23"), cal)).toEqual([]);
    expect(litigationReasons(monday, at("2026-11-24"), cal)).toHaveLength(1);
  });

  it("needs a reason to reject, and a rejection opens the way to court", () => {
    const noReason = applyEvent(facts, { type: "REJECT", at: at("2026-11-12"), reason: " " });
    expect(noReason).toMatchObject({ ok: false, inputRule: true });
    const rejected = run(facts, { type: "REJECT", at: at("2026-11-12"), reason: "不属于劳动争议" });
    expect(rejected.status).toBe("REJECTED");
    expect(litigationReasons(rejected, at("2026-11-12"), cal).map((r) => r.code)).toEqual(["REJECTED"]);
    expect(applyEvent(rejected, { type: "ACCEPT", at: at("2026-11-13") })).toMatchObject({
      ok: false,
      inputRule: false,
    });
  });

  it("refuses a step dated before the previous one", () => {
    expect(applyEvent(facts, { type: "ACCEPT", at: at("2026-11-10") })).toMatchObject({
      ok: false,
      inputRule: true,
    });
  });
});

describe("service, answer and tribunal notice (arts. 30, 32)", () => {
  const accepted = run(received("2026-11-11"), { type: "ACCEPT", at: at("2026-11-12") });

  it("serves within 5 days of acceptance and expects the answer 10 days after service", () => {
    expect(clock(accepted, "service", at("2026-11-17"))).toMatchObject({
      deadlineDate: "2026-11-17",
      state: "DUE_SOON",
    });
    const served = run(accepted, { type: "SERVE", at: at("2026-11-13") });
    expect(clock(served, "answer", at("2026-11-13")).deadlineDate).toBe("2026-11-23");
    expect(applyEvent(accepted, { type: "ANSWER", at: at("2026-11-13") })).toMatchObject({
      ok: false,
      reason: "NOT_SERVED",
      inputRule: false,
    });
    expect(run(served, { type: "ANSWER", at: at("2026-11-20") }).answeredAt).toEqual(at("2026-11-20"));
  });

  it("ends the answer period on day 10 and the tribunal notice period on day 5 after acceptance", () => {
    // Served Friday 2026-11-13: day 10 is Monday 2026-11-23.
    const served = run(accepted, { type: "SERVE", at: at("2026-11-13") });
    expect(clock(served, "answer", endOfLocalDay("2026-11-23")).state).toBe("DUE_SOON");
    expect(clock(served, "answer", at("2026-11-24")).state).toBe("OVERDUE");
    // Accepted Thursday 2026-11-12: day 5 is Tuesday 2026-11-17.
    expect(clock(accepted, "tribunalNotice", endOfLocalDay("2026-11-17")).state).toBe("DUE_SOON");
    expect(clock(accepted, "tribunalNotice", at("2026-11-18")).state).toBe("OVERDUE");
    const lateTribunal = run(accepted, {
      type: "COMPOSE_TRIBUNAL",
      at: at("2026-11-18"),
      kind: "SOLE",
      arbitrators: ["甲"],
      presiding: "甲",
    });
    expect(clock(lateTribunal, "tribunalNotice", at("2026-11-18"))).toMatchObject({ state: "STOPPED", onTime: false });
  });

  it("composes a sole arbitrator or a panel of three with a presiding arbitrator", () => {
    const bad = applyEvent(accepted, {
      type: "COMPOSE_TRIBUNAL",
      at: at("2026-11-13"),
      kind: "PANEL",
      arbitrators: ["甲", "乙"],
      presiding: "甲",
    });
    expect(bad).toMatchObject({ ok: false, inputRule: true });
    const outsider = applyEvent(accepted, {
      type: "COMPOSE_TRIBUNAL",
      at: at("2026-11-13"),
      kind: "SOLE",
      arbitrators: ["甲"],
      presiding: "乙",
    });
    expect(outsider.ok).toBe(false);
    const panel = run(accepted, {
      type: "COMPOSE_TRIBUNAL",
      at: at("2026-11-17"),
      kind: "PANEL",
      arbitrators: ["甲", "乙", "丙"],
      presiding: "乙",
    });
    expect(panel.status).toBe("TRIBUNAL_FORMED");
    expect(clock(panel, "tribunalNotice", at("2026-11-18"))).toMatchObject({ state: "STOPPED", onTime: true });
  });
});

describe("hearing notice and postponement (art. 35)", () => {
  const formed = run(
    received("2026-11-11"),
    { type: "ACCEPT", at: at("2026-11-12") },
    { type: "COMPOSE_TRIBUNAL", at: at("2026-11-13"), kind: "SOLE", arbitrators: ["方建明"], presiding: "方建明" },
  );

  it("takes 5 days' notice and refuses 4", () => {
    expect(
      applyEvent(formed, { type: "SCHEDULE_HEARING", at: at("2026-11-16"), hearingAt: at("2026-11-20") }),
    ).toMatchObject({
      ok: false,
      inputRule: true,
    });
    expect(run(formed, { type: "SCHEDULE_HEARING", at: at("2026-11-16"), hearingAt: at("2026-11-21") }).status).toBe(
      "HEARING_SCHEDULED",
    );
  });

  it("postpones when asked 3 days ahead with a new 5-day notice", () => {
    const scheduled = run(formed, { type: "SCHEDULE_HEARING", at: at("2026-11-16"), hearingAt: at("2026-11-25") });
    const postpone = (asked: LocalDate, to: LocalDate): CaseEvent => ({
      type: "POSTPONE_HEARING",
      at: at(asked),
      newHearingAt: at(to),
      requestedBy: "被申请人",
      reason: "代理人住院",
    });
    expect(applyEvent(scheduled, postpone("2026-11-23", "2026-12-01"))).toMatchObject({
      ok: false,
      reason: "POSTPONEMENT_TOO_LATE",
      inputRule: false,
    });
    expect(applyEvent(scheduled, postpone("2026-11-22", "2026-11-26"))).toMatchObject({
      ok: false,
      reason: "HEARING_NOTICE_TOO_SHORT",
      inputRule: true,
    });
    expect(run(scheduled, postpone("2026-11-22", "2026-11-27")).hearingAt).toEqual(at("2026-11-27"));
    // A few times at most, so the case's history stays its own steps.
    const often = { ...scheduled, postponements: MAX_POSTPONEMENTS - 1 };
    expect(run(often, postpone("2026-11-22", "2026-11-27")).hearingAt).toEqual(at("2026-11-27"));
    expect(
      applyEvent({ ...often, postponements: MAX_POSTPONEMENTS }, postpone("2026-11-22", "2026-11-27")),
    ).toMatchObject({
      ok: false,
      reason: "TOO_MANY_POSTPONEMENTS",
      messageZh: `同一案件最多延期开庭 ${MAX_POSTPONEMENTS} 次`,
      inputRule: false,
    });
  });
});

describe("the hearing held (开庭审理), and a further one", () => {
  const scheduled = run(
    received("2026-11-11"),
    { type: "ACCEPT", at: at("2026-11-12") },
    { type: "COMPOSE_TRIBUNAL", at: at("2026-11-13"), kind: "SOLE", arbitrators: ["方建明"], presiding: "方建明" },
    { type: "SCHEDULE_HEARING", at: at("2026-11-16"), hearingAt: at("2026-11-25") },
  );
  const held = (
    day: LocalDate,
    respondentAppearance: ArbitrationAppearance = "IN_PERSON",
    applicantAppearance: ArbitrationAppearance = "IN_PERSON",
  ): CaseEvent => ({ type: "HOLD_HEARING", at: at(day), applicantAppearance, respondentAppearance });

  it("records the hearing held on its day, once, and the case stays open for its mediation or award", () => {
    const result = applyEvent(scheduled, held("2026-11-25", "ABSENT"));
    expect(result).toEqual({
      ok: true,
      status: "HEARING_SCHEDULED",
      patch: { hearingHeldAt: at("2026-11-25"), hearingsHeld: 1 },
    });
    const after = run(scheduled, held("2026-11-25", "ABSENT"));
    expect(applyEvent(after, held("2026-11-26"))).toMatchObject({ ok: false, reason: "HEARING_ALREADY_HELD" });
    // Held, it is not postponed; the award and the mediation statement follow it.
    expect(
      applyEvent(after, {
        type: "POSTPONE_HEARING",
        at: at("2026-11-26"),
        newHearingAt: at("2026-12-03"),
        requestedBy: "被申请人",
        reason: "代理人住院",
      }),
    ).toMatchObject({ ok: false, reason: "HEARING_ALREADY_HELD", inputRule: false });
    expect(run(after, { type: "ISSUE_AWARD", at: at("2026-11-30"), final: false, servedOnIssue: true }).status).toBe(
      "AWARDED",
    );
    expect(run(after, { type: "CLOSE_BY_MEDIATION", at: at("2026-11-26") }).status).toBe("MEDIATED");
  });

  it("refuses a hearing held before its day, one nobody attended, and one never scheduled", () => {
    expect(applyEvent(scheduled, held("2026-11-24"))).toMatchObject({
      ok: false,
      reason: "HELD_BEFORE_SCHEDULED_DAY",
      inputRule: true,
    });
    // Earlier the same day than the time set is the scheduled day still.
    expect(
      applyEvent(scheduled, { ...held("2026-11-25"), at: new Date(at("2026-11-25").getTime() - 3_600_000) }),
    ).toMatchObject({ ok: true });
    expect(applyEvent(scheduled, held("2026-11-25", "ABSENT", "ABSENT"))).toMatchObject({
      ok: false,
      reason: "NOBODY_APPEARED",
      inputRule: true,
    });
    const formed = { ...scheduled, status: "TRIBUNAL_FORMED" as const, hearingAt: null };
    expect(applyEvent(formed, held("2026-11-25"))).toMatchObject({ ok: false, reason: "WRONG_STATUS" });
  });

  it("schedules a further hearing only once the last was held, up to a cap", () => {
    const further = { type: "SCHEDULE_HEARING", at: at("2026-11-26"), hearingAt: at("2026-12-02") } as const;
    expect(applyEvent(scheduled, further)).toMatchObject({ ok: false, reason: "HEARING_NOT_HELD" });
    const after = run(scheduled, held("2026-11-25"), further);
    expect(after).toMatchObject({ hearingAt: at("2026-12-02"), hearingHeldAt: null, hearingsHeld: 1 });
    expect(run(after, held("2026-12-02")).hearingsHeld).toBe(2);
    const often = { ...run(scheduled, held("2026-11-25")), hearingsHeld: MAX_HEARINGS };
    expect(applyEvent(often, further)).toMatchObject({ ok: false, reason: "TOO_MANY_HEARINGS", inputRule: false });
  });
});

describe("award within 45 days, + up to 15 with the chair's approval (art. 43)", () => {
  // Accepted Tuesday 2026-09-01: day 45 is Friday 2026-10-16; day 60 is Saturday 2026-10-31.
  const heard = run(
    received("2026-08-31"),
    { type: "ACCEPT", at: at("2026-09-01") },
    { type: "COMPOSE_TRIBUNAL", at: at("2026-09-02"), kind: "SOLE", arbitrators: ["方建明"], presiding: "方建明" },
    { type: "SCHEDULE_HEARING", at: at("2026-09-03"), hearingAt: at("2026-09-15") },
  );

  it("is on time on day 45 and late on day 46", () => {
    const onDay45 = run(heard, { type: "ISSUE_AWARD", at: at("2026-10-16"), final: false, servedOnIssue: true });
    expect(clock(onDay45, "award", at("2026-10-20"))).toMatchObject({
      state: "STOPPED",
      onTime: true,
      deadlineDate: "2026-10-16",
    });
    expect(litigationReasons(heard, endOfLocalDay("2026-10-16"), cal)).toEqual([]);
    expect(litigationReasons(heard, at("2026-10-17"), cal).map((r) => r.code)).toEqual(["AWARD_OVERDUE"]);
  });

  it("extends by 15 days at most, and day 60 on a Saturday moves to Monday", () => {
    const extended = run(heard, {
      type: "EXTEND_AWARD",
      at: at("2026-10-10"),
      days: 15,
      approvedBy: "仲裁委员会主任 章国强",
      reason: "案情复杂",
    });
    expect(clock(extended, "award", at("2026-10-20"))).toMatchObject({ deadlineDate: "2026-11-02", extendedDays: 15 });
    expect(
      applyEvent(extended, {
        type: "EXTEND_AWARD",
        at: at("2026-10-11"),
        days: 1,
        approvedBy: "章国强",
        reason: "再延",
      }),
    ).toMatchObject({
      ok: false,
      inputRule: true,
    });
    expect(
      applyEvent(heard, { type: "EXTEND_AWARD", at: at("2026-10-10"), days: 5, approvedBy: "", reason: "案情复杂" }).ok,
    ).toBe(false);
  });

  it("cannot award before the hearing, and a mediation statement closes the case", () => {
    const early = received("2026-08-31");
    const beforeHearing = run(
      early,
      { type: "ACCEPT", at: at("2026-09-01") },
      { type: "COMPOSE_TRIBUNAL", at: at("2026-09-02"), kind: "SOLE", arbitrators: ["甲"], presiding: "甲" },
      { type: "SCHEDULE_HEARING", at: at("2026-09-03"), hearingAt: at("2026-09-15") },
    );
    expect(
      applyEvent(beforeHearing, { type: "ISSUE_AWARD", at: at("2026-09-10"), final: true, servedOnIssue: true }),
    ).toMatchObject({ ok: false, reason: "AWARD_BEFORE_HEARING", inputRule: false });
    const mediated = run(heard, { type: "CLOSE_BY_MEDIATION", at: at("2026-09-20") });
    expect(mediated.status).toBe("MEDIATED");
    expect(followOnOptions(mediated, at("2026-09-21"), cal)).toEqual([]);
    expect(
      applyEvent(mediated, { type: "ISSUE_AWARD", at: at("2026-09-21"), final: true, servedOnIssue: true }).ok,
    ).toBe(false);
  });
});

describe("after the award (arts. 47–50)", () => {
  const heard = run(
    received("2026-08-31"),
    { type: "ACCEPT", at: at("2026-09-01") },
    { type: "COMPOSE_TRIBUNAL", at: at("2026-09-02"), kind: "SOLE", arbitrators: ["方建明"], presiding: "方建明" },
    { type: "SCHEDULE_HEARING", at: at("2026-09-03"), hearingAt: at("2026-09-15") },
  );

  it("gives 15 days from receipt to sue after a non-final award", () => {
    const unserved = run(heard, { type: "ISSUE_AWARD", at: at("2026-10-10"), final: false, servedOnIssue: false });
    expect(followOnOptions(unserved, at("2026-10-11"), cal)).toEqual([]);
    const awarded = run(unserved, { type: "SERVE_AWARD", at: at("2026-10-12") });
    expect(applyEvent(awarded, { type: "SERVE_AWARD", at: at("2026-10-13") }).ok).toBe(false);
    const [option] = followOnOptions(awarded, at("2026-10-27"), cal);
    expect(option).toMatchObject({ party: "EITHER", action: "SUE", open: true, deadline: endOfLocalDay("2026-10-27") });
    expect(followOnOptions(awarded, at("2026-10-28"), cal)[0]!.open).toBe(false);
  });

  it("after a final award gives the worker 15 days to sue and the employer 30 to apply to revoke", () => {
    const awarded = run(heard, { type: "ISSUE_AWARD", at: at("2026-10-12"), final: true, servedOnIssue: true });
    const options = followOnOptions(awarded, at("2026-10-30"), cal);
    expect(options.map((o) => [o.party, o.action, o.open])).toEqual([
      ["WORKER", "SUE", false],
      ["EMPLOYER", "APPLY_TO_REVOKE", true],
    ]);
    // Day 30 is Wednesday 2026-11-11.
    expect(options[1]!.deadline).toEqual(endOfLocalDay("2026-11-11"));
    expect(isOverdue(awarded, at("2026-12-30"), cal)).toBe(false);
  });
});

describe("voiding an acceptance recorded in error (撤销受理)", () => {
  const acceptance = "3f6b2c1d-8e4a-4d7b-9a5c-1e2f3a4b5c6d";
  const accepted = run(received("2026-11-11"), { type: "ACCEPT", at: at("2026-11-12") });
  const voiding = (day: LocalDate): CaseEvent => ({
    type: "VOID_ACCEPTANCE",
    at: at(day),
    acceptanceEventId: acceptance,
    reason: "ACCEPTED_IN_ERROR",
  });

  it("voids a case only accepted, into VOIDED, and every clock the acceptance started stops", () => {
    const result = applyEvent(accepted, voiding("2026-11-13"));
    expect(result).toEqual({ ok: true, status: "VOIDED", patch: { voidedAt: at("2026-11-13") } });
    const voided = run(accepted, voiding("2026-11-13"));
    const clocks = caseClocks(voided, at("2027-03-01"), cal);
    expect(clocks.map((c) => [c.key, c.status.state])).toEqual([
      ["acceptance", "STOPPED"],
      ["service", "STOPPED"],
      ["tribunalNotice", "STOPPED"],
      ["award", "STOPPED"],
    ]);
    expect(isOverdue(voided, at("2027-03-01"), cal)).toBe(false);
    expect(litigationReasons(voided, at("2027-03-01"), cal)).toEqual([]);
  });

  it("refuses once the application was served or the period extended: the acceptance is no longer the last step", () => {
    const served = run(accepted, { type: "SERVE", at: at("2026-11-13") });
    expect(applyEvent(served, voiding("2026-11-14"))).toMatchObject({
      ok: false,
      reason: "LATER_STEPS",
      inputRule: false,
    });
    const extended = run(accepted, {
      type: "EXTEND_AWARD",
      at: at("2026-11-13"),
      days: 5,
      approvedBy: "主任",
      reason: "案情复杂",
    });
    expect(applyEvent(extended, voiding("2026-11-14"))).toMatchObject({ ok: false, reason: "LATER_STEPS" });
  });

  it("refuses in any other status, a second time, and without the acceptance's reported event", () => {
    const formed = run(accepted, {
      type: "COMPOSE_TRIBUNAL",
      at: at("2026-11-13"),
      kind: "SOLE",
      arbitrators: ["甲"],
      presiding: "甲",
    });
    for (const facts of [received("2026-11-11"), formed, run(accepted, voiding("2026-11-13"))])
      expect(applyEvent(facts, voiding("2026-11-16"))).toMatchObject({
        ok: false,
        reason: "NOT_VOIDABLE",
        messageZh: expect.stringContaining("受理"),
      });
    const unreported: CaseEvent = {
      type: "VOID_ACCEPTANCE",
      at: at("2026-11-13"),
      acceptanceEventId: null,
      reason: "ACCEPTED_IN_ERROR",
    };
    expect(applyEvent(accepted, unreported)).toMatchObject({
      ok: false,
      reason: "NOTHING_TO_VOID",
    });
  });

  it("takes no further step on a voided case", () => {
    const voided = run(accepted, voiding("2026-11-13"));
    expect(applyEvent(voided, { type: "SERVE", at: at("2026-11-16") })).toMatchObject({
      ok: false,
      reason: "WRONG_STATUS",
    });
  });
});
