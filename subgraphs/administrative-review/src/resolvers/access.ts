// The one access module of 行政复议机构: a record for the caller, checked against the rules in domain/access.ts.
import { assertVisible, visibleTo } from "@onedoor/shared/auth/access";
import { hasRole, isStaff, visibilityOf } from "@onedoor/shared/auth/policy";
import { loadById } from "@onedoor/shared/db/write-path";
import { forbidden } from "@onedoor/shared/graphql/errors";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import type { AdministrativeReviewCase } from "../generated/prisma/client.js";
import { CASE_KIND } from "../db/write.js";
import { caseScope, mayKeepDirectoryOf, mayReceiveOn } from "../domain/access.js";
import type { AdministrativeReviewContext } from "./context.js";

/** The case if the caller may see it (NOT_FOUND, or FORBIDDEN for one they may not see). */
export async function loadCase(ctx: AdministrativeReviewContext, id: string): Promise<AdministrativeReviewCase> {
  const row = await loadById(CASE_KIND, id, (key) => ctx.loaders.caseById.load(key));
  assertVisible(ctx, caseScope(row), "case");
  return row;
}

/**
 * Before any step on a case (db/write.ts `changeCase`): staff and the commander act only on their own county's
 * cases, and the office's staff only on their own office's. An unknown id is left to the write path (NOT_FOUND).
 */
export async function assertMayChangeCase(ctx: AdministrativeReviewContext, id: string): Promise<void> {
  if (!isStaff(ctx.identity) && !hasRole(ctx.identity, "commander")) return;
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id.toLowerCase()) : null;
  if (row && visibilityOf(ctx.identity, caseScope(row)) !== "full")
    throw forbidden(
      "This administrative review case belongs to another review office or county",
      "该行政复议案件属于其他复议机构或县区，您无权办理",
    );
}

/** 收到申请 only on a dispute of the caller's own county, at one of its offices (`countyOffices`, by name). */
export function assertMayReceiveOn(
  ctx: AdministrativeReviewContext,
  disputeCode: string,
  countyOffices: readonly string[] = [],
): void {
  if (!mayReceiveOn(ctx.identity, disputeCode, countyOffices))
    throw forbidden(
      "A review office receives applications of its own county only, in its own name",
      "行政复议机构只能以本机构名义收取本县区的复议申请",
    );
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

/** 复议机构名录 and its rosters: the directory administrator keeps their own county's offices and officers only. */
export function assertMayKeepDirectoryOf(ctx: AdministrativeReviewContext, county: string): void {
  if (!mayKeepDirectoryOf(ctx.identity, county))
    throw forbidden(
      "A directory administrator keeps the review offices and officers of their own county only",
      "名录管理员只能维护本县（市、区）的复议机构及其行政复议人员名册",
    );
}
