// The center's service clock paused with the departments' procedures (SERVICE_CLOCKS.pausesWithProcedures), in
// SQL: the database function "service_paused_days" (migration 20261205013000_service_clock_pauses) counts, from
// the reported clocks, the days the clock engine leaves out of a dispute's service clock, so the overdue queue
// filter and the cockpit judge the same clock as `disputeClocks` does, without reading a dispute at a time.
import type { LocalDate } from "@onedoor/shared/clock/index";
import type { SqlArguments } from "@onedoor/shared/db/adapter-reads";
import { SERVICE_CLOCKS } from "../domain/clocks.js";
import { Prisma } from "../generated/prisma/client.js";
import { ServiceTier } from "../generated/prisma/enums.js";

/**
 * A tier's length in natural days. Days left out shift a natural-day clock's start by as many days, which is
 * how the queue and the cockpit judge a paused clock; a clock counted otherwise would need the calendar.
 */
function naturalDaysOf(tier: ServiceTier): number {
  const spec = SERVICE_CLOCKS.tiers[tier];
  if (spec.unit !== "naturalDays") throw new Error(`service clock ${spec.kind} must count natural days`);
  return spec.length;
}

/**
 * The days left out of the service clock of the dispute `code`, started on the China-time day `started` and
 * judged as of the day `asOf`, its tier the SQL expression `tier`: 0 where local policy pauses nothing.
 */
export function servicePausedDaysSql(
  code: Prisma.Sql,
  started: Prisma.Sql,
  asOf: Prisma.Sql,
  tier: Prisma.Sql,
): Prisma.Sql {
  if (!SERVICE_CLOCKS.pausesWithProcedures) return Prisma.sql`0`;
  const days = Prisma.join(
    Object.values(ServiceTier).map((t) => Prisma.sql`WHEN ${t}::"ServiceTier" THEN ${naturalDaysOf(t)}::int`),
    " ",
  );
  return Prisma.sql`"service_paused_days"(${code}, ${started}, ${asOf}, CASE ${tier} ${days} END)`;
}

/**
 * The same for the queue's SQL over "Dispute" (driver adapter parameters): the row's own service clock, of
 * tier `tier`, as of the China-time day `today`.
 */
export function disputePausedDaysSql(args: SqlArguments, tier: ServiceTier, today: LocalDate): string {
  if (!SERVICE_CLOCKS.pausesWithProcedures) return "0";
  return `"service_paused_days"("code", ("registeredAt" + interval '8 hours')::date, ${args.add(today, "date")}, ${args.add(naturalDaysOf(tier), "int")})`;
}
