import {
  addDays,
  computeClock,
  toLocalDate,
  type ClockPause,
  type ClockSpec,
  type ClockKind,
  type ClockStatus,
  type HolidayCalendar,
} from "@onedoor/shared/clock/index";
import { hoursClockStatus, WORKING_DAY_MINUTES, type HoursClockSpec } from "@onedoor/shared/clock/working-hours";
import { reportedClockRecord, type ReportedClock } from "@onedoor/shared/events/reported-clock";
import type { ServiceTier } from "../generated/prisma/enums.js";

/**
 * CONFIGURATION (local): the center's own service promise by tier, from registration to closure
 * (simple 1 day, ordinary 7, complex 20 in Tonglu practice). Not statute, so DUE_SOON is local policy too.
 * `pausesWithProcedures`: the promise does not run while a department's procedure clock on the dispute is
 * paused (an appraisal, a party's request), as Tonglu's service rules leave such time out of the promise.
 */
export const SERVICE_CLOCKS: {
  version: string;
  tiers: Record<ServiceTier, ClockSpec>;
  pausesWithProcedures: boolean;
} = {
  version: "TL-SERVICE-2026.2",
  pausesWithProcedures: true,
  tiers: {
    SIMPLE: { kind: "centerServiceSimple", length: 1, unit: "naturalDays", maxExtensionDays: 0 },
    ORDINARY: { kind: "centerServiceOrdinary", length: 7, unit: "naturalDays", dueSoonDays: 2, maxExtensionDays: 0 },
    COMPLEX: { kind: "centerServiceComplex", length: 20, unit: "naturalDays", dueSoonDays: 3, maxExtensionDays: 0 },
  },
};

/**
 * CONFIGURATION (local, versioned): first contact with the resident after a 12345 work order (首次响应): within
 * one clock hour for an urgent matter, within one working day (7.5 working hours) otherwise.
 */
export const FIRST_RESPONSE_POLICY: { version: string; urgent: HoursClockSpec; ordinary: HoursClockSpec } = {
  version: "TL-FIRST-RESPONSE-2026.1",
  urgent: { minutes: 60, counts: "CLOCK_HOURS" },
  ordinary: { minutes: WORKING_DAY_MINUTES, counts: "WORKING_HOURS" },
};

/** The first-response clock of a work order, by its urgency. */
export const firstResponseSpec = (urgent: boolean, policy = FIRST_RESPONSE_POLICY): HoursClockSpec =>
  urgent ? policy.urgent : policy.ordinary;

/** A tier the clerk chose, else complex for a major dispute and ordinary otherwise. */
export function serviceTierFor(chosen: ServiceTier | null, major: boolean): ServiceTier {
  return chosen ?? (major ? "COMPLEX" : "ORDINARY");
}

export interface DisputeClockFacts {
  serviceTier: ServiceTier;
  registeredAt: Date;
  closedAt: Date | null;
  /** The 12345 call, when the matter came with a work order. */
  hotlineCalledAt?: Date | null;
  urgent?: boolean;
  firstContactAt?: Date | null;
}

export interface NamedClock {
  kind: ClockKind;
  startedAt: Date;
  status: ClockStatus;
}

/**
 * The time a department's procedure clock was paused, as a pause of the service clock: a pause still open
 * when its procedure stopped ends there.
 */
function procedurePauses(clocks: readonly ReportedClock[]): ClockPause[] {
  return clocks.flatMap((clock) => {
    const { pauses, stoppedAt } = reportedClockRecord(clock);
    return pauses.map((p) => ({ ...p, ...((p.to ?? stoppedAt) ? { to: p.to ?? stoppedAt } : {}) }));
  });
}

/**
 * The clocks on a dispute: the center's service clock from registration (paused while a procedure is, by
 * policy); for a 12345 work order the first-response clock from the call, stopped by the first contact with
 * a party (or by closure); then every procedure clock the departments reported, as they run it.
 */
export function disputeClocks(
  d: DisputeClockFacts,
  departmentClocks: readonly ReportedClock[],
  now: Date,
  calendar: HolidayCalendar,
  policy = SERVICE_CLOCKS,
): NamedClock[] {
  const service = policy.tiers[d.serviceTier];
  const pauses = policy.pausesWithProcedures ? procedurePauses(departmentClocks) : [];
  const serviceRecord = { startedAt: d.registeredAt, pauses, extensions: [], stoppedAt: d.closedAt ?? undefined };
  const clocks: NamedClock[] = [
    { kind: service.kind, startedAt: d.registeredAt, status: computeClock(service, serviceRecord, now, calendar) },
  ];
  if (d.hotlineCalledAt) {
    const spec = firstResponseSpec(d.urgent === true);
    const answeredAt = d.firstContactAt ?? d.closedAt ?? null;
    clocks.push({
      kind: "firstResponse",
      startedAt: d.hotlineCalledAt,
      status: hoursClockStatus(spec, d.hotlineCalledAt, answeredAt, now, calendar),
    });
  }
  const procedures = departmentClocks
    .map((clock) => ({ spec: clock.spec, record: reportedClockRecord(clock) }))
    .sort((a, b) => a.record.startedAt.getTime() - b.record.startedAt.getTime());
  for (const { spec, record } of procedures)
    clocks.push({ kind: spec.kind, startedAt: record.startedAt, status: computeClock(spec, record, now, calendar) });
  return clocks;
}

/**
 * For the overdue queue filter without storing deadlines: the last China-time registration day whose
 * service clock (no pauses, no extensions) is already overdue at `now`. Deadlines only move later as
 * the start moves later, so everything registered on or before that day is overdue while still open.
 */
export function lastOverdueRegistrationDay(tier: ServiceTier, now: Date, calendar: HolidayCalendar): string {
  const spec = SERVICE_CLOCKS.tiers[tier];
  let day = toLocalDate(now);
  // Holiday runs are at most a couple of weeks, so the search is bounded well within this.
  for (let i = 0; i < spec.length + 60; i++) {
    const startedAt = new Date(`${day}T12:00:00+08:00`);
    if (computeClock(spec, { startedAt, pauses: [], extensions: [] }, now, calendar).remainingDays < 0) return day;
    day = addDays(day, -1);
  }
  throw new RangeError(`No overdue start found for tier ${tier}`);
}
