// 案由: cause of action from the Supreme People's Court's list 民事案件案由规定. The list is revised from
// time to time (2008, 2011, 2020), so it is versioned; a case keeps the version it was filed under.
// This is the subset the center's disputes fall under, with the list's parts (部分) and names verbatim.

/** Relations whose agreements a court will not confirm (民诉法解释 art. 355: 确认身份、收养、婚姻关系). */
export type ExcludedRelation = "IDENTITY" | "ADOPTION" | "MARRIAGE";

export interface CauseOfAction {
  /** Stable key within the center; the SPC list's own numbering is not reproduced. */
  code: string;
  name: string;
  /** 第X部分 of the list. */
  part: string;
  excludedRelation?: ExcludedRelation;
}

export interface CauseOfActionList {
  version: string;
  /** 法〔2020〕347号, in force from 2021-01-01. */
  source: string;
  effectiveFrom: string;
  causes: readonly CauseOfAction[];
}

const FAMILY = "第二部分 婚姻家庭、继承纠纷";
const PROPERTY = "第三部分 物权纠纷";
const CONTRACT = "第四部分 合同、准合同纠纷";
const LABOUR = "第六部分 劳动争议、人事争议";
const MARITIME = "第七部分 海事海商纠纷";
const TORT = "第九部分 侵权责任纠纷";

export const CAUSE_OF_ACTION_LISTS: readonly CauseOfActionList[] = [
  {
    version: "2020",
    source: "最高人民法院关于修改《民事案件案由规定》的决定（法〔2020〕347号）",
    effectiveFrom: "2021-01-01",
    causes: [
      { code: "BETROTHAL_PROPERTY", name: "婚约财产纠纷", part: FAMILY },
      { code: "DIVORCE", name: "离婚纠纷", part: FAMILY, excludedRelation: "MARRIAGE" },
      { code: "POST_DIVORCE_PROPERTY", name: "离婚后财产纠纷", part: FAMILY },
      { code: "MARRIAGE_INVALID", name: "婚姻无效纠纷", part: FAMILY, excludedRelation: "MARRIAGE" },
      { code: "MARRIAGE_ANNULMENT", name: "撤销婚姻纠纷", part: FAMILY, excludedRelation: "MARRIAGE" },
      { code: "CHILD_SUPPORT", name: "抚养费纠纷", part: FAMILY },
      { code: "ELDER_SUPPORT", name: "赡养费纠纷", part: FAMILY },
      { code: "ADOPTION_CONFIRMATION", name: "确认收养关系纠纷", part: FAMILY, excludedRelation: "ADOPTION" },
      { code: "ADOPTION_DISSOLUTION", name: "解除收养关系纠纷", part: FAMILY, excludedRelation: "ADOPTION" },
      { code: "PARENTAGE_CONFIRMATION", name: "确认亲子关系纠纷", part: FAMILY, excludedRelation: "IDENTITY" },
      { code: "STATUTORY_SUCCESSION", name: "法定继承纠纷", part: FAMILY },
      { code: "NEIGHBOUR_DRAINAGE", name: "相邻用水、排水纠纷", part: PROPERTY },
      { code: "HOMESTEAD_USE", name: "宅基地使用权纠纷", part: PROPERTY },
      { code: "SALE_CONTRACT", name: "买卖合同纠纷", part: CONTRACT },
      { code: "PRIVATE_LENDING", name: "民间借贷纠纷", part: CONTRACT },
      { code: "PREMISES_LEASE", name: "房屋租赁合同纠纷", part: CONTRACT },
      { code: "SERVICE_CONTRACT", name: "服务合同纠纷", part: CONTRACT },
      { code: "LABOUR_SERVICE_CONTRACT", name: "劳务合同纠纷", part: CONTRACT },
      { code: "LABOUR_REMUNERATION", name: "追索劳动报酬纠纷", part: LABOUR },
      { code: "SEAFARER_SERVICE", name: "船员劳务合同纠纷", part: MARITIME },
      { code: "MOTOR_VEHICLE_ACCIDENT", name: "机动车交通事故责任纠纷", part: TORT },
      { code: "MEDICAL_DAMAGE", name: "医疗损害责任纠纷", part: TORT },
      { code: "UNDERGROUND_FACILITY_DAMAGE", name: "地下设施损害责任纠纷", part: TORT },
    ],
  },
];

/** The list in force on `onDate` ("YYYY-MM-DD"): the latest whose effectiveFrom is not after it. */
export function causeListOn(
  onDate: string,
  lists: readonly CauseOfActionList[] = CAUSE_OF_ACTION_LISTS,
): CauseOfActionList | undefined {
  return [...lists]
    .filter((l) => l.effectiveFrom <= onDate)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

export function causeListByVersion(
  version: string,
  lists: readonly CauseOfActionList[] = CAUSE_OF_ACTION_LISTS,
): CauseOfActionList | undefined {
  return lists.find((l) => l.version === version);
}

/** The cause `code` names in `list`, or undefined. */
export function findCause(list: CauseOfActionList, code: string): CauseOfAction | undefined {
  return list.causes.find((c) => c.code === code);
}
