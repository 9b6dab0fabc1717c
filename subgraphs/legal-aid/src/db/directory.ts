// 法律援助机构名录: the department's centres and workstations as the registry receives them (名录发布), and what
// their upkeep checks.
import { publishedBodies } from "@onedoor/shared/directory/bodies";
import type { PublishedBody } from "@onedoor/shared/directory/publication";
import { OPEN_CASE_STATUSES } from "../domain/centre.js";
import type { LegalAidStore } from "./store.js";

/** The directory as legal aid publishes it to the registry: every centre, with its active providers as staff. */
export async function publishedDirectory(store: LegalAidStore): Promise<PublishedBody[]> {
  const [centres, staffed] = await Promise.all([
    store.legalAidCentre.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] }),
    store.legalAidProvider.groupBy({ by: ["centreId"], where: { status: "ACTIVE" }, _count: { _all: true } }),
  ]);
  const counts = new Map(staffed.map((s) => [s.centreId, s._count._all]));
  return publishedBodies(centres, counts, (c) => c.coversAllCategories);
}

/** Cases the centre still has in hand (a centre with any does not retire). */
export const openCasesOf = (store: LegalAidStore, centreId: string): Promise<number> =>
  store.legalAidCase.count({ where: { centreId, status: { in: [...OPEN_CASE_STATUSES] } } });

/**
 * The centre receiving an application: the one named, else the county's centre itself taking new matters, else
 * any of the county's taking them (first by name), else any of the county's (whose status then refuses it).
 */
export async function receivingCentre(store: LegalAidStore, id: string | null, regionCode: string) {
  if (id !== null) return store.legalAidCentre.findUnique({ where: { id } });
  const inCounty = await store.legalAidCentre.findMany({
    where: { regionCode: regionCode.slice(0, 6) },
    orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
  });
  return inCounty.find((c) => c.status === "ACTIVE") ?? inCounty[0] ?? null;
}
