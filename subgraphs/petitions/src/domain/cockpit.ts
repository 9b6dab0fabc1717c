// Rules of the registry's cockpit figures that need the service clock (服务时限), applied to groups of
// disputes rather than to each row: the database counts, these functions judge each group once.
import { addDays, startOfLocalDay, type HolidayCalendar, type LocalDate } from "@onedoor/shared/clock/index";
import { disputeClocks, lastOverdueRegistrationDay } from "./clocks.js";
import type { ServiceTier } from "../generated/prisma/enums.js";

/**
 * Closures that share what decides their service clock: the tier, the China-time days of registration and
 * closure, and the days a procedure's pause left out of it (the database's "service_paused_days").
 */
export interface ClosureGroup {
  serviceTier: ServiceTier;
  registeredOn: LocalDate;
  closedOn: LocalDate;
  pausedDays: number;
  count: number;
}

/** Noon China time of a day: any instant of the day gives the same clock, which counts whole days. */
const noonOf = (day: LocalDate) => new Date(startOfLocalDay(day).getTime() + 12 * 3_600_000);

/**
 * How many closures were within their service clock (按时办结). The clock counts natural days from the
 * day of registration and stops on the day of closure, so one judgement per group is exact for every
 * dispute in it: a natural-day clock with days left out for pauses ends as one started that many days
 * later without them.
 */
export function closedOnTime(groups: readonly ClosureGroup[], now: Date, calendar: HolidayCalendar): number {
  let onTime = 0;
  for (const group of groups) {
    const [service] = disputeClocks(
      {
        serviceTier: group.serviceTier,
        registeredAt: noonOf(addDays(group.registeredOn, group.pausedDays)),
        closedAt: noonOf(group.closedOn),
      },
      [],
      now,
      calendar,
    );
    if (service!.status.state === "STOPPED" && service!.status.onTime) onTime += group.count;
  }
  return onTime;
}

/**
 * Per tier, the last registration day whose open disputes are past their service clock now (超期未办结):
 * open disputes registered on or before it are overdue.
 */
export function overdueRegistrationCutoffs(now: Date, calendar: HolidayCalendar): Record<ServiceTier, LocalDate> {
  const cutoff = (tier: ServiceTier) => lastOverdueRegistrationDay(tier, now, calendar) as LocalDate;
  return { SIMPLE: cutoff("SIMPLE"), ORDINARY: cutoff("ORDINARY"), COMPLEX: cutoff("COMPLEX") };
}
