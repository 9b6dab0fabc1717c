// Who may see and act on a court case: the case's scope needs its party rows (batched by the request's
// loaders), so these wrap the shared access functions and the court's rules (domain/access.ts) for resolvers
// and for the write path.
import { assertVisible, visibleTo } from "@onedoor/shared/auth/access";
import { hasRole, isStaff, visibilityOf, type RecordScope, type Visibility } from "@onedoor/shared/auth/policy";
import { forbidden } from "@onedoor/shared/graphql/errors";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import { caseJurisdiction, caseListCounty, mayKeepRosterOf, mayOpenCase, scopeOf } from "../domain/access.js";
import type { CourtCase as CourtCaseRow } from "../generated/prisma/client.js";
import type { LitigationContext } from "./context.js";

export async function caseScope(ctx: LitigationContext, row: CourtCaseRow): Promise<RecordScope> {
  const parties = await ctx.loaders.partiesByCase.load(row.id);
  const disputePartyIds = ctx.loaders.disputePartyIds.get(row.disputeCode);
  // Staff of other counties, and of other bodies, see nothing of it.
  return {
    ...scopeOf({ partyIds: parties.map((p) => p.partyId), ...(disputePartyIds ? { disputePartyIds } : {}) }),
    ...caseJurisdiction(row.disputeCode),
  };
}

const outsideJurisdiction = () =>
  forbidden("This court case belongs to another court or county", "该法院案件属于其他法院或县区，您无权办理");

/** Before any step on a case (db/write.ts `changeCourtCase`): the case must be the caller's court's, in their county. */
export async function assertMayChangeCase(ctx: LitigationContext, id: string): Promise<void> {
  if (!isStaff(ctx.identity) && !hasRole(ctx.identity, "commander")) return;
  // An unknown id is left to the write path, which answers NOT_FOUND.
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
  if (row && (await caseVisibility(ctx, row)) !== "full") throw outsideJurisdiction();
}

/** Opening a case: court staff only at their own court, for a dispute of their county (the parties keep their own rule). */
export function assertMayOpenCase(ctx: LitigationContext, disputeCode: string, courtCode: string): void {
  if (isStaff(ctx.identity) && !mayOpenCase(ctx.identity, disputeCode, courtCode))
    throw forbidden(
      "A court opens cases in its own name, for disputes of its own county",
      "法院只能以本院名义为本县区的纠纷立案",
    );
}

/** The county the queue is confined to, applied in SQL before paging; FORBIDDEN for a caller who may list none. */
export function caseListScope(ctx: LitigationContext): { county?: string } {
  const county = caseListCounty(ctx.identity);
  if (county === null) throw outsideJurisdiction();
  return county ? { county } : {};
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

/** Roster upkeep (特邀调解员名册): the department's directory administrator, for their own county's court. */
export function assertMayKeepRosterOf(ctx: LitigationContext, courtCode: string): void {
  if (!mayKeepRosterOf(ctx.identity, courtCode))
    throw forbidden(
      "A directory administrator keeps the roster of their own county's court only",
      "名录管理员只能维护本县（市、区）法院的特邀调解员名册",
    );
}

/**
 * Directory upkeep (法院机构名录, 承办法官名册): the department's directory administrator, for their own county's
 * court's bodies and their judges.
 */
export function assertMayKeepDirectoryOf(ctx: LitigationContext, courtCode: string): void {
  if (!mayKeepRosterOf(ctx.identity, courtCode))
    throw forbidden(
      "A directory administrator keeps the bodies and judges of their own county's court only",
      "名录管理员只能维护本县（市、区）法院的机构及其承办法官名册",
    );
}
