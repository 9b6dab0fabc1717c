// Record checks: every path that hands out a case — root queries, entity references,
// Dispute and Party fields, mutation results — goes through these, so each obeys the same rules.
// Staff and the commander see and act on only their own county's cases, the commission's staff only
// on their own commission's (domain/access.ts `placeOf`).
import { assertVisible } from "@onedoor/shared/auth/access";
import { hasRole, isStaff, visibilityOf, type RecordScope } from "@onedoor/shared/auth/policy";
import { loadById } from "@onedoor/shared/db/write-path";
import { forbidden } from "@onedoor/shared/graphql/errors";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import { listCounties, mayFileAt, mayKeepRosterOf, placeOf, scopeOf } from "../domain/access.js";
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
  return {
    ...scopeOf({ respondentPartyId: row.respondentPartyId, applicants }, disputePartyIds),
    ...placeOf(row.disputeCode),
  };
}

/** The case's commission (every case has one: the database keeps it so). */
const commissionOf = async (ctx: ArbitrationContext, row: CaseRow) =>
  (await ctx.loaders.commissionById.load(row.commissionId))!;

const outsideJurisdiction = () =>
  forbidden(
    "This arbitration case belongs to another commission or county",
    "该仲裁案件属于其他仲裁机构或县区，您无权办理",
  );

/** Staff and the commander act on a case only where they would see it in full: their county, their commission. */
function assertActsOn(ctx: Pick<ArbitrationContext, "identity">, row: CaseRow): void {
  if (!isStaff(ctx.identity) && !hasRole(ctx.identity, "commander")) return;
  const scope: RecordScope = { department: "arbitration", ...placeOf(row.disputeCode) };
  if (visibilityOf(ctx.identity, scope) !== "full") throw outsideJurisdiction();
}

/** Before any step on a case (db/write.ts `changeCase`): the case must be the caller's commission's, in their county. */
export async function assertMayChangeCase(
  ctx: Pick<ArbitrationContext, "identity" | "loaders">,
  id: string,
): Promise<void> {
  // An unknown id is left to the write path, which answers NOT_FOUND.
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
  if (row) assertActsOn(ctx, row);
}

/** 仲裁申请 at the window: only for a dispute of the caller's county, received by their own commission. */
export function assertMayFileAt(ctx: ArbitrationContext, disputeCode: string, commissionRegion: string): void {
  if (!mayFileAt(ctx.identity, disputeCode, commissionRegion))
    throw forbidden(
      "A commission receives applications for itself, on disputes of its own county",
      "仲裁机构只能以本机构名义受理本县区纠纷的仲裁申请",
    );
}

/**
 * The counties the caller's lists are narrowed to, in SQL before paging (domain/access.ts `listCounties`);
 * FORBIDDEN for staff or the commander whose region is a prefecture or province (aggregates only).
 */
export function caseListCounties(ctx: ArbitrationContext): readonly string[] | undefined {
  const counties = listCounties(ctx.identity);
  if (counties === null) throw outsideJurisdiction();
  return counties;
}

/** The case as the caller may see it (full or summary); FORBIDDEN when they may not see it at all. */
export async function visibleCase(
  ctx: ArbitrationContext,
  row: CaseRow,
  disputePartyIds?: readonly string[],
): Promise<ArbitrationCase> {
  const [scope, commission] = await Promise.all([caseScope(ctx, row, disputePartyIds), commissionOf(ctx, row)]);
  return toCase(row, commission, scope, assertVisible(ctx, scope, "arbitration case"));
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
      return visibility === "none" ? null : toCase(row, await commissionOf(ctx, row), scope, visibility);
    }),
  );
  return cases.filter((c) => c !== null);
}

/** The case by id as the caller may see it; null when no case has that id (FORBIDDEN when they may not see it). */
export async function findVisibleCase(ctx: ArbitrationContext, id: string): Promise<ArbitrationCase | null> {
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
  return row ? visibleCase(ctx, row) : null;
}

/**
 * The case by id, or NOT_FOUND (a malformed id too), for a mutation that examines it before its step:
 * FORBIDDEN, before anything of it is examined, when it is not the caller's to act on.
 */
export async function loadCase(ctx: ArbitrationContext, id: string): Promise<CaseRow> {
  const row = await loadById(ARBITRATION_CASE, id, (caseId) => ctx.loaders.caseById.load(caseId));
  assertActsOn(ctx, row);
  return row;
}

/**
 * Directory upkeep (仲裁委名录, 仲裁员名册): the department's directory administrator, for their own county's
 * commissions and their rosters.
 */
export function assertMayKeepRosterOf(ctx: ArbitrationContext, commissionRegion: string): void {
  if (!mayKeepRosterOf(ctx.identity, commissionRegion))
    throw forbidden(
      "A directory administrator keeps the commissions and rosters of their own county only",
      "名录管理员只能维护本县（市、区）的仲裁委员会及其仲裁员名册",
    );
}
