// The units that join joint handling at the demo counties' centers (入驻部门 / 协办单位), 桐庐县 (330122) and
// 舟山市普陀区 (330903). The registry seeds them; the demo dispatches name their co-handlers from this list or from
// the departments' published directories (mediation-directory.ts), and a contract test holds them to it.
import { demoId } from "./mediation-directory.js";

const TONGLU = "330122";
const PUTUO = "330903";

/** Values of the registry's MemberUnitKind enum (its database enforces them). */
export type MemberUnitKind =
  | "LAW_ENFORCEMENT"
  | "HOUSING_CONSTRUCTION"
  | "SUBDISTRICT_OFFICE"
  | "TOWNSHIP_GOVERNMENT"
  | "RESIDENTS_COMMITTEE"
  | "POLICE"
  | "HUMAN_RESOURCES"
  | "MARKET_REGULATION"
  | "NATURAL_RESOURCES"
  | "JUSTICE_BUREAU"
  | "PETITIONS_BUREAU"
  | "COURT"
  | "PROCURATORATE"
  | "LEGAL_AID"
  | "SOCIAL_ORGANISATION";

export interface DemoMemberUnit {
  id: string;
  name: string;
  regionCode: string;
  kind: MemberUnitKind;
}

const UNITS: Omit<DemoMemberUnit, "id">[] = [
  { name: "桐庐县综合行政执法局", regionCode: TONGLU, kind: "LAW_ENFORCEMENT" },
  { name: "桐庐县住房和城乡建设局", regionCode: TONGLU, kind: "HOUSING_CONSTRUCTION" },
  { name: "桐庐县城南街道办事处", regionCode: TONGLU, kind: "SUBDISTRICT_OFFICE" },
  { name: "桐庐县横村镇人民政府", regionCode: TONGLU, kind: "TOWNSHIP_GOVERNMENT" },
  { name: "城南街道迎春社区居民委员会", regionCode: TONGLU, kind: "RESIDENTS_COMMITTEE" },
  { name: "桐庐县公安局", regionCode: TONGLU, kind: "POLICE" },
  { name: "桐庐县公安局城南派出所", regionCode: TONGLU, kind: "POLICE" },
  { name: "桐庐县公安局交通警察大队", regionCode: TONGLU, kind: "POLICE" },
  { name: "桐庐县人力资源和社会保障局", regionCode: TONGLU, kind: "HUMAN_RESOURCES" },
  { name: "桐庐县人力资源和社会保障局劳动保障监察大队", regionCode: TONGLU, kind: "HUMAN_RESOURCES" },
  { name: "桐庐县市场监督管理局", regionCode: TONGLU, kind: "MARKET_REGULATION" },
  { name: "桐庐县自然资源和规划局", regionCode: TONGLU, kind: "NATURAL_RESOURCES" },
  { name: "桐庐县司法局", regionCode: TONGLU, kind: "JUSTICE_BUREAU" },
  { name: "桐庐县信访局", regionCode: TONGLU, kind: "PETITIONS_BUREAU" },
  { name: "桐庐县人民法院", regionCode: TONGLU, kind: "COURT" },
  { name: "桐庐县人民检察院", regionCode: TONGLU, kind: "PROCURATORATE" },
  { name: "桐庐县法律援助中心", regionCode: TONGLU, kind: "LEGAL_AID" },
  { name: "桐庐县横村镇商会", regionCode: TONGLU, kind: "SOCIAL_ORGANISATION" },
  { name: "普陀区综合行政执法局", regionCode: PUTUO, kind: "LAW_ENFORCEMENT" },
  { name: "普陀区住房和城乡建设局", regionCode: PUTUO, kind: "HOUSING_CONSTRUCTION" },
  { name: "普陀区沈家门街道办事处", regionCode: PUTUO, kind: "SUBDISTRICT_OFFICE" },
  { name: "普陀区东极镇人民政府", regionCode: PUTUO, kind: "TOWNSHIP_GOVERNMENT" },
  { name: "舟山市公安局普陀区分局沈家门派出所", regionCode: PUTUO, kind: "POLICE" },
  { name: "普陀区人力资源和社会保障局", regionCode: PUTUO, kind: "HUMAN_RESOURCES" },
  { name: "普陀区市场监督管理局", regionCode: PUTUO, kind: "MARKET_REGULATION" },
  { name: "普陀区信访局", regionCode: PUTUO, kind: "PETITIONS_BUREAU" },
  { name: "普陀区人民法院东极人民法庭", regionCode: PUTUO, kind: "COURT" },
  { name: "普陀区法律援助中心", regionCode: PUTUO, kind: "LEGAL_AID" },
];

/** The demo counties' member units, each with the stable id every department's demo data names it by. */
export function demoMemberUnits(): DemoMemberUnit[] {
  return UNITS.map((unit) => ({ id: demoId(`member-unit:${unit.name}`), ...unit }));
}

/** A demo member unit's id by its name; throws for a name the list does not hold, so demo data cannot drift. */
export function demoMemberUnitId(name: string): string {
  const unit = demoMemberUnits().find((u) => u.name === name);
  if (!unit) throw new Error(`no demo member unit named ${name}`);
  return unit.id;
}
