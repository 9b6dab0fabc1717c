// The court bodies of the demo counties' basic courts (and of 淳安县's, which the court's stories reach) (基层人民法院): each court's 诉讼服务中心, which takes every
// category, and its 人民法庭 (派出法庭), which take the everyday disputes of their towns, with the judges who handle
// their cases (承办法官). The court seeds them; the registry seeds its copy of the court's directory from the same
// lists (as the court would publish it), so the demo's routing names these bodies by id before the court has first
// published. Names follow the county names the rest of the demo uses (普陀区…, as the stories' 东极人民法庭).
import type { PublishedBody } from "../directory/publication.js";
import { demoId } from "./mediation-directory.js";

/** Values of the court's CourtBodyKind enum (its database enforces them). */
export type DemoCourtBodyKind = "LITIGATION_SERVICE_CENTRE" | "PEOPLES_TRIBUNAL";

export interface DemoCourtBody {
  id: string;
  name: string;
  kind: DemoCourtBodyKind;
  /** 法院代字 of the court the body belongs to, e.g. 浙0122. */
  courtCode: string;
  /** GB/T 2260 code of the county the court serves. */
  regionCode: string;
  /** What a tribunal takes; the service centre takes every category (none listed). */
  categories: string[];
}

/** The everyday disputes a 人民法庭 takes from its towns (婚姻家庭、邻里、损害赔偿、劳务 …). */
export const TRIBUNAL_CATEGORIES = ["婚姻家庭", "邻里", "损害赔偿", "房屋宅基地", "民间借贷", "道路交通事故"];

const BODIES: Omit<DemoCourtBody, "id">[] = [
  {
    name: "桐庐县人民法院诉讼服务中心",
    kind: "LITIGATION_SERVICE_CENTRE",
    courtCode: "浙0122",
    regionCode: "330122",
    categories: [],
  },
  {
    name: "桐庐县人民法院分水人民法庭",
    kind: "PEOPLES_TRIBUNAL",
    courtCode: "浙0122",
    regionCode: "330122",
    categories: TRIBUNAL_CATEGORIES,
  },
  {
    name: "桐庐县人民法院城南人民法庭",
    kind: "PEOPLES_TRIBUNAL",
    courtCode: "浙0122",
    regionCode: "330122",
    categories: TRIBUNAL_CATEGORIES,
  },
  {
    // 淳安县 is not routed by the center, but its court takes the disputes sent to it (and delegates pre-filing
    // mediation to 淳安's town committee).
    name: "淳安县人民法院诉讼服务中心",
    kind: "LITIGATION_SERVICE_CENTRE",
    courtCode: "浙0127",
    regionCode: "330127",
    categories: [],
  },
  {
    name: "普陀区人民法院诉讼服务中心",
    kind: "LITIGATION_SERVICE_CENTRE",
    courtCode: "浙0903",
    regionCode: "330903",
    categories: [],
  },
  {
    // Islands: the tribunal sits online too (移动微法院), and takes the fishermen's disputes.
    name: "普陀区人民法院东极人民法庭",
    kind: "PEOPLES_TRIBUNAL",
    courtCode: "浙0903",
    regionCode: "330903",
    categories: [...TRIBUNAL_CATEGORIES, "海事渔事"],
  },
  {
    name: "普陀区人民法院六横人民法庭",
    kind: "PEOPLES_TRIBUNAL",
    courtCode: "浙0903",
    regionCode: "330903",
    categories: [...TRIBUNAL_CATEGORIES, "海事渔事"],
  },
];

export const DEMO_COURT_BODIES: DemoCourtBody[] = BODIES.map((b) => ({ id: demoId(b.name), ...b }));

/** 承办法官 of each demo body, by the body's name. */
export const DEMO_COURT_JUDGES: Record<string, readonly string[]> = {
  桐庐县人民法院诉讼服务中心: ["方晓燕", "何立新", "潘建华"],
  桐庐县人民法院分水人民法庭: ["李卫东", "申屠红梅"],
  桐庐县人民法院城南人民法庭: ["俞志刚", "姚丽君"],
  淳安县人民法院诉讼服务中心: ["余卫平", "汪丽萍"],
  普陀区人民法院诉讼服务中心: ["陈海燕", "乐建国", "孙佳慧"],
  普陀区人民法院东极人民法庭: ["刘志强"],
  普陀区人民法院六横人民法庭: ["贺海波", "应晓红"],
};

/** Whether a kind of court body takes every category (the service centre does: 诉讼服务中心 is the court's door). */
export const takesEveryCategory = (kind: DemoCourtBodyKind): boolean => kind === "LITIGATION_SERVICE_CENTRE";

/**
 * The court's directory as it publishes it, from the demo lists (a contract test compares this with what the court
 * publishes from its seeded database).
 */
export function demoCourtDirectory(): PublishedBody[] {
  return DEMO_COURT_BODIES.map((b) => ({
    id: b.id,
    name: b.name,
    kind: b.kind,
    regionCode: b.regionCode,
    categories: b.categories,
    coversAllCategories: takesEveryCategory(b.kind),
    status: "ACTIVE",
    staffed: DEMO_COURT_JUDGES[b.name]?.length ?? 0,
  }));
}
