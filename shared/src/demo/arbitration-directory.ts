// The labour and personnel dispute arbitration commissions (劳动人事争议仲裁委员会) of the demo counties and their
// arbitrators (仲裁员名册). Arbitration seeds them; the registry seeds its copy of arbitration's directory from the
// same lists (as arbitration would publish it), so the demo's routing names these commissions by id before
// arbitration has first published.
import type { PublishedBody } from "../directory/publication.js";
import { demoId } from "./mediation-directory.js";

/** Values of arbitration's CommissionKind enum (its database enforces them). */
export interface DemoCommission {
  id: string;
  name: string;
  kind: "LABOUR_PERSONNEL";
  regionCode: string;
  categories: string[];
  /** 案号 prefix (字号) the commission chose, e.g. 桐劳人仲案字. */
  caseNumberPrefix: string;
}

/** The categories a labour and personnel dispute arbitration commission takes. */
export const LABOUR_ARBITRATION_CATEGORIES = ["劳动争议", "拖欠农民工工资"];

const COMMISSIONS: Omit<DemoCommission, "id">[] = [
  {
    name: "桐庐县劳动人事争议仲裁委员会",
    kind: "LABOUR_PERSONNEL",
    regionCode: "330122",
    categories: LABOUR_ARBITRATION_CATEGORIES,
    caseNumberPrefix: "桐劳人仲案字",
  },
  {
    name: "舟山市普陀区劳动人事争议仲裁委员会",
    kind: "LABOUR_PERSONNEL",
    regionCode: "330903",
    categories: LABOUR_ARBITRATION_CATEGORIES,
    caseNumberPrefix: "普劳人仲案字",
  },
];

export const DEMO_COMMISSIONS: DemoCommission[] = COMMISSIONS.map((c) => ({ id: demoId(c.name), ...c }));

/** 仲裁员名册 of each demo commission, by the commission's name. */
export const DEMO_ARBITRATORS: Record<string, readonly string[]> = {
  桐庐县劳动人事争议仲裁委员会: ["方建明", "周丽华", "钟伟", "叶国庆", "蒋秀英"],
  舟山市普陀区劳动人事争议仲裁委员会: ["林海峰", "王素芬", "郑国栋", "虞佳琪"],
};

/**
 * Arbitration's directory as it publishes it, from the demo lists (a contract test compares this with what
 * arbitration publishes from its seeded database).
 */
export function demoArbitrationDirectory(): PublishedBody[] {
  return DEMO_COMMISSIONS.map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    regionCode: c.regionCode,
    categories: c.categories,
    coversAllCategories: false,
    status: "ACTIVE",
    staffed: DEMO_ARBITRATORS[c.name]?.length ?? 0,
  }));
}
