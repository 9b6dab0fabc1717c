// The registry's pages as Prisma read them before they moved to SQL through the driver adapter (the queue in
// db/disputes.ts, a dispute's timeline in db/timeline.ts): the reference their comparison tests and the benchmark's
// department-cpu.ts check the SQL against, and the cockpit's tests count overdue disputes with.
import { CN_HOLIDAY_CALENDAR, endOfLocalDay, startOfLocalDay } from "@onedoor/shared/clock/index";
import { lastOverdueStart } from "@onedoor/shared/clock/working-hours";
import { afterCursor, decodeCursor, type SortDirection } from "@onedoor/shared/graphql/connection";
import { ServiceTier } from "../generated/prisma/enums.js";
import type { Dispute, Prisma } from "../generated/prisma/client.js";
import { firstResponseSpec, lastOverdueRegistrationDay } from "../domain/clocks.js";
import { OPEN_STATUSES } from "../domain/lifecycle.js";
import type { DisputeFilter } from "../entities/inputs.js";
import type { PetitionsStore } from "../db/store.js";
import type { TimelineQuery } from "../db/timeline.js";

/**
 * Open disputes whose service clock has run out: per tier, registered on or before the last overdue day. Without
 * the procedure pauses the SQL leaves out (db/service-pauses.ts): the comparisons' disputes report none.
 */
export function overdueWhere(now: Date): Prisma.DisputeWhereInput {
  return {
    status: { in: [...OPEN_STATUSES] },
    OR: Object.values(ServiceTier).map((tier) => ({
      serviceTier: tier,
      registeredAt: { lte: endOfLocalDay(lastOverdueRegistrationDay(tier, now, CN_HOLIDAY_CALENDAR)) },
    })),
  };
}

const AWAITING_FIRST_RESPONSE: Prisma.DisputeWhereInput = {
  status: { in: [...OPEN_STATUSES] },
  hotlineCalledAt: { not: null },
  firstContactAt: null,
};

function firstResponseOverdueWhere(now: Date): Prisma.DisputeWhereInput {
  const calledBy = (urgent: boolean) => ({
    urgent,
    hotlineCalledAt: { lte: lastOverdueStart(firstResponseSpec(urgent), now, CN_HOLIDAY_CALENDAR) },
  });
  return { ...AWAITING_FIRST_RESPONSE, OR: [calledBy(true), calledBy(false)] };
}

const LEADLESS: Prisma.DisputeWhereInput = { status: { in: ["DISPATCHED", "IN_PROGRESS"] }, leadDepartment: null };

function disputeWhere(filter: DisputeFilter | null | undefined, now: Date): Prisma.DisputeWhereInput[] {
  if (!filter) return [];
  const where: Prisma.DisputeWhereInput[] = [];
  if (filter.statuses?.length) where.push({ status: { in: filter.statuses } });
  if (filter.department) where.push({ leadDepartment: filter.department });
  if (filter.category) where.push({ category: filter.category });
  if (filter.regionCode) where.push({ regionCode: filter.regionCode });
  if (filter.channel) where.push({ channel: filter.channel });
  if (filter.major !== null && filter.major !== undefined) where.push({ major: filter.major });
  if (filter.from) where.push({ registeredAt: { gte: startOfLocalDay(filter.from) } });
  if (filter.to) where.push({ registeredAt: { lte: endOfLocalDay(filter.to) } });
  if (filter.overdue === true) where.push(overdueWhere(now));
  if (filter.overdue === false) where.push({ status: { in: [...OPEN_STATUSES] }, NOT: overdueWhere(now) });
  if (filter.firstResponseOverdue === true) where.push(firstResponseOverdueWhere(now));
  if (filter.firstResponseOverdue === false)
    where.push({ ...AWAITING_FIRST_RESPONSE, NOT: firstResponseOverdueWhere(now) });
  if (filter.withoutLeadDepartment === true) where.push(LEADLESS);
  if (filter.withoutLeadDepartment === false) where.push({ NOT: LEADLESS });
  return where;
}

function jurisdictionWhere({ county, body }: { county?: string; body?: string }): Prisma.DisputeWhereInput[] {
  const where: Prisma.DisputeWhereInput[] = [];
  if (county !== undefined) where.push({ regionCode: county });
  if (body !== undefined)
    where.push({
      OR: [{ handlingBody: body }, { dispatches: { some: { OR: [{ body }, { coHandlers: { has: body } }] } } }],
    });
  return where;
}

/** `disputePage` through Prisma: the same arguments, the same rows and count. */
export async function disputePageThroughPrisma(
  store: PetitionsStore,
  filter: DisputeFilter | null | undefined,
  now: Date,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
  jurisdiction: { county?: string; body?: string } = {},
): Promise<{ rows: Dispute[]; count: () => Promise<number> }> {
  const where = [...disputeWhere(filter, now), ...jurisdictionWhere(jurisdiction)];
  const rows = await store.dispute.findMany({
    where: {
      AND: [...where, afterCursor("registeredAt", page.after, page.direction, (sort) => new Date(String(sort)))],
    },
    orderBy: [{ registeredAt: page.direction }, { id: page.direction }],
    take: page.size + 1,
  });
  return { rows, count: () => store.dispute.count({ where: { AND: where } }) };
}

/** `timelinePage` through Prisma: the same arguments, the same rows and count. */
export async function timelinePageThroughPrisma(
  store: PetitionsStore,
  disputeCode: string,
  { types, from, to, direction, after, size }: TimelineQuery,
) {
  const where: Prisma.TimelineEventWhereInput = {
    disputeCode,
    ...(types?.length ? { type: { in: [...types] } } : {}),
    ...(from || to
      ? { occurredAt: { ...(from ? { gte: startOfLocalDay(from) } : {}), ...(to ? { lte: endOfLocalDay(to) } : {}) } }
      : {}),
  };
  let position: Prisma.TimelineEventWhereInput = {};
  if (after) {
    const { sort, id } = decodeCursor(after);
    const [occurred, sequence, received] = String(sort).split("|");
    const occurredAt = new Date(occurred!);
    const receivedAt = new Date(received!);
    const seq = BigInt(sequence!);
    const beyond = direction === "desc" ? "lt" : "gt";
    position = {
      OR: [
        { occurredAt: { [beyond]: occurredAt } },
        { occurredAt, receivedAt: { [beyond]: receivedAt } },
        { occurredAt, receivedAt, sequence: { [beyond]: seq } },
        { occurredAt, receivedAt, sequence: seq, id: { [beyond]: id } },
      ],
    };
  }
  const rows = await store.timelineEvent.findMany({
    where: { AND: [where, position] },
    orderBy: [{ occurredAt: direction }, { receivedAt: direction }, { sequence: direction }, { id: direction }],
    take: size + 1,
  });
  return { rows, totalCount: await store.timelineEvent.count({ where }) };
}
