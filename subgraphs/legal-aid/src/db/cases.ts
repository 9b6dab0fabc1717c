// Reads of legal aid cases beyond the request's loaders: the queue, and a case's work log page by page.
import { endOfLocalDay, startOfLocalDay, type LocalDate } from "@onedoor/shared/clock/index";
import {
  afterCursor,
  countScanned,
  scanPage,
  toConnection,
  type ConnectionShape,
  type ScanOptions,
  type SortDirection,
} from "@onedoor/shared/graphql/connection";
import { dayRangeWhere, statusesWhere, type PartyRecordFilterShape } from "@onedoor/shared/graphql/party-records";
import type {
  LegalAidCase as CaseRow,
  LegalAidMaterialRequest,
  LegalAidWorkEntry,
  Prisma,
} from "../generated/prisma/client.js";
import { LegalAidStatus, type LegalAidMatter, type WorkActivity } from "../generated/prisma/enums.js";
import type { LegalAidContext } from "../resolvers/context.js";
import type { ListScope } from "../domain/access.js";
import { isoSort, parseIsoSort } from "./paging.js";
import type { LegalAidStore } from "./store.js";

const DAY_MS = 86_400_000;

export interface CaseQueueFilter {
  disputeCode: string | null;
  statuses?: readonly LegalAidStatus[] | null;
  matters?: readonly LegalAidMatter[] | null;
  /** Applied on or after this day (China time). */
  from?: LocalDate | null;
  /** Applied on or before this day (China time). */
  to?: LocalDate | null;
  /** Only cases one of whose clocks is (true) or none of whose clocks is (false) overdue at `now`. */
  overdue?: { is: boolean; now: Date } | null;
  /** The caller's jurisdiction (resolvers/access.ts `listScope`); undefined: not narrowed. */
  within?: ListScope;
}

/** A queued case with its material requests, which its clocks need. */
export type QueuedCase = CaseRow & { materialRequests: LegalAidMaterialRequest[] };

function conditions(filter: CaseQueueFilter): Prisma.LegalAidCaseWhereInput[] {
  const where: Prisma.LegalAidCaseWhereInput[] = [];
  if (filter.disputeCode) where.push({ disputeCode: filter.disputeCode });
  if (filter.within) {
    // A case's county is its dispute's, else its region's; every case has one, so another center sees none.
    const { county, ownCenter } = filter.within;
    where.push(
      ownCenter
        ? { OR: [{ disputeCode: { startsWith: county } }, { disputeCode: null, regionCode: { startsWith: county } }] }
        : { id: { in: [] } },
    );
  }
  if (filter.statuses?.length) where.push({ status: { in: [...filter.statuses] } });
  if (filter.matters?.length) where.push({ matter: { in: [...filter.matters] } });
  if (filter.from) where.push({ appliedAt: { gte: startOfLocalDay(filter.from) } });
  if (filter.to) where.push({ appliedAt: { lte: endOfLocalDay(filter.to) } });
  if (filter.overdue?.is) {
    // Only cases whose clock could have run out (7 days to decide, 3 to assign): pauses and holidays only
    // move deadlines later. Which of them are overdue is the clocks' answer, in `keep`.
    const before = (days: number) => new Date(filter.overdue!.now.getTime() - days * DAY_MS);
    where.push({
      OR: [
        {
          decidedAt: null,
          status: {
            in: [LegalAidStatus.SUBMITTED, LegalAidStatus.MATERIALS_REQUESTED, LegalAidStatus.PROVISIONAL_AID],
          },
          appliedAt: { lt: before(7) },
        },
        { assignedAt: null, status: LegalAidStatus.GRANTED, decidedAt: { lt: before(3) } },
        { assignedAt: null, status: LegalAidStatus.PROVISIONAL_AID, provisionalAidStartedAt: { lt: before(3) } },
      ],
    });
  }
  return where;
}

