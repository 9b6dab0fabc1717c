// 一裁终局 (劳动争议调解仲裁法 art. 47): which decided claims make the award final.
import type { FieldProblem } from "@onedoor/shared/graphql/errors";
import type { ClaimDecision, ClaimKind, FinalityReason } from "../generated/prisma/enums.js";
import { CLAIM_KINDS } from "./claims.js";
import type { MinimumWage } from "./minimum-wage.js";
import { yuanOf } from "./money.js";

export const FINAL_AWARD_MONTHS = 12;

export interface ClaimFinality {
  final: boolean;
  reason: FinalityReason;
  explanationZh: string;
  /** 12 months of the local minimum wage, when the amount mattered. */
  limitFen: bigint | null;
}

/**
 * Whether the award on one claim is final. `amountFen` is the amount the award determines for it
 * (最高人民法院劳动争议解释（一）: each item is judged on its own determined amount).
 */
export function claimFinality(
  kind: ClaimKind,
  amountFen: bigint | null,
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
  const limitFen = BigInt(minimumWage.monthlyFen) * BigInt(FINAL_AWARD_MONTHS);
  const basis = `当地月最低工资标准${yuanOf(BigInt(minimumWage.monthlyFen))}元×${FINAL_AWARD_MONTHS}个月=${yuanOf(limitFen)}元`;
  if (amountFen <= limitFen) {
    return {
      final: true,
      reason: "SMALL_CLAIM",
      explanationZh: `${zh}${yuanOf(amountFen)}元，不超过${basis}，终局裁决（第47条第1项）`,
      limitFen,
    };
  }
  return {
    final: false,
    reason: "EXCEEDS_SMALL_CLAIM_LIMIT",
    explanationZh: `${zh}${yuanOf(amountFen)}元，超过${basis}，非终局裁决`,
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

/** A claim of the case, as the award decides it. */
export interface ClaimOnFile {
  id: string;
  kind: ClaimKind;
  amountFen: bigint | null;
}

/** The tribunal's decision on one claim, as entered. */
export interface DecisionEntered {
  claimId: string;
  decision: ClaimDecision;
  awardedAmountFen?: bigint | null;
}

export interface DecidedClaim {
  claimId: string;
  decision: ClaimDecision;
  /** Null for a dismissed claim. */
  awardedAmountFen: bigint | null;
  finality: ClaimFinality;
}

export type AwardDecision =
  { ok: false; problems: FieldProblem[] } | { ok: true; claims: DecidedClaim[]; final: boolean; awardedFen: bigint };

/**
 * The award on every claim of the case (exactly once each, an amount within what was claimed, none for a
 * dismissed claim), with each claim's finality and the award's. Problems name fields under `decisions`.
 */
export function decideAward(
  claims: readonly ClaimOnFile[],
  decisions: readonly DecisionEntered[],
  minimumWage: MinimumWage | undefined,
): AwardDecision {
  const problems: FieldProblem[] = [];
  const byId = new Map(decisions.map((d, index) => [d.claimId, { ...d, index }]));
  if (byId.size !== decisions.length || decisions.length !== claims.length || claims.some((c) => !byId.has(c.id))) {
    problems.push({
      field: ["decisions"],
      reason: "COVERAGE",
      messageZh: "须对每一项仲裁请求分别作出裁决",
      messageEn: "Decide every claim of the case exactly once",
    });
  }
  for (const claim of claims) {
    const d = byId.get(claim.id);
    if (!d) continue;
    const field = ["decisions", d.index, "awardedAmount"];
    const amount = d.awardedAmountFen ?? null;
    if (d.decision === "DISMISSED") {
      if (amount !== null && amount !== 0n)
        problems.push({
          field,
          reason: "DISMISSED",
          messageZh: "驳回的请求不应有裁决金额",
          messageEn: "A dismissed claim has no amount",
        });
    } else if (claim.amountFen !== null && (amount === null || amount <= 0n || amount > claim.amountFen)) {
      problems.push({
        field,
        reason: "RANGE",
        messageZh: "裁决金额须大于0且不超过请求金额",
        messageEn: "The amount awarded must be above 0 and at most the amount claimed",
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const decided = claims.map((claim): DecidedClaim => {
    const d = byId.get(claim.id)!;
    const dismissed = d.decision === "DISMISSED";
    const awardedAmountFen = dismissed ? null : (d.awardedAmountFen ?? null);
    // Each item is judged on the amount the award determines; a dismissed claim on what was claimed.
    const determined = dismissed ? claim.amountFen : awardedAmountFen;
    return {
      claimId: claim.id,
      decision: d.decision,
      awardedAmountFen,
      finality: claimFinality(claim.kind, determined, minimumWage),
    };
  });
  return {
    ok: true,
    claims: decided,
    final: awardIsFinal(decided.map((d) => d.finality)),
    awardedFen: decided.reduce((sum, d) => sum + (d.awardedAmountFen ?? 0n), 0n),
  };
}
