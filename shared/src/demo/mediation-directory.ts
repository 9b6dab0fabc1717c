// The mediation committees and mediators of the demo counties, 桐庐县 (330122) and 舟山市普陀区 (330903). Mediation
// seeds them; the registry seeds its copy of mediation's directory from the same lists (as mediation would publish
// it), so the demo's routing names these committees by id before mediation has first published.
import { createHash } from "node:crypto";
import type { PublishedBody } from "../directory/publication.js";

const TONGLU = "330122";
const PUTUO = "330903";

/** Values of mediation's CommitteeType, CommitteeLevel and MediatorRole enums (its database enforces them). */
export interface DemoCommittee {
  id: string;
  name: string;
  type:
    | "JOINT"
    | "LABOUR"
    | "COMMERCIAL"
    | "MEDICAL"
    | "TRAFFIC"
    | "MARINE_FISHERY"
    | "CONSUMER"
    | "PROPERTY"
    | "FAMILY"
    | "GENERAL"
    | "LAWYER_OFFICE";
  level: "COUNTY" | "TOWN" | "VILLAGE" | "PROFESSIONAL";
  regionCode: string;
  specialties: string[];
}

export interface DemoMediator {
  committee: string;
  name: string;
  role: "CHIEF" | "FULL_TIME" | "PART_TIME";
  specialties: string[];
  dialects: string[];
  available?: boolean;
}

