// The legal aid centres (法律援助中心) of the demo counties, their workstations (法律援助工作站) and who staffs each.
// Legal aid seeds them; the registry seeds its copy of legal aid's directory from the same lists (as legal aid would
// publish it), so the demo's dispatch names these centres by id before legal aid has first published.
import type { PublishedBody } from "../directory/publication.js";
import { demoId } from "./mediation-directory.js";

/** Values of legal aid's LegalAidCentreKind enum (its database enforces them). */
export interface DemoLegalAidCentre {
  id: string;
  name: string;
  kind: "CENTRE" | "WORKSTATION";
  regionCode: string;
  /** Dispute categories it takes; empty when it takes any (`coversAllCategories`). */
  categories: string[];
  coversAllCategories: boolean;
}

// A county's centre takes any matter (法律援助法 art. 12); the workstation at the county's social governance centre
// (矛调中心) receives applications there, for any matter, on the centre's behalf.
const CENTRES: Omit<DemoLegalAidCentre, "id">[] = [
  { name: "桐庐县法律援助中心", kind: "CENTRE", regionCode: "330122", categories: [], coversAllCategories: true },
  {
    name: "桐庐县法律援助中心驻县社会治理综合服务中心工作站",
    kind: "WORKSTATION",
    regionCode: "330122",
    categories: [],
    coversAllCategories: true,
  },
  {
    name: "舟山市普陀区法律援助中心",
    kind: "CENTRE",
    regionCode: "330903",
    categories: [],
    coversAllCategories: true,
  },
];

export const DEMO_LEGAL_AID_CENTRES: DemoLegalAidCentre[] = CENTRES.map((c) => ({ id: demoId(c.name), ...c }));

/** The providers (承办人员) on each demo centre's roster, by the centre's name (legal aid's seed has their details). */
export const DEMO_LEGAL_AID_STAFF: Record<string, readonly string[]> = {
  桐庐县法律援助中心: ["章立群", "方晓燕"],
  桐庐县法律援助中心驻县社会治理综合服务中心工作站: ["叶志刚"],
  舟山市普陀区法律援助中心: ["胡海峰"],
};

/** The demo centre a provider is on the roster of. */
export function demoCentreOf(providerName: string): DemoLegalAidCentre {
  const centre = DEMO_LEGAL_AID_CENTRES.find((c) => DEMO_LEGAL_AID_STAFF[c.name]?.includes(providerName));
  if (!centre) throw new Error(`no demo legal aid centre has ${providerName} on its roster`);
  return centre;
}

/** The county's legal aid centre itself (法律援助中心, not a workstation): one in each demo county. */
export function demoCountyCentre(regionCode: string): DemoLegalAidCentre {
  const centre = DEMO_LEGAL_AID_CENTRES.find((c) => c.kind === "CENTRE" && c.regionCode === regionCode.slice(0, 6));
  if (!centre) throw new Error(`no demo legal aid centre serves ${regionCode}`);
  return centre;
}

/**
 * Legal aid's directory as it publishes it, from the demo lists (a contract test compares this with what legal
 * aid publishes from its seeded database).
 */
export function demoLegalAidDirectory(): PublishedBody[] {
  return DEMO_LEGAL_AID_CENTRES.map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    regionCode: c.regionCode,
    categories: c.categories,
    coversAllCategories: c.coversAllCategories,
    status: "ACTIVE",
    staffed: DEMO_LEGAL_AID_STAFF[c.name]?.length ?? 0,
  }));
}
