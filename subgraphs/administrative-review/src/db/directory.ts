// 复议机构名录: the review offices as the registry receives them (名录发布), and what their upkeep and new cases read.
import { publishedBodies } from "@onedoor/shared/directory/bodies";
import type { PublishedBody } from "@onedoor/shared/directory/publication";
import { OPEN_CASE_STATUSES } from "../domain/review-office.js";
import type { ReviewOffice } from "../generated/prisma/client.js";
import type { AdministrativeReviewStore } from "./store.js";

/** The directory as review publishes it to the registry: every office, with its active officers as its staff. */
export async function publishedDirectory(store: AdministrativeReviewStore): Promise<PublishedBody[]> {
  const [offices, staffed] = await Promise.all([
    store.reviewOffice.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] }),
    store.reviewOfficer.groupBy({ by: ["officeId"], where: { status: "ACTIVE" }, _count: { _all: true } }),
  ]);
  const counts = new Map(staffed.map((s) => [s.officeId, s._count._all]));
  // Named categories limit what an office takes; one named with none takes any.
  return publishedBodies(offices, counts, (o) => o.categories.length === 0);
}

/** Cases the office still has in hand (an office with any does not retire). */
export const openCasesOf = (store: AdministrativeReviewStore, officeId: string): Promise<number> =>
  store.administrativeReviewCase.count({ where: { officeId, status: { in: [...OPEN_CASE_STATUSES] } } });

/** The offices of one county, its review office first (by name). */
export const officesOfCounty = (store: AdministrativeReviewStore, county: string): Promise<ReviewOffice[]> =>
  store.reviewOffice.findMany({
    where: { regionCode: county },
    orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
  });
