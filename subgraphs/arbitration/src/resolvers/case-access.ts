// Record checks: every path that hands out a case — root queries, entity references,
// Dispute and Party fields, mutation results — goes through these, so each obeys the same rules.
import { assertVisible } from "@onedoor/shared/auth/access";
import type { RecordScope } from "@onedoor/shared/auth/policy";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import { scopeOf } from "../domain/access.js";
import type { CaseRow } from "../db/rows.js";
import type { ArbitrationCase } from "../entities/arbitration-case.js";
import type { ArbitrationContext } from "./context.js";
import { toCase } from "./mapping.js";

export async function caseScope(
  ctx: ArbitrationContext,
  row: CaseRow,
  disputePartyIds?: readonly string[],
): Promise<RecordScope> {
  const applicants = await ctx.loaders.applicantsByCase.load(row.id);
  return scopeOf({ respondentPartyId: row.respondentPartyId, applicants }, disputePartyIds);
}

/** The case as the caller may see it (full or summary); FORBIDDEN when they may not see it at all. */
export async function visibleCase(
  ctx: ArbitrationContext,
  row: CaseRow,
  disputePartyIds?: readonly string[],
): Promise<ArbitrationCase> {
  const scope = await caseScope(ctx, row, disputePartyIds);
  return toCase(row, scope, assertVisible(ctx, scope, "arbitration case"));
}

/** For lists: the cases the caller may see, each at its visibility; the others are left out. */
export async function visibleCases(
  ctx: ArbitrationContext,
  rows: readonly CaseRow[],
  disputePartyIds?: readonly string[],
): Promise<ArbitrationCase[]> {
  const cases = await Promise.all(
    rows.map(async (row) => {
      const scope = await caseScope(ctx, row, disputePartyIds);
      const visibility = visibilityOf(ctx.identity, scope);
      return visibility === "none" ? null : toCase(row, scope, visibility);
    }),
  );
  return cases.filter((c) => c !== null);
}
