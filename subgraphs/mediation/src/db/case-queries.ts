// The mediation case queue (a committee's queue, a mediator's workload), newest accepted first, keyset
// paged. Deadlines are computed, never stored: the overdue filter reads in batches and keeps the rows
// whose clock matches.
import { scanPage } from "@onedoor/shared/graphql/connection";
import { caseClockView } from "../domain/mediation-clock.js";
import type { MediationCase as CaseRow, Prisma } from "../generated/prisma/client.js";
import type { MediationCaseStatus } from "../generated/prisma/enums.js";
import type { WithStore } from "./store.js";

/** All given conditions apply; ids are well-formed (the resolver answers an empty page otherwise). */
export interface CaseQueueFilter {
  committeeId?: string;
  mediatorId?: string;
  statuses?: MediationCaseStatus[];
  overdue?: boolean | null;
  acceptedFrom?: Date;
  acceptedBefore?: Date;
  disputeCode?: string;
}

const DAY_MS = 86_400_000;
/** No mediation clock is shorter than labour's 15 natural days, so younger cases cannot be overdue. */
const SHORTEST_CLOCK_DAYS = 15;
/** Rows read per round when the queue filters on the computed clock. */
const SCAN_BATCH = 100;

const orderBy = [{ acceptedAt: "desc" as const }, { id: "desc" as const }];
const parse = (sort: string | number) => new Date(String(sort));

/** One page of the queue: `size + 1` rows at most, for `toConnection`. */
export async function caseQueue(
  { store }: WithStore,
  filter: CaseQueueFilter,
  page: { after: string | null; size: number },
  now: Date,
  jurisdiction: { county?: string; committeeName?: string } = {},
): Promise<CaseRow[]> {
  const acceptedAt: Prisma.DateTimeFilter = {};
  if (filter.acceptedFrom) acceptedAt.gte = filter.acceptedFrom;
  if (filter.acceptedBefore) acceptedAt.lt = filter.acceptedBefore;
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
  const keyset = {
    sortField: "acceptedAt",
    sortValue: (row: CaseRow) => row.acceptedAt,
    direction: "desc" as const,
    after: page.after,
    parse,
    size: page.size,
  };
  const { overdue } = filter;
  if (overdue === undefined || overdue === null) {
    return scanPage({
      ...keyset,
      fetch: (position, take) => store.mediationCase.findMany({ where: { AND: [where, position] }, orderBy, take }),
    });
  }
  const rows = await scanPage<Prisma.MediationCaseGetPayload<{ include: { pauses: true } }>>({
    ...keyset,
    fetch: (position, take) =>
      store.mediationCase.findMany({ where: { AND: [where, position] }, orderBy, take, include: { pauses: true } }),
    keep: (row) => caseClockView(row, row.pauses, now).overdue === overdue,
    batch: SCAN_BATCH,
  });
  return rows.map(({ pauses: _pauses, ...row }) => row);
}
