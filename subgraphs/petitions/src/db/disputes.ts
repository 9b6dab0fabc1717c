// Reading disputes: one by code, fresh (for a step), and the keyset-paged queue with its filters.
import { CN_HOLIDAY_CALENDAR, endOfLocalDay, startOfLocalDay, toLocalDate } from "@onedoor/shared/clock/index";
import { instantCursor, scanPage, type SortDirection } from "@onedoor/shared/graphql/connection";
import { dayRangeWhere, statusesWhere, type PartyRecordFilterShape } from "@onedoor/shared/graphql/party-records";
import { SqlArguments, selectList } from "@onedoor/shared/db/adapter-reads";
import { ServiceTier } from "../generated/prisma/enums.js";
import { Prisma, type Dispute, type DisputeDispatch, type DisputeParty } from "../generated/prisma/client.js";
import { firstResponseSpec, lastOverdueRegistrationDay } from "../domain/clocks.js";
import { lastOverdueStart } from "@onedoor/shared/clock/working-hours";
import { OPEN_STATUSES } from "../domain/lifecycle.js";
import type { DisputeFilter } from "../entities/inputs.js";
import { disputePausedDaysSql } from "./service-pauses.js";
import type { PetitionsStore } from "./store.js";

/** The dispute as stored now, not as the request's loader may have it. */
export const disputeByCode = (store: PetitionsStore, code: string): Promise<Dispute | null> =>
  store.dispute.findUnique({ where: { code } });

// The loaders' reads through the driver adapter, mapped as Prisma's findMany maps them (adapter-reads.ts): every
// scalar field the client knows, enum arrays named since the driver does not know their type.
const DISPUTE_COLUMNS = selectList(Prisma.DisputeScalarFieldEnum);
const DISPUTE_SQL = `SELECT ${DISPUTE_COLUMNS} FROM "Dispute" WHERE "code" = ANY($1)`;
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

// Every detail's access check reads the dispute's dispatches (the bodies it was sent to).
const DISPATCHES_SQL =
  `SELECT ${selectList(Prisma.DisputeDispatchScalarFieldEnum)} FROM "DisputeDispatch" ` +
  `WHERE "disputeId" = ANY($1::uuid[]) ORDER BY "dispatchedAt" ASC, "id" ASC`;

/** The dispatches of the given disputes, earliest first, as the equivalent `findMany`. */
export const dispatchesOfDisputes = (
  store: PetitionsStore,
  disputeIds: readonly string[],
): Promise<DisputeDispatch[]> => store.rawQuery<DisputeDispatch>(DISPATCHES_SQL, [disputeIds]);

// The queue page and its count, read on every queue through the driver adapter: the filters as SQL conditions
// over "Dispute" (the reference, what Prisma read, is testing/prisma-pages.ts; tests compare the two).

/**
 * A closed set's values as a parameter: sent as text[] (PGlite serialises no array of a type it does not know), then
 * cast to the column's enum.
 */
const anyOf = (args: SqlArguments, values: readonly string[], enumType: string) =>
  `ANY(${args.add(values, `text[]::"${enumType}"[]`)})`;

/**
 * Open disputes whose service clock has run out: per tier, registered on or before the last overdue day once
 * the start is moved by the days a procedure's pause left out. Pauses only move it later, so the plain bound
 * keeps the scan on the index and the moved one decides.
 */
function overdueSql(args: SqlArguments, now: Date): string {
  const today = toLocalDate(now);
  const tiers = Object.values(ServiceTier).map((tier) => {
    const lastDay = args.add(endOfLocalDay(lastOverdueRegistrationDay(tier, now, CN_HOLIDAY_CALENDAR)));
    const paused = disputePausedDaysSql(args, tier, today);
    return (
      `("serviceTier" = ${args.add(tier, '"ServiceTier"')} AND "registeredAt" <= ${lastDay}` +
      ` AND "registeredAt" + make_interval(days => ${paused}) <= ${lastDay})`
    );
  });
  return `("status" = ${anyOf(args, OPEN_STATUSES, "DisputeStatus")} AND (${tiers.join(" OR ")}))`;
}

/** Open disputes from a 12345 work order still waiting for the first call-back. */
const awaitingFirstResponseSql = (args: SqlArguments) =>
  `"status" = ${anyOf(args, OPEN_STATUSES, "DisputeStatus")} AND "hotlineCalledAt" IS NOT NULL AND "firstContactAt" IS NULL`;

