// The mediation case queue (a committee's queue, a mediator's workload), newest (or oldest) accepted first,
// keyset paged. Deadlines are computed, never stored: the overdue filter reads in batches and keeps the rows
// whose clock matches.
import { addDays, startOfLocalDay, type LocalDate } from "@onedoor/shared/clock/index";
import { countScanned, scanPage, type SortDirection } from "@onedoor/shared/graphql/connection";
import { dayRangeWhere, statusesWhere, type PartyRecordFilterShape } from "@onedoor/shared/graphql/party-records";
import { caseClockView } from "../domain/mediation-clock.js";
import { selectList } from "@onedoor/shared/db/adapter-reads";
import {
  Prisma,
  type CaseMediator,
  type Committee,
  type MediationCase as CaseRow,
  type MediationClockPause,
  type Mediator,
} from "../generated/prisma/client.js";
import type { MediationCaseStatus } from "../generated/prisma/enums.js";
import type { WithStore } from "./store.js";

/** All given conditions apply; ids are well-formed (the resolver answers an empty page otherwise). */
export interface CaseQueueFilter {
  committeeId?: string;
  mediatorId?: string;
  statuses?: MediationCaseStatus[];
  overdue?: boolean | null;
  /** Accepted on this day (China time) or later. */
  from?: LocalDate;
  /** Accepted on this day (China time) or earlier. */
  to?: LocalDate;
  disputeCode?: string;
}

const DAY_MS = 86_400_000;
/** No mediation clock is shorter than labour's 15 natural days, so younger cases cannot be overdue. */
const SHORTEST_CLOCK_DAYS = 15;
/** Rows read per round when the queue filters on the computed clock. */
const SCAN_BATCH = 100;

const parse = (sort: string | number) => new Date(String(sort));

// Through the driver adapter, mapped as Prisma's findMany maps them (adapter-reads.ts): every scalar field the
// client knows.
const CASES_OF_DISPUTES_SQL =
  `SELECT ${selectList(Prisma.MediationCaseScalarFieldEnum)} FROM "MediationCase" ` +
  `WHERE "disputeCode" = ANY($1) ORDER BY "acceptedAt" ASC, "createdAt" ASC`;

/** The cases of the given disputes, first accepted first, as the equivalent `findMany`. */
export const casesOfDisputes = ({ store }: WithStore, disputeCodes: readonly string[]): Promise<CaseRow[]> =>
  store.rawQuery<CaseRow>(CASES_OF_DISPUTES_SQL, [disputeCodes]);

// What every case on a page or a detail reads besides itself (its committee, its lead mediator, its clock's
// pauses), through the driver adapter too.
const COMMITTEES_SQL = `SELECT ${selectList(Prisma.CommitteeScalarFieldEnum)} FROM "Committee" WHERE "id" = ANY($1::uuid[])`;
const MEDIATORS_SQL = `SELECT ${selectList(Prisma.MediatorScalarFieldEnum)} FROM "Mediator" WHERE "id" = ANY($1::uuid[])`;
const ASSIGNMENTS_SQL =
  `SELECT ${selectList(Prisma.CaseMediatorScalarFieldEnum)} FROM "CaseMediator" ` +
  `WHERE "caseId" = ANY($1::uuid[]) ORDER BY "assignedAt" ASC, "id" ASC`;
const PAUSES_SQL =
  `SELECT ${selectList(Prisma.MediationClockPauseScalarFieldEnum)} FROM "MediationClockPause" ` +
  `WHERE "caseId" = ANY($1::uuid[]) ORDER BY "from" ASC, "id" ASC`;

/** The committees of the given ids (in no particular order), as `findMany({ where: { id: { in } } })`. */
export const committeesByIds = ({ store }: WithStore, ids: readonly string[]): Promise<Committee[]> =>
  store.rawQuery<Committee>(COMMITTEES_SQL, [ids]);

/** The mediators of the given ids (in no particular order), as `findMany({ where: { id: { in } } })`. */
export const mediatorsByIds = ({ store }: WithStore, ids: readonly string[]): Promise<Mediator[]> =>
  store.rawQuery<Mediator>(MEDIATORS_SQL, [ids]);

/** The mediators' assignments to the given cases, in order of assignment, as the equivalent `findMany`. */
export const assignmentsOfCases = ({ store }: WithStore, caseIds: readonly string[]): Promise<CaseMediator[]> =>
  store.rawQuery<CaseMediator>(ASSIGNMENTS_SQL, [caseIds]);

/** The clock pauses of the given cases, earliest first, as the equivalent `findMany`. */
export const pausesOfCases = ({ store }: WithStore, caseIds: readonly string[]): Promise<MediationClockPause[]> =>
  store.rawQuery<MediationClockPause>(PAUSES_SQL, [caseIds]);

