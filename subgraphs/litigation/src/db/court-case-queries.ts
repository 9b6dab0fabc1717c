// Reads of court cases for the service center: by case number, the queue (keyset-paged in filing
// order), and the judicial confirmation counts.
import { endOfLocalDay, startOfLocalDay, type LocalDate } from "@onedoor/shared/clock/index";
import { countScanned, scanPage, type ScanOptions, type SortDirection } from "@onedoor/shared/graphql/connection";
import { dayRangeWhere, statusesWhere, type PartyRecordFilterShape } from "@onedoor/shared/graphql/party-records";
import { courtClockStatus, isOverdue } from "../domain/clocks.js";
import type { CourtCase, CourtCaseClock, Prisma } from "../generated/prisma/client.js";
import type { CourtCaseStatus, CourtProcedure } from "../generated/prisma/enums.js";
import { clockRecord } from "./court-cases.js";
import type { LitigationStore } from "./store.js";

export interface CaseFilter {
  procedures?: CourtProcedure[] | null;
  statuses?: CourtCaseStatus[] | null;
  /** Only cases with a running clock past its deadline (true), or none (false). */
  overdue?: boolean | null;
  online?: boolean | null;
  /** Filed on or after this day, China time. */
  from?: LocalDate | null;
  /** Filed on or before this day, China time. */
  to?: LocalDate | null;
  courtCode?: string | null;
  disputeCode?: string | null;
}

function filterWhere(filter: CaseFilter | null | undefined): Prisma.CourtCaseWhereInput {
  if (!filter) return {};
  return {
    ...(filter.procedures?.length ? { procedure: { in: filter.procedures } } : {}),
    ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
    ...(filter.online != null ? { online: filter.online } : {}),
    ...(filter.courtCode ? { courtCode: filter.courtCode } : {}),
    ...(filter.disputeCode ? { disputeCode: filter.disputeCode } : {}),
    ...(filter.from || filter.to
      ? {
          filedAt: {
            ...(filter.from ? { gte: startOfLocalDay(filter.from) } : {}),
            ...(filter.to ? { lte: endOfLocalDay(filter.to) } : {}),
          },
        }
      : {}),
  };
}

export const caseByNumber = (store: LitigationStore, caseNumber: string): Promise<CourtCase | null> =>
  store.courtCase.findUnique({ where: { caseNumber } });

const hasOverdueClock = (clocks: CourtCaseClock[], now: Date): boolean =>
  clocks.some((c) => c.stoppedAt === null && isOverdue(courtClockStatus(c.kind, clockRecord(c), now)));

/**
 * One page of the queue (`size + 1` rows at most, for `toConnection`) in filing order (`direction`), within `county`
 * when the caller is confined to one, and the count of all matching cases unless the overdue filter applies:
 * overdue depends on today's date and the holiday calendar, so it is computed, never stored, and its cases are
 * found by scanning in the queue's order.
 */
