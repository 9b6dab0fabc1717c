// 仲裁委名录: the department's commissions as the registry receives them (名录发布), and what their upkeep checks.
import { publishedBodies } from "@onedoor/shared/directory/bodies";
import type { PublishedBody } from "@onedoor/shared/directory/publication";
import { UNDECIDED_STATUSES } from "../domain/commission.js";
import type { ArbitrationStore } from "./store.js";

/** The directory as arbitration publishes it to the registry: every commission, with its active arbitrators. */
export async function publishedDirectory(store: ArbitrationStore): Promise<PublishedBody[]> {
  const [commissions, staffed] = await Promise.all([
    store.arbitrationCommission.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] }),
    store.arbitrator.groupBy({ by: ["commissionId"], where: { status: "ACTIVE" }, _count: { _all: true } }),
  ]);
  const counts = new Map(staffed.map((s) => [s.commissionId, s._count._all]));
  // A commission takes only the categories it names.
  return publishedBodies(commissions, counts, () => false);
}

/** Cases the commission has not decided yet (a commission with any does not retire). */
export const undecidedCasesOf = (store: ArbitrationStore, commissionId: string): Promise<number> =>
  store.arbitrationCase.count({ where: { commissionId, status: { in: [...UNDECIDED_STATUSES] } } });

/**
 * The commission receiving an application: the one named, else the county's commission taking new matters
 * (first by name), else any of the county's (whose status then refuses the application).
 */
export async function receivingCommission(store: ArbitrationStore, id: string | null, regionCode: string) {
  if (id !== null) return store.arbitrationCommission.findUnique({ where: { id } });
  const inCounty = await store.arbitrationCommission.findMany({
    where: { regionCode },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return inCounty.find((c) => c.status === "ACTIVE") ?? inCounty[0] ?? null;
}