/**
 * One page of the queue (`size + 1` rows at most, for `toConnection`; newest accepted first unless "asc"), and
 * the count of the whole queue for `totalCount`.
 */
export async function caseQueue(
  { store }: WithStore,
  filter: CaseQueueFilter,
  page: { after: string | null; size: number; direction: "asc" | "desc" },
  now: Date,
  jurisdiction: { county?: string; committeeName?: string } = {},
): Promise<{ rows: CaseRow[]; count: () => Promise<number> }> {
  const acceptedAt: Prisma.DateTimeFilter = {};
  if (filter.from) acceptedAt.gte = startOfLocalDay(filter.from);
  if (filter.to) acceptedAt.lt = startOfLocalDay(addDays(filter.to, 1));
  if (filter.overdue === true) {
    const youngest = new Date(now.getTime() - SHORTEST_CLOCK_DAYS * DAY_MS);
    acceptedAt.lt = acceptedAt.lt && acceptedAt.lt < youngest ? acceptedAt.lt : youngest;
  }
  const where: Prisma.MediationCaseWhereInput = {
    ...(filter.committeeId ? { committeeId: filter.committeeId } : {}),
    ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
    ...(filter.disputeCode ? { disputeCode: filter.disputeCode } : {}),
    ...(filter.mediatorId ? { mediators: { some: { mediatorId: filter.mediatorId, recusedAt: null } } } : {}),
    ...(Object.keys(acceptedAt).length ? { acceptedAt } : {}),
    // The caller's jurisdiction: the county is the 解纷码's first six digits.
    ...(jurisdiction.county
      ? {
          disputeCode: {
            ...(filter.disputeCode ? { equals: filter.disputeCode } : {}),
            startsWith: jurisdiction.county,
          },
        }
      : {}),
    ...(jurisdiction.committeeName !== undefined ? { committee: { name: jurisdiction.committeeName } } : {}),
  };
  const orderBy = [{ acceptedAt: page.direction }, { id: page.direction }];
  const keyset = {
    sortField: "acceptedAt",
    sortValue: (row: CaseRow) => row.acceptedAt,
    direction: page.direction,
    after: page.after,
    parse,
    size: page.size,
  };
  const { overdue } = filter;
  if (overdue === undefined || overdue === null) {
    const plain = {
      ...keyset,
      fetch: (position: object, take: number) =>
        store.mediationCase.findMany({ where: { AND: [where, position] }, orderBy, take }),
    };
    return {
      rows: await scanPage(plain),
      count: () => countScanned({ ...plain, countInDatabase: () => store.mediationCase.count({ where }) }),
    };
  }
  const withClock = {
    ...keyset,
    fetch: (position: object, take: number) =>
      store.mediationCase.findMany({ where: { AND: [where, position] }, orderBy, take, include: { pauses: true } }),
    keep: (row: Prisma.MediationCaseGetPayload<{ include: { pauses: true } }>) =>
      caseClockView(row, row.pauses, now).overdue === overdue,
    batch: SCAN_BATCH,
  };
  const rows = await scanPage(withClock);
  return { rows: rows.map(({ pauses: _pauses, ...row }) => row), count: () => countScanned(withClock) };
}

/**
 * One page of a party's cases: those of the party's disputes (`codes`, sealed by the registry), keyset-paged on
 * (acceptedAt, id) in SQL; `visible` (the access module) keeps those the caller may see. With the count of all.
 */
export async function partyCasePage(
  { store }: WithStore,
  codes: readonly string[],
  filter: PartyRecordFilterShape<MediationCaseStatus>,
  page: { after: string | null; size: number; direction: SortDirection },
  visible: (rows: CaseRow[]) => PromiseLike<readonly CaseRow[]>,
): Promise<{ rows: CaseRow[]; count: () => Promise<number> }> {
  if (codes.length === 0) return { rows: [], count: () => Promise.resolve(0) };
  const where: Prisma.MediationCaseWhereInput = {
    disputeCode: { in: [...codes] },
    status: statusesWhere(filter.statuses),
    acceptedAt: dayRangeWhere(filter),
  };
  const orderBy = [{ acceptedAt: page.direction }, { id: page.direction }];
  const scan = {
    fetch: (position: object, take: number) =>
      store.mediationCase.findMany({ where: { AND: [where, position] }, orderBy, take }),
    sortField: "acceptedAt",
    sortValue: (row: CaseRow) => row.acceptedAt,
    direction: page.direction,
    after: page.after,
    parse,
    visible,
    size: page.size,
  };
  return { rows: await scanPage(scan), count: () => countScanned(scan) };
}