/** A stable id from a demo name, so every department's demo data names the same record by the same id. */
export function demoId(name: string): string {
  const hex = createHash("sha256").update(`onedoor-demo:${name}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const COMMITTEES: Omit<DemoCommittee, "id">[] = [
  {
    name: "桐庐县联合人民调解委员会",
    type: "JOINT",
    level: "COUNTY",
    regionCode: TONGLU,
    specialties: ["损害赔偿", "征地拆迁", "其他"],
  },
  {
    name: "桐庐县劳动争议人民调解委员会",
    type: "LABOUR",
    level: "PROFESSIONAL",
    regionCode: TONGLU,
    specialties: ["劳动争议", "拖欠农民工工资"],
  },
  {
    name: "桐庐县商会人民调解委员会",
    type: "COMMERCIAL",
    level: "PROFESSIONAL",
    regionCode: TONGLU,
    specialties: ["生产经营", "拖欠农民工工资", "合同"],
  },
  {
    name: "桐庐县商事人民调解委员会",
    type: "COMMERCIAL",
    level: "PROFESSIONAL",
    regionCode: TONGLU,
    specialties: ["合同", "民间借贷", "生产经营"],
  },
  {
    name: "桐庐县消费纠纷人民调解委员会",
    type: "CONSUMER",
    level: "PROFESSIONAL",
    regionCode: TONGLU,
    specialties: ["消费", "电子商务"],
  },
  {
    name: "桐庐县医疗纠纷人民调解委员会",
    type: "MEDICAL",
    level: "PROFESSIONAL",
    regionCode: TONGLU,
    specialties: ["医疗"],
  },
  {
    name: "桐庐县道路交通事故人民调解委员会",
    type: "TRAFFIC",
    level: "PROFESSIONAL",
    regionCode: TONGLU,
    specialties: ["道路交通事故", "损害赔偿"],
  },
  {
    name: "桐庐县城南街道人民调解委员会",
    type: "GENERAL",
    level: "TOWN",
    regionCode: TONGLU,
    specialties: ["邻里", "物业", "婚姻家庭"],
  },
  {
    name: "桐庐县分水镇三合村人民调解委员会",
    type: "GENERAL",
    level: "VILLAGE",
    regionCode: TONGLU,
    specialties: ["邻里", "房屋宅基地", "山林土地"],
  },
  {
    name: "桐庐县律师调解工作室",
    type: "LAWYER_OFFICE",
    level: "COUNTY",
    regionCode: TONGLU,
    specialties: ["合同", "民间借贷", "劳动争议"],
  },
  {
    name: "普陀区海事渔业人民调解委员会",
    type: "MARINE_FISHERY",
    level: "PROFESSIONAL",
    regionCode: PUTUO,
    specialties: ["海事渔事", "劳动争议"],
  },
  {
    name: "普陀区医疗纠纷人民调解委员会",
    type: "MEDICAL",
    level: "PROFESSIONAL",
    regionCode: PUTUO,
    specialties: ["医疗"],
  },
  {
    name: "普陀区道路交通事故人民调解委员会",
    type: "TRAFFIC",
    level: "PROFESSIONAL",
    regionCode: PUTUO,
    specialties: ["道路交通事故", "损害赔偿"],
  },
  {
    name: "普陀区东极镇人民调解委员会",
    type: "GENERAL",
    level: "TOWN",
    regionCode: PUTUO,
    specialties: ["邻里", "海事渔事", "婚姻家庭"],
  },
  // The bodies the routing rules name in 普陀区 too: every rule's target exists and is staffed.
  {
    name: "普陀区联合人民调解委员会",
    type: "JOINT",
    level: "COUNTY",
    regionCode: PUTUO,
    specialties: ["损害赔偿", "征地拆迁", "其他"],
  },
  {
    name: "普陀区劳动争议人民调解委员会",
    type: "LABOUR",
    level: "PROFESSIONAL",
    regionCode: PUTUO,
    specialties: ["劳动争议", "拖欠农民工工资"],
  },
  {
    name: "普陀区消费纠纷人民调解委员会",
    type: "CONSUMER",
    level: "PROFESSIONAL",
    regionCode: PUTUO,
    specialties: ["消费", "电子商务", "旅游"],
  },
  {
    name: "普陀区商事人民调解委员会",
    type: "COMMERCIAL",
    level: "PROFESSIONAL",
    regionCode: PUTUO,
    specialties: ["合同", "民间借贷", "生产经营"],
  },
  // 淳安县's town committee, where the county court delegates mediation of the cases filed there.
  {
    name: "淳安县千岛湖镇人民调解委员会",
    type: "GENERAL",
    level: "TOWN",
    regionCode: "330127",
    specialties: ["合同", "民间借贷", "劳动争议", "邻里"],
  },
];

export const DEMO_MEDIATORS: DemoMediator[] = [
  {
    committee: "桐庐县联合人民调解委员会",
    name: "何建华",
    role: "CHIEF",
    specialties: ["损害赔偿", "征地拆迁"],
    dialects: ["桐庐话"],
  },
  {
    committee: "桐庐县联合人民调解委员会",
    name: "徐建平",
    role: "PART_TIME",
    specialties: ["邻里", "损害赔偿"],
    dialects: ["桐庐话", "分水话"],
  },
  {
    committee: "桐庐县劳动争议人民调解委员会",
    name: "钱卫东",
    role: "CHIEF",
    specialties: ["劳动争议", "拖欠农民工工资"],
    dialects: ["桐庐话"],
  },
  {
    committee: "桐庐县劳动争议人民调解委员会",
    name: "蒋晓燕",
    role: "FULL_TIME",
    specialties: ["劳动争议"],
    dialects: ["桐庐话", "四川话"],
  },
  {
    committee: "桐庐县商会人民调解委员会",
    name: "俞丽萍",
    role: "FULL_TIME",
    specialties: ["生产经营", "拖欠农民工工资"],
    dialects: ["桐庐话"],
  },
  {
    committee: "桐庐县商事人民调解委员会",
    name: "孙国平",
    role: "CHIEF",
    specialties: ["合同", "生产经营"],
    dialects: ["桐庐话"],
  },
  {
    committee: "桐庐县消费纠纷人民调解委员会",
    name: "陈美华",
    role: "FULL_TIME",
    specialties: ["消费", "电子商务"],
    dialects: [],
  },
  {
    committee: "桐庐县医疗纠纷人民调解委员会",
    name: "王丽君",
    role: "CHIEF",
    specialties: ["医疗"],
    dialects: ["桐庐话"],
  },
  {
    committee: "桐庐县道路交通事故人民调解委员会",
    name: "赵建新",
    role: "PART_TIME",
    specialties: ["道路交通事故", "损害赔偿"],
    dialects: ["桐庐话"],
    available: false,
  },
  {
    committee: "桐庐县道路交通事故人民调解委员会",
    name: "钟立伟",
    role: "FULL_TIME",
    specialties: ["道路交通事故", "损害赔偿"],
    dialects: ["桐庐话", "富阳话"],
  },
  {
    committee: "桐庐县城南街道人民调解委员会",
    name: "方志强",
    role: "FULL_TIME",
    specialties: ["邻里", "物业"],
    dialects: ["桐庐话"],
  },
  {
    committee: "桐庐县分水镇三合村人民调解委员会",
    name: "李秋萍",
    role: "PART_TIME",
    specialties: ["邻里", "房屋宅基地"],
    dialects: ["分水话"],
  },
  {
    committee: "普陀区海事渔业人民调解委员会",
    name: "林志海",
    role: "CHIEF",
    specialties: ["海事渔事", "劳动争议"],
    dialects: ["舟山话"],
  },
  {
    committee: "普陀区医疗纠纷人民调解委员会",
    name: "郑海波",
    role: "FULL_TIME",
    specialties: ["医疗"],
    dialects: ["舟山话"],
  },
  {
    committee: "普陀区东极镇人民调解委员会",
    name: "乐亚娣",
    role: "PART_TIME",
    specialties: ["邻里", "海事渔事"],
    dialects: ["舟山话"],
  },
  {
    committee: "普陀区道路交通事故人民调解委员会",
    name: "贺国荣",
    role: "FULL_TIME",
    specialties: ["道路交通事故", "损害赔偿"],
    dialects: ["舟山话"],
  },
  {
    committee: "淳安县千岛湖镇人民调解委员会",
    name: "余建华",
    role: "CHIEF",
    specialties: ["合同", "劳动争议"],
    dialects: ["淳安话"],
  },
  {
    committee: "普陀区联合人民调解委员会",
    name: "虞海燕",
    role: "CHIEF",
    specialties: ["损害赔偿", "征地拆迁"],
    dialects: ["舟山话"],
  },
  {
    committee: "普陀区劳动争议人民调解委员会",
    name: "邬志明",
    role: "FULL_TIME",
    specialties: ["劳动争议", "拖欠农民工工资"],
    dialects: ["舟山话"],
  },
  {
    committee: "普陀区消费纠纷人民调解委员会",
    name: "张雅琴",
    role: "PART_TIME",
    specialties: ["消费", "旅游"],
    dialects: ["舟山话"],
  },
  {
    committee: "普陀区商事人民调解委员会",
    name: "胡永康",
    role: "FULL_TIME",
    specialties: ["合同", "生产经营"],
    dialects: ["舟山话"],
  },
];

export const DEMO_COMMITTEES: DemoCommittee[] = COMMITTEES.map((c) => ({ id: demoId(c.name), ...c }));

/**
 * Mediation's directory as it publishes it, from the demo lists (a contract test compares this with what
 * mediation publishes from its seeded database).
 */
export function demoMediationDirectory(): PublishedBody[] {
  return DEMO_COMMITTEES.map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.type,
    regionCode: c.regionCode,
    categories: c.specialties,
    coversAllCategories: c.type === "JOINT",
    status: "ACTIVE",
    staffed: DEMO_MEDIATORS.filter((m) => m.committee === c.name && m.available !== false).length,
  }));
}
