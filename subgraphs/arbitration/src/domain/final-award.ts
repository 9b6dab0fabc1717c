// 一裁终局 (劳动争议调解仲裁法 art. 47): which decided claims make the award final.
import { CLAIM_KINDS, type ClaimKindKey } from "./claims.js";
import type { MinimumWage } from "./minimum-wage.js";

export const FINAL_AWARD_MONTHS = 12;

export type FinalityReason =
  | "SMALL_CLAIM"
  | "LABOUR_STANDARD"
  | "EXCEEDS_SMALL_CLAIM_LIMIT"
  | "NO_AMOUNT"
  | "NOT_FINAL_KIND"
  | "MINIMUM_WAGE_NOT_CONFIGURED";

export interface ClaimFinality {
  final: boolean;
  reason: FinalityReason;
  explanationZh: string;
  /** 12 months of the local minimum wage, when the amount mattered. */
  limitFen: number | null;
}

const yuan = (fen: number): string => (fen / 100).toFixed(2);

/**
 * Whether the award on one claim is final. `amountFen` is the amount the award determines for it
 * (最高人民法院劳动争议解释（一）: each item is judged on its own determined amount).
 */
export function claimFinality(
  kind: ClaimKindKey,
  amountFen: number | null,
  minimumWage: MinimumWage | undefined,
): ClaimFinality {
  const { finality, zh } = CLAIM_KINDS[kind];
  if (finality === "LABOUR_STANDARD") {
    return {
      final: true,
      reason: "LABOUR_STANDARD",
      explanationZh: `${zh}属于执行国家劳动标准发生的争议，终局裁决（第47条第2项）`,
      limitFen: null,
    };
  }
  if (finality === "NONE") {
    return {
      final: false,
      reason: "NOT_FINAL_KIND",
      explanationZh: `${zh}不属于第47条所列终局裁决事项`,
      limitFen: null,
    };
  }
  if (amountFen === null) {
    return {
      final: false,
      reason: "NO_AMOUNT",
      explanationZh: `${zh}未确定金额，不能认定为小额终局裁决`,
      limitFen: null,
    };
  }
  if (!minimumWage) {
    return {
      final: false,
      reason: "MINIMUM_WAGE_NOT_CONFIGURED",
      explanationZh: "当地月最低工资标准未配置，不能认定为小额终局裁决",
      limitFen: null,
    };
  }
  const limitFen = minimumWage.monthlyFen * FINAL_AWARD_MONTHS;
  const basis = `当地月最低工资标准${yuan(minimumWage.monthlyFen)}元×${FINAL_AWARD_MONTHS}个月=${yuan(limitFen)}元`;
  if (amountFen <= limitFen) {
    return {
      final: true,
      reason: "SMALL_CLAIM",
      explanationZh: `${zh}${yuan(amountFen)}元，不超过${basis}，终局裁决（第47条第1项）`,
      limitFen,
    };
  }
  return {
    final: false,
    reason: "EXCEEDS_SMALL_CLAIM_LIMIT",
    explanationZh: `${zh}${yuan(amountFen)}元，超过${basis}，非终局裁决`,
    limitFen,
  };
}

/**
 * The award as a whole: final only when every claim is final. An award mixing final and non-final
 * items is treated as non-final (最高人民法院劳动争议解释（一）).
 */
export function awardIsFinal(claims: readonly { final: boolean }[]): boolean {
  return claims.length > 0 && claims.every((c) => c.final);
}