export async function caseQueuePage(
  store: LitigationStore,
  {
    filter,
    after,
    size,
    direction,
    now,
    county,
  }: {
    filter: CaseFilter | null;
    after: string | null;
    size: number;
    direction: SortDirection;
    now: Date;
    county?: string;
  },
): Promise<{ rows: CourtCase[]; count: () => Promise<number> }> {
  // The caller's jurisdiction: a case's county is its 解纷码's first six digits.
  const where: Prisma.CourtCaseWhereInput = {
    AND: [filterWhere(filter), county ? { disputeCode: { startsWith: county } } : {}],
  };
  const orderBy: Prisma.CourtCaseOrderByWithRelationInput[] = [{ filedAt: direction }, { id: direction }];
  const paging = {
    sortField: "filedAt",
    sortValue: (row: CourtCase) => row.filedAt,
    direction,
    after,
    parse: (sort: string | number) => new Date(String(sort)),
    size,
  } as const;
  const overdue = filter?.overdue;
  if (overdue == null) {
    const scan: ScanOptions<CourtCase> = {
      ...paging,
      fetch: (position, take) => store.courtCase.findMany({ where: { AND: [where, position] }, orderBy, take }),
    };
    return {
      rows: await scanPage(scan),
      count: () => countScanned({ ...scan, countInDatabase: () => store.courtCase.count({ where }) }),
    };
  }
  // Whether a clock is overdue is computed from its inputs, so the filter keeps rows in code, and so does the count.
  const openClock: Prisma.CourtCaseWhereInput = overdue ? { clocks: { some: { stoppedAt: null } } } : {};
  const scan: ScanOptions<CourtCase & { clocks: CourtCaseClock[] }> = {
    ...paging,
    fetch: (position, take) =>
      store.courtCase.findMany({
        where: { AND: [where, position, openClock] },
        orderBy,
        take,
        include: { clocks: true },
      }),
    keep: (row) => hasOverdueClock(row.clocks, now) === overdue,
  };
  const rows = await scanPage(scan);
  return { rows: rows.map(({ clocks: _clocks, ...row }) => row), count: () => countScanned(scan) };
}

/**
 * Of the confirmed agreements the court still shows awaiting performance, how many the committee found performed
 * at its follow-up (a fact the registry relayed): performed for the court's statistics too.
 */
export async function performedPerCommitteeCount(
  store: LitigationStore,
  scope: { courtCode: string | null; from: LocalDate | null; to: LocalDate | null },
): Promise<number> {
  const pending = await store.courtCase.findMany({
    where: { procedure: "JUDICIAL_CONFIRMATION", status: "CONFIRMED", performance: "PENDING", ...filterWhere(scope) },
    select: { agreementId: true },
  });
  const agreementIds = pending.flatMap((row) => (row.agreementId ? [row.agreementId] : []));
  if (agreementIds.length === 0) return 0;
  const performed = await store.registryNotice.findMany({
    where: { kind: "AGREEMENT_PERFORMED", recordId: { in: agreementIds } },
    distinct: ["recordId"],
    select: { recordId: true },
  });
  const found = new Set(performed.map((row) => row.recordId));
  return agreementIds.filter((id) => found.has(id)).length;
}

/** 司法确认 cases by status and performance, for a court and filing period. */
export function confirmationGroups(
  store: LitigationStore,
  scope: { courtCode: string | null; from: LocalDate | null; to: LocalDate | null },
) {
  return store.courtCase.groupBy({
    by: ["status", "performance"],
    where: { procedure: "JUDICIAL_CONFIRMATION", ...filterWhere(scope) },
    _count: { _all: true },
  });
}

/**
 * One page of the cases where a party (by party id) appears, keyset-paged on (filedAt, id) in SQL; `visible`
 * (the access module) keeps those the caller may see.
 */
export async function partyCasePage(
  store: LitigationStore,
  partyId: string,
  filter: PartyRecordFilterShape<CourtCaseStatus>,
  page: { after: string | null; size: number; direction: SortDirection },
  visible: (rows: CourtCase[]) => PromiseLike<readonly CourtCase[]>,
): Promise<{ rows: CourtCase[]; count: () => Promise<number> }> {
  const where: Prisma.CourtCaseWhereInput = {
    parties: { some: { partyId } },
    status: statusesWhere(filter.statuses),
    filedAt: dayRangeWhere(filter),
  };
  const scan: ScanOptions<CourtCase> = {
    fetch: (position, take) =>
      store.courtCase.findMany({
        where: { AND: [where, position] },
        orderBy: [{ filedAt: page.direction }, { id: page.direction }],
        take,
      }),
    sortField: "filedAt",
    sortValue: (row) => row.filedAt,
    direction: page.direction,
    after: page.after,
    parse: (sort: string | number) => new Date(String(sort)),
    visible,
    size: page.size,
  };
  return { rows: await scanPage(scan), count: () => countScanned(scan) };
}
