// Reading disputes: one by code, fresh (for a step), and the keyset-paged queue with its filters.
import { CN_HOLIDAY_CALENDAR, endOfLocalDay, startOfLocalDay } from "@onedoor/shared/clock/index";
import { afterCursor, scanPage, type SortDirection } from "@onedoor/shared/graphql/connection";
import { dayRangeWhere, statusesWhere, type PartyRecordFilterShape } from "@onedoor/shared/graphql/party-records";
import { selectList } from "@onedoor/shared/db/adapter-reads";
import { ServiceTier } from "../generated/prisma/enums.js";
import { Prisma, type Dispute, type DisputeParty } from "../generated/prisma/client.js";
import { firstResponseSpec, lastOverdueRegistrationDay } from "../domain/clocks.js";
import { lastOverdueStart } from "@onedoor/shared/clock/working-hours";
import { OPEN_STATUSES } from "../domain/lifecycle.js";
import type { DisputeFilter } from "../entities/inputs.js";
import type { PetitionsStore } from "./store.js";

/** The dispute as stored now, not as the request's loader may have it. */
export const disputeByCode = (store: PetitionsStore, code: string): Promise<Dispute | null> =>
  store.dispute.findUnique({ where: { code } });

// The loaders' reads through the driver adapter, mapped as Prisma's findMany maps them (adapter-reads.ts): every
// scalar field the client knows, enum arrays named since the driver does not know their type.
const DISPUTE_SQL = `SELECT ${selectList(Prisma.DisputeScalarFieldEnum)} FROM "Dispute" WHERE "code" = ANY($1)`;
const DISPUTE_SHAPE = { lists: ["flags"] };
const PARTIES_SQL =
  `SELECT ${selectList(Prisma.DisputePartyScalarFieldEnum)} FROM "DisputeParty" ` +
  `WHERE "disputeId" = ANY($1::uuid[]) ORDER BY "role" ASC, "position" ASC`;

/** The disputes of the given codes (in no particular order), as `findMany({ where: { code: { in } } })`. */
export const disputesByCodes = (store: PetitionsStore, codes: readonly string[]): Promise<Dispute[]> =>
  store.rawQuery<Dispute>(DISPUTE_SQL, [codes], DISPUTE_SHAPE);

/** The parties of the given disputes by role, then position, as the equivalent `findMany`. */
export const partiesOfDisputes = (store: PetitionsStore, disputeIds: readonly string[]): Promise<DisputeParty[]> =>
  store.rawQuery<DisputeParty>(PARTIES_SQL, [disputeIds]);

/** Open disputes whose service clock has run out: per tier, registered on or before the last overdue day. */
export function overdueWhere(now: Date): Prisma.DisputeWhereInput {
  return {
    status: { in: [...OPEN_STATUSES] },
    OR: Object.values(ServiceTier).map((tier) => ({
      serviceTier: tier,
      registeredAt: { lte: endOfLocalDay(lastOverdueRegistrationDay(tier, now, CN_HOLIDAY_CALENDAR)) },
    })),
  };
}

/** Open disputes from a 12345 work order still waiting for the first call-back. */
const AWAITING_FIRST_RESPONSE: Prisma.DisputeWhereInput = {
  status: { in: [...OPEN_STATUSES] },
  hotlineCalledAt: { not: null },
  firstContactAt: null,
};

/** Of those, the ones past their first-response deadline: per urgency, called on or before the last overdue call. */
export function firstResponseOverdueWhere(now: Date): Prisma.DisputeWhereInput {
  const calledBy = (urgent: boolean) => ({
    urgent,
    hotlineCalledAt: { lte: lastOverdueStart(firstResponseSpec(urgent), now, CN_HOLIDAY_CALENDAR) },
  });
  return { ...AWAITING_FIRST_RESPONSE, OR: [calledBy(true), calledBy(false)] };
}

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

/**
 * The caller's part of the register: their county; for a department's staff, what was dispatched to their
 * body or handed to it (an accepted hand-off makes it the handling body; a pending one shows on the dispute).
 */
function jurisdictionWhere({ county, body }: { county?: string; body?: string }): Prisma.DisputeWhereInput[] {
  const where: Prisma.DisputeWhereInput[] = [];
  if (county !== undefined) where.push({ regionCode: county });
  if (body !== undefined)
    where.push({
      OR: [{ handlingBody: body }, { dispatches: { some: { OR: [{ body }, { coHandlers: { has: body } }] } } }],
    });
  return where;
}

const parseInstant = (sort: string | number) => new Date(String(sort));

/** 件件有着落 broken: dispatched and still open, yet no department leads it. */
const LEADLESS: Prisma.DisputeWhereInput = { status: { in: ["DISPATCHED", "IN_PROGRESS"] }, leadDepartment: null };

/**
 * One page of the queue by registration, newest first unless "asc" (`size + 1` rows at most, for `toConnection`),
 * and the count of the whole queue.
 */
export async function disputePage(
  store: PetitionsStore,
  filter: DisputeFilter | null | undefined,
  now: Date,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
  jurisdiction: { county?: string; body?: string } = {},
): Promise<{ rows: Dispute[]; count: () => Promise<number> }> {
  const where = [...disputeWhere(filter, now), ...jurisdictionWhere(jurisdiction)];
  const rows = await store.dispute.findMany({
    where: { AND: [...where, afterCursor("registeredAt", page.after, page.direction, parseInstant)] },
    orderBy: [{ registeredAt: page.direction }, { id: page.direction }],
    take: page.size + 1,
  });
  return { rows, count: () => store.dispute.count({ where: { AND: where } }) };
}

/**
 * One page of the disputes where a party (by party id) appears, keyset-paged on (registeredAt, id) in SQL;
 * `visible` (the access module) keeps those the caller may see.
 */
export function partyDisputePage(
  store: PetitionsStore,
  partyId: string,
  filter: PartyRecordFilterShape<Dispute["status"]>,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
  visible: (rows: Dispute[]) => PromiseLike<readonly Dispute[]>,
): Promise<Dispute[]> {
  const where: Prisma.DisputeWhereInput = {
    parties: { some: { partyId } },
    status: statusesWhere(filter.statuses),
    registeredAt: dayRangeWhere(filter),
  };
  return scanPage({
    fetch: (position, take) =>
      store.dispute.findMany({
        where: { AND: [where, position] },
        orderBy: [{ registeredAt: page.direction }, { id: page.direction }],
        take,
      }),
    sortField: "registeredAt",
    sortValue: (row) => row.registeredAt,
    direction: page.direction,
    after: page.after,
    parse: parseInstant,
    visible,
    size: page.size,
  });
}
