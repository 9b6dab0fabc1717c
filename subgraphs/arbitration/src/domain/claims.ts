// 仲裁请求 kinds and what the law attaches to each.
import type { ClaimKind } from "../generated/prisma/enums.js";

/**
 * finality: which limb of 劳动争议调解仲裁法 art. 47 can make an award on this claim final:
 * AMOUNT = (1) labour remuneration, work-injury medical costs, economic compensation or damages up to
 * 12 months of the local minimum wage; LABOUR_STANDARD = (2) national labour standards on working
 * hours, rest and leave, social insurance; NONE = never final.
 * remuneration: labour remuneration (劳动报酬), whose limitation does not run during the employment (art. 27).
 */
export const CLAIM_KINDS = {
  WAGE_ARREARS: { zh: "追索劳动报酬（拖欠工资）", finality: "AMOUNT", remuneration: true },
  OVERTIME_PAY: { zh: "加班工资", finality: "AMOUNT", remuneration: true },
  SEVERANCE: { zh: "经济补偿", finality: "AMOUNT", remuneration: false },
  DAMAGES: { zh: "赔偿金", finality: "AMOUNT", remuneration: false },
  WORK_INJURY_MEDICAL: { zh: "工伤医疗费", finality: "AMOUNT", remuneration: false },
  WORK_INJURY_BENEFITS: { zh: "其他工伤保险待遇", finality: "NONE", remuneration: false },
  SOCIAL_INSURANCE: { zh: "社会保险", finality: "LABOUR_STANDARD", remuneration: false },
  WORKING_HOURS: { zh: "工作时间", finality: "LABOUR_STANDARD", remuneration: false },
  REST_AND_LEAVE: { zh: "休息休假", finality: "LABOUR_STANDARD", remuneration: false },
  CONFIRM_LABOUR_RELATION: { zh: "确认劳动关系", finality: "NONE", remuneration: false },
  OTHER: { zh: "其他请求", finality: "NONE", remuneration: false },
} as const satisfies Record<
  ClaimKind,
  { zh: string; finality: "AMOUNT" | "LABOUR_STANDARD" | "NONE"; remuneration: boolean }
>;

/** Largest amount one claim may carry: what a Decimal(14,2) column holds (999,999,999,999.99 yuan). */
export const MAX_CLAIM_FEN = 99_999_999_999_999n;