/**
 * 法律援助案件队列, keyset-paged on (appliedAt, id) in either direction. `keep` decides what only code can (a
 * clock's state); the material requests read with each case are handed to the request's loader for the cases' clocks.
 */
export async function caseQueue(
  ctx: LegalAidContext,
  filter: CaseQueueFilter,
  page: {
    after: string | null | undefined;
    size: number;
    direction: SortDirection;
    keep?: ((row: QueuedCase) => boolean) | null;
  },
): Promise<ConnectionShape<QueuedCase>> {
  const where = conditions(filter);
  const scan: ScanOptions<QueuedCase> = {
    fetch: (position, take) =>
      ctx.store.legalAidCase.findMany({
        where: { AND: [...where, position] },
        orderBy: [{ appliedAt: page.direction }, { id: page.direction }],
        include: { materialRequests: { orderBy: { requestedAt: "asc" } } },
        take,
      }),
    sortField: "appliedAt",
    sortValue: (row) => isoSort(row.appliedAt),
    direction: page.direction,
    after: page.after,
    parse: parseIsoSort,
    keep: page.keep,
    size: page.size,
  };
  const rows = await scanPage(scan);
  for (const row of rows) ctx.loaders.materialRequestsByCase.prime(row.id, row.materialRequests);
  return toConnection(rows, page.size, (row) => isoSort(row.appliedAt), {
    hasPreviousPage: Boolean(page.after),
    count: () =>
      countScanned({ ...scan, countInDatabase: () => ctx.store.legalAidCase.count({ where: { AND: where } }) }),
  });
}

/**
 * One page of the cases a party (by party id) applied for, keyset-paged on (appliedAt, id) in SQL; `visible`
 * (the access module) keeps those the caller may see.
 */
export async function partyCasePage(
  { store }: Pick<LegalAidContext, "store">,
  partyId: string,
  filter: PartyRecordFilterShape<LegalAidStatus>,
  page: { after: string | null; size: number; direction: SortDirection },
  visible: (rows: CaseRow[]) => PromiseLike<readonly CaseRow[]>,
): Promise<{ rows: CaseRow[]; count: () => Promise<number> }> {
  const where: Prisma.LegalAidCaseWhereInput = {
    applicantPartyId: partyId,
    status: statusesWhere(filter.statuses),
    appliedAt: dayRangeWhere(filter),
  };
  const scan: ScanOptions<CaseRow> = {
    fetch: (position, take) =>
      store.legalAidCase.findMany({
        where: { AND: [where, position] },
        orderBy: [{ appliedAt: page.direction }, { id: page.direction }],
        take,
      }),
    sortField: "appliedAt",
    sortValue: (row) => row.appliedAt,
    direction: page.direction,
    after: page.after,
    parse: parseIsoSort,
    visible,
    size: page.size,
  };
  return { rows: await scanPage(scan), count: () => countScanned(scan) };
}

export interface WorkLogQuery {
  activities?: readonly WorkActivity[] | null;
  from?: LocalDate | null;
  to?: LocalDate | null;
  direction: SortDirection;
  after?: string | null;
  size: number;
}

/** One page of a case's work log in (occurredAt, id) order, and how many entries match. */
export async function workLogPage(
  store: LegalAidStore,
  caseId: string,
  { activities, from, to, direction, after, size }: WorkLogQuery,
): Promise<{ rows: LegalAidWorkEntry[]; totalCount: number }> {
  const where: Prisma.LegalAidWorkEntryWhereInput = {
    caseId,
    ...(activities?.length ? { activity: { in: [...activities] } } : {}),
    occurredAt: dayRangeWhere({ from, to }),
  };
  const [rows, totalCount] = await Promise.all([
    store.legalAidWorkEntry.findMany({
      where: { AND: [where, afterCursor("occurredAt", after, direction, parseIsoSort)] },
      orderBy: [{ occurredAt: direction }, { id: direction }],
      take: size + 1,
    }),
    store.legalAidWorkEntry.count({ where }),
  ]);
  return { rows, totalCount };
}
