// The commission's queue and the arbitrators' calendars: keyset-paged reads of cases.
import { endOfLocalDay, startOfLocalDay, type LocalDate } from "@onedoor/shared/clock/index";
import { afterCursor, countScanned, scanPage, type SortDirection } from "@onedoor/shared/graphql/connection";
import { dayRangeWhere, statusesWhere, type PartyRecordFilterShape } from "@onedoor/shared/graphql/party-records";
import type { Prisma } from "../generated/prisma/client.js";
import type { ArbitrationStatus } from "../generated/prisma/enums.js";
import { OPEN_STATUSES } from "../domain/case-machine.js";
import type { ArbitrationStore } from "./store.js";
import type { CaseRow } from "./rows.js";

export interface QueueFilter {
  statuses?: ArbitrationStatus[] | null;
  collective?: boolean | null;
  commissionRegion?: string | null;
  /** Received on or after this day (China time). */
  from?: LocalDate | null;
  /** Received on or before this day (China time). */
  to?: LocalDate | null;
  /** Clock-based conditions (overdue, due soon): computed per row, never stored. */
  clocksOnly?: boolean;
}

const parseInstant = (sort: string | number) => new Date(sort);

/**
 * The caller's jurisdiction in the query itself, before paging: cases of these counties only (a case's county is
 * its 解纷码's first six digits); unset, not narrowed. No county at all is answered without a query.
 */
export type ListCounties = readonly string[] | undefined;

const inCounties = (counties: readonly string[]): Prisma.ArbitrationCaseWhereInput => ({
  OR: counties.map((county) => ({ disputeCode: { startsWith: county } })),
});

/**
 * One page of the commission's queue, keyset-paged on (receivedAt, id) in either direction.
 * `keep` filters on computed clocks; rows are read in batches until the page is full. With the count of all.
 */
export async function queuePage(
  store: ArbitrationStore,
  filter: QueueFilter,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
  keep: ((row: CaseRow) => boolean) | null,
  counties: ListCounties,
): Promise<{ rows: CaseRow[]; count: () => Promise<number> }> {
  if (counties?.length === 0) return { rows: [], count: () => Promise.resolve(0) };
  // Only a case whose clocks still run can be overdue or due soon.
  const statuses = filter.clocksOnly
    ? (filter.statuses ?? ["RECEIVED", ...OPEN_STATUSES]).filter((s) => s === "RECEIVED" || OPEN_STATUSES.includes(s))
    : filter.statuses;
  const base: Prisma.ArbitrationCaseWhereInput = {
    ...(statuses ? { status: { in: statuses } } : {}),
    ...(filter.collective !== null && filter.collective !== undefined ? { collective: filter.collective } : {}),
    ...(filter.commissionRegion ? { commissionRegion: filter.commissionRegion } : {}),
    ...(filter.from || filter.to
      ? {
          receivedAt: {
            ...(filter.from ? { gte: startOfLocalDay(filter.from) } : {}),
            ...(filter.to ? { lte: endOfLocalDay(filter.to) } : {}),
          },
        }
      : {}),
    ...(counties ? inCounties(counties) : {}),
  };
  const scan = {
    fetch: (position: object, take: number) =>
      store.arbitrationCase.findMany({
        where: { AND: [base, position] },
        orderBy: [{ receivedAt: page.direction }, { id: page.direction }],
        take,
      }),
    sortField: "receivedAt",
    sortValue: (row: CaseRow) => row.receivedAt,
    direction: page.direction,
    after: page.after,
    parse: parseInstant,
    keep,
    size: page.size,
  };
  return {
    rows: await scanPage(scan),
    count: () => countScanned({ ...scan, countInDatabase: () => store.arbitrationCase.count({ where: base }) }),
  };
}

/**
 * One page of an arbitrator's hearings (scheduled, or held and awarded) on the days from–to (China time, both
 * included), keyset-paged on (hearingAt, id) in either direction. Served by the GIN index on arbitrators and
 * the (hearingAt, id) index.
 */
export function calendarPage(
  store: ArbitrationStore,
  calendar: { arbitrator: string; from: LocalDate; to: LocalDate },
  page: { after: string | null | undefined; size: number; direction: SortDirection },
  counties: ListCounties,
): Promise<CaseRow[]> {
  if (counties?.length === 0) return Promise.resolve([]);
  return store.arbitrationCase.findMany({
    where: {
      AND: [
        {
          arbitrators: { has: calendar.arbitrator },
          status: { in: ["HEARING_SCHEDULED", "AWARDED"] },
          hearingAt: { gte: startOfLocalDay(calendar.from), lte: endOfLocalDay(calendar.to) },
          ...(counties ? inCounties(counties) : {}),
        },
        afterCursor("hearingAt", page.after, page.direction, parseInstant),
      ],
    },
    orderBy: [{ hearingAt: page.direction }, { id: page.direction }],
    take: page.size + 1,
  });
}

/**
 * One page of a party's cases (as an applicant or the respondent), keyset-paged on (receivedAt, id) in SQL;
 * `visible` (the access module) keeps those the caller may see. With the count of all.
 */
export async function partyCasePage(
  store: ArbitrationStore,
  partyId: string,
  filter: PartyRecordFilterShape<ArbitrationStatus>,
  page: { after: string | null; size: number; direction: SortDirection },
  visible: (rows: CaseRow[]) => PromiseLike<readonly CaseRow[]>,
): Promise<{ rows: CaseRow[]; count: () => Promise<number> }> {
  const where: Prisma.ArbitrationCaseWhereInput = {
    OR: [{ respondentPartyId: partyId }, { applicants: { some: { partyId } } }],
    status: statusesWhere(filter.statuses),
    receivedAt: dayRangeWhere(filter),
  };
  const scan = {
    fetch: (position: object, take: number) =>
      store.arbitrationCase.findMany({
        where: { AND: [where, position] },
        orderBy: [{ receivedAt: page.direction }, { id: page.direction }],
        take,
      }),
    sortField: "receivedAt",
    sortValue: (row: CaseRow) => row.receivedAt,
    direction: page.direction,
    after: page.after,
    parse: parseInstant,
    visible,
    size: page.size,
  };
  return { rows: await scanPage(scan), count: () => countScanned(scan) };
}
