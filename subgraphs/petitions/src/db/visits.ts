// A dispute's in-person visits (来访), keyset-paged on (visitedAt, id): a petitioner may come back many times.
import { afterCursor, type SortDirection } from "@onedoor/shared/graphql/connection";
import { dayRangeWhere } from "@onedoor/shared/graphql/party-records";
import type { LocalDate } from "@onedoor/shared/clock/local-date";
import { selectList } from "@onedoor/shared/db/adapter-reads";
import { Prisma, type Visit } from "../generated/prisma/client.js";
import type { PetitionsStore } from "./store.js";

const parseInstant = (sort: string | number) => new Date(String(sort));

// The visits a dispute's counts read (visitCount, runs): through the driver adapter (adapter-reads.ts), mapped as
// Prisma's findMany maps them.
const VISITS_SQL =
  `SELECT ${selectList(Prisma.VisitScalarFieldEnum)} FROM "Visit" ` +
  `WHERE "disputeId" = ANY($1::uuid[]) ORDER BY "visitedAt" ASC, "id" ASC`;

/** The visits of the given disputes, earliest first, as the equivalent `findMany`. */
export const visitsOfDisputes = (store: PetitionsStore, disputeIds: readonly string[]): Promise<Visit[]> =>
  store.rawQuery<Visit>(VISITS_SQL, [disputeIds]);

/** One page (`size + 1` rows at most, for `toConnection`) of a dispute's visits, and the count of all. */
export async function visitPage(
  store: PetitionsStore,
  disputeId: string,
  filter: { from?: LocalDate | null; to?: LocalDate | null } | null | undefined,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
): Promise<{ rows: Visit[]; count: () => Promise<number> }> {
  const where: Prisma.VisitWhereInput = { disputeId, visitedAt: dayRangeWhere(filter) };
  const rows = await store.visit.findMany({
    where: { AND: [where, afterCursor("visitedAt", page.after, page.direction, parseInstant)] },
    orderBy: [{ visitedAt: page.direction }, { id: page.direction }],
    take: page.size + 1,
  });
  return { rows, count: () => store.visit.count({ where }) };
}
