// The one access module of 行政复议机构: a record for the caller, checked against the rules in domain/access.ts.
import { assertVisible, visibleTo } from "@onedoor/shared/auth/access";
import { loadById } from "@onedoor/shared/db/write-path";
import type { AdministrativeReviewCase } from "../generated/prisma/client.js";
import { CASE_KIND } from "../db/write.js";
import { caseScope } from "../domain/access.js";
import type { AdministrativeReviewContext } from "./context.js";

/** The case if the caller may see it (NOT_FOUND, or FORBIDDEN for one they may not see). */
export async function loadCase(ctx: AdministrativeReviewContext, id: string): Promise<AdministrativeReviewCase> {
  const row = await loadById(CASE_KIND, id, (key) => ctx.loaders.caseById.load(key));
  assertVisible(ctx, caseScope(row), "case");
  return row;
}

/** Whether the caller sees the narrative (request, result): the department, the commander, the applicant. */
export const seesInFull = (ctx: AdministrativeReviewContext, row: AdministrativeReviewCase): boolean =>
  assertVisible(ctx, caseScope(row), "case") === "full";

export const visibleCases = (
  ctx: AdministrativeReviewContext,
  rows: readonly AdministrativeReviewCase[],
): AdministrativeReviewCase[] => visibleTo(ctx, rows, caseScope);

/** `_entities`: a case fetched by key obeys the same rules as a root query. */
export const caseReference = {
  __resolveReference: (reference: { id: string }, ctx: AdministrativeReviewContext) => loadCase(ctx, reference.id),
};
