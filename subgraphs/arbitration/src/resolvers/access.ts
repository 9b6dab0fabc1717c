// Record checks: every path that hands out a case — root queries, entity references,
// Dispute and Party fields, mutation results — goes through these, so each obeys the same rules.
import { assertVisible } from "@onedoor/shared/auth/access";
import { countyOfDisputeCode } from "@onedoor/shared/auth/jurisdiction";
import { visibilityOf, type RecordScope } from "@onedoor/shared/auth/policy";
import { loadById } from "@onedoor/shared/db/write-path";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import { scopeOf } from "../domain/access.js";
import type { CaseRow } from "../db/rows.js";
import { ARBITRATION_CASE } from "../db/write.js";
import type { ArbitrationCase } from "../entities/arbitration-case.js";
import type { ArbitrationContext } from "./context.js";
import { toCase } from "./mapping.js";

async function caseScope(
  ctx: ArbitrationContext,
  row: CaseRow,
  disputePartyIds?: readonly string[],
): Promise<RecordScope> {
  const applicants = await ctx.loaders.applicantsByCase.load(row.id);
  // Staff of other counties see nothing of it (the county: its dispute's, the 解纷码's first six digits).
  return {
    ...scopeOf({ respondentPartyId: row.respondentPartyId, applicants }, disputePartyIds),
    county: countyOfDisputeCode(row.disputeCode),
  };
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

/** The case by id as the caller may see it; null when no case has that id (FORBIDDEN when they may not see it). */
export async function findVisibleCase(ctx: ArbitrationContext, id: string): Promise<ArbitrationCase | null> {
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
  return row ? visibleCase(ctx, row) : null;
}

/** The case by id, or NOT_FOUND (a malformed id too), for a mutation that examines it before its step. */
export const loadCase = (ctx: ArbitrationContext, id: string): Promise<CaseRow> =>
  loadById(ARBITRATION_CASE, id, (caseId) => ctx.loaders.caseById.load(caseId));
