// The review offices of the demo counties (县级人民政府行政复议机构), 桐庐县's reception point at its social governance
// centre (行政复议受理点) and who staffs each (行政复议人员). Administrative review seeds them; the registry seeds its copy
// of review's directory from the same lists (as review would publish it), so the demo's dispatch names these offices
// by id before review has first published.
import type { PublishedBody } from "../directory/publication.js";
import { demoId } from "./mediation-directory.js";

/** Values of review's ReviewOfficeKind enum (its database enforces them). */
export type DemoReviewOfficeKind = "COUNTY_REVIEW_OFFICE" | "RECEPTION_POINT";

export interface DemoReviewOffice {
  id: string;
  name: string;
  kind: DemoReviewOfficeKind;
  /** GB/T 2260 code of the county it serves. */
  regionCode: string;
  /** An office reviews any administrative act of the county's organs: none listed, it takes every category. */
  categories: string[];
}

const OFFICES: Omit<DemoReviewOffice, "id">[] = [
  { name: "桐庐县人民政府行政复议办公室", kind: "COUNTY_REVIEW_OFFICE", regionCode: "330122", categories: [] },
  {
    name: "桐庐县社会治理综合服务中心行政复议受理点",
    kind: "RECEPTION_POINT",
    regionCode: "330122",
    categories: [],
  },
  { name: "舟山市普陀区人民政府行政复议办公室", kind: "COUNTY_REVIEW_OFFICE", regionCode: "330903", categories: [] },
];

export const DEMO_REVIEW_OFFICES: DemoReviewOffice[] = OFFICES.map((o) => ({ id: demoId(o.name), ...o }));

/** The officers (行政复议人员) on each demo office's roster, by the office's name. */
export const DEMO_REVIEW_OFFICERS: Record<string, readonly string[]> = {
  桐庐县人民政府行政复议办公室: ["钟国平", "吴晓红", "皇甫立新"],
  桐庐县社会治理综合服务中心行政复议受理点: ["袁丽娟", "蒋志明"],
  舟山市普陀区人民政府行政复议办公室: ["邬海军", "虞静", "林志豪"],
};

/** The county's review office itself (not a reception point): one in each demo county. */
export function demoCountyReviewOffice(regionCode: string): DemoReviewOffice {
  const office = DEMO_REVIEW_OFFICES.find(
    (o) => o.kind === "COUNTY_REVIEW_OFFICE" && o.regionCode === regionCode.slice(0, 6),
  );
  if (!office) throw new Error(`no demo review office serves ${regionCode}`);
  return office;
}

/**
 * Review's directory as it publishes it, from the demo lists (a contract test compares this with what review
 * publishes from its seeded database).
 */
export function demoReviewDirectory(): PublishedBody[] {
  return DEMO_REVIEW_OFFICES.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    regionCode: o.regionCode,
    categories: o.categories,
    coversAllCategories: true,
    status: "ACTIVE",
    staffed: DEMO_REVIEW_OFFICERS[o.name]?.length ?? 0,
  }));
}
