// Who may see a court case: the case's scope needs its party rows (batched by the request's loaders),
// so these wrap the shared access functions for resolvers.
import { assertVisible, visibleTo } from "@onedoor/shared/auth/access";
import { countyOfDisputeCode } from "@onedoor/shared/auth/jurisdiction";
import { visibilityOf, type RecordScope, type Visibility } from "@onedoor/shared/auth/policy";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import { scopeOf } from "../domain/access.js";
import type { CourtCase as CourtCaseRow } from "../generated/prisma/client.js";
import type { LitigationContext } from "./context.js";

export async function caseScope(ctx: LitigationContext, row: CourtCaseRow): Promise<RecordScope> {
  const parties = await ctx.loaders.partiesByCase.load(row.id);
  const disputePartyIds = ctx.loaders.disputePartyIds.get(row.disputeCode);
  // Staff of other counties see nothing of it (the county: its dispute's, the 解纷码's first six digits).
  return {
    ...scopeOf({ partyIds: parties.map((p) => p.partyId), ...(disputePartyIds ? { disputePartyIds } : {}) }),
    county: countyOfDisputeCode(row.disputeCode),
  };
}

export async function caseVisibility(ctx: LitigationContext, row: CourtCaseRow): Promise<Visibility> {
  return visibilityOf(ctx.identity, await caseScope(ctx, row));
}

/** The case if the caller may see it at all; FORBIDDEN otherwise. */
export async function assertCaseVisible(ctx: LitigationContext, row: CourtCaseRow): Promise<CourtCaseRow> {
  assertVisible(ctx, await caseScope(ctx, row), "court case");
  return row;
}

/** A case by id for the caller: null when there is none (or the id names none), FORBIDDEN when not theirs to see. */
export async function loadVisibleCase(ctx: LitigationContext, id: string): Promise<CourtCaseRow | null> {
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
  return row && assertCaseVisible(ctx, row);
}

/** The cases of a list the caller may see (full or summary), in the list's order. */
export async function visibleCases(ctx: LitigationContext, rows: readonly CourtCaseRow[]): Promise<CourtCaseRow[]> {
  const scopes = new Map(await Promise.all(rows.map(async (row) => [row.id, await caseScope(ctx, row)] as const)));
  return visibleTo(ctx, rows, (row) => scopes.get(row.id)!);
}

/** Whether the caller reads the case as a summary: no claims' text, no narratives, no party identifiers. */
export async function isSummaryReader(ctx: LitigationContext, row: CourtCaseRow): Promise<boolean> {
  return (await caseVisibility(ctx, row)) !== "full";
}
