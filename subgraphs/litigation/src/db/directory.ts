// 法院机构名录: the court's bodies as the registry receives them (名录发布), and what their upkeep and new cases read.
import { publishedBodies } from "@onedoor/shared/directory/bodies";
import type { PublishedBody } from "@onedoor/shared/directory/publication";
import { coversAllCategories, OPEN_CASE_STATUSES } from "../domain/court-bodies.js";
import type { CourtBody } from "../generated/prisma/client.js";
import type { LitigationStore } from "./store.js";

/** The directory as the court publishes it to the registry: every body, with its active judges as its staff. */
export async function publishedDirectory(store: LitigationStore): Promise<PublishedBody[]> {
  const [bodies, staffed] = await Promise.all([
    store.courtBody.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] }),
    store.courtJudge.groupBy({ by: ["bodyId"], where: { status: "ACTIVE" }, _count: { _all: true } }),
  ]);
  const counts = new Map(staffed.map((s) => [s.bodyId, s._count._all]));
  return publishedBodies(bodies, counts, (b) => coversAllCategories(b.kind));
}

/** Cases the body still handles (a body with any does not retire). */
export const openCasesOf = (store: LitigationStore, bodyId: string): Promise<number> =>
  store.courtCase.count({ where: { bodyId, status: { in: [...OPEN_CASE_STATUSES] } } });

/** The bodies of one court, service centre first (by name). */
export const bodiesOfCourt = (store: LitigationStore, courtCode: string): Promise<CourtBody[]> =>
  store.courtBody.findMany({ where: { courtCode }, orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }] });