/** Of those, the ones past their first-response deadline: per urgency, called on or before the last overdue call. */
function firstResponseOverdueSql(args: SqlArguments, now: Date): string {
  const calledBy = (urgent: boolean) =>
    `("urgent" = ${args.add(urgent)} AND "hotlineCalledAt" <= ${args.add(
      lastOverdueStart(firstResponseSpec(urgent), now, CN_HOLIDAY_CALENDAR),
    )})`;
  return `(${awaitingFirstResponseSql(args)} AND (${calledBy(true)} OR ${calledBy(false)}))`;
}

/** 件件有着落 broken: dispatched and still open, yet no department leads it. */
const leadlessSql = (args: SqlArguments) =>
  `("status" = ${anyOf(args, ["DISPATCHED", "IN_PROGRESS"], "DisputeStatus")} AND "leadDepartment" IS NULL)`;

function filterSql(args: SqlArguments, filter: DisputeFilter | null | undefined, now: Date): string[] {
  if (!filter) return [];
  const where: string[] = [];
  if (filter.statuses?.length) where.push(`"status" = ${anyOf(args, filter.statuses, "DisputeStatus")}`);
  if (filter.department) where.push(`"leadDepartment" = ${args.add(filter.department, '"Department"')}`);
  if (filter.category) where.push(`"category" = ${args.add(filter.category)}`);
  if (filter.regionCode) where.push(`"regionCode" = ${args.add(filter.regionCode)}`);
  if (filter.channel) where.push(`"channel" = ${args.add(filter.channel, '"Channel"')}`);
  if (filter.major !== null && filter.major !== undefined) where.push(`"major" = ${args.add(filter.major)}`);
  if (filter.from) where.push(`"registeredAt" >= ${args.add(startOfLocalDay(filter.from))}`);
  if (filter.to) where.push(`"registeredAt" <= ${args.add(endOfLocalDay(filter.to))}`);
  if (filter.overdue === true) where.push(overdueSql(args, now));
  if (filter.overdue === false)
    where.push(`"status" = ${anyOf(args, OPEN_STATUSES, "DisputeStatus")} AND NOT ${overdueSql(args, now)}`);
  if (filter.firstResponseOverdue === true) where.push(firstResponseOverdueSql(args, now));
  if (filter.firstResponseOverdue === false)
    where.push(`${awaitingFirstResponseSql(args)} AND NOT ${firstResponseOverdueSql(args, now)}`);
  if (filter.withoutLeadDepartment === true) where.push(leadlessSql(args));
  if (filter.withoutLeadDepartment === false) where.push(`NOT ${leadlessSql(args)}`);
  return where;
}

/**
 * The caller's part of the register: their county; for a department's staff, what was dispatched to their
 * body or handed to it (an accepted hand-off makes it the handling body; a pending one shows on the dispute).
 */
function jurisdictionSql(args: SqlArguments, { county, body }: { county?: string; body?: string }): string[] {
  const where: string[] = [];
  if (county !== undefined) where.push(`"regionCode" = ${args.add(county)}`);
  if (body !== undefined) {
    const named = args.add(body);
    where.push(
      `("handlingBody" = ${named} OR EXISTS (SELECT 1 FROM "DisputeDispatch" AS d ` +
        `WHERE d."disputeId" = "Dispute"."id" AND (d."body" = ${named} OR ${named} = ANY(d."coHandlers"))))`,
    );
  }
  return where;
}

const whereClause = (conditions: readonly string[]) =>
  conditions.length ? ` WHERE ${conditions.map((c) => `(${c})`).join(" AND ")}` : "";

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
  const args = new SqlArguments();
  const where = [...filterSql(args, filter, now), ...jurisdictionSql(args, jurisdiction)];
  // The count reads the same conditions, so it takes their parameters and none of the page's.
  const countArgs = [...args.values];
  const after = instantCursor(page.after);
  const beyond = page.direction === "desc" ? "<" : ">";
  const keyset = after
    ? [
        `"registeredAt" ${beyond} ${args.add(after.sort)} OR ("registeredAt" = ${args.add(after.sort)} ` +
          `AND "id" ${beyond} ${args.add(after.id, "uuid")})`,
      ]
    : [];
  const order = page.direction === "desc" ? "DESC" : "ASC";
  const rows = await store.rawQuery<Dispute>(
    `SELECT ${DISPUTE_COLUMNS} FROM "Dispute"${whereClause([...where, ...keyset])} ` +
      `ORDER BY "registeredAt" ${order}, "id" ${order} LIMIT ${args.add(page.size + 1)}`,
    args.values,
    DISPUTE_SHAPE,
  );
  const count = async () =>
    (
      await store.rawQuery<{ count: number }>(
        `SELECT count(*)::int AS "count" FROM "Dispute"${whereClause(where)}`,
        countArgs,
      )
    )[0]!.count;
  return { rows, count };
}

const parseInstant = (sort: string | number) => new Date(String(sort));

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
