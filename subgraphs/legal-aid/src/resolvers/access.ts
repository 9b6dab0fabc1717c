// The caller's view of this department's records, for resolvers (rules in domain/access.ts): load a case for
// the caller and check it, check a step or a filing against the caller's county and center, and narrow lists.
import { assertVisible, type PersonalDataOwner } from "@onedoor/shared/auth/access";
import { hasRole, isStaff, visibilityOf } from "@onedoor/shared/auth/policy";
import { forbidden } from "@onedoor/shared/graphql/errors";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import { loadById } from "@onedoor/shared/db/write-path";
import {
  applicantPartyIdOf,
  caseScope,
  consultationScope,
  listScopeOf,
  mayFileIn,
  mayKeepRosterOf,
  type ListScope,
} from "../domain/access.js";
import { LEGAL_AID_CASE } from "../db/write.js";
import type { CaseRow, ConsultationRow } from "./mapping.js";
import type { LegalAidContext } from "./context.js";

/** The case if the caller may see it (FORBIDDEN otherwise); null when there is none. */
export function visibleCase(ctx: LegalAidContext, row: CaseRow | null): CaseRow | null {
  if (row) assertVisible(ctx, caseScope(row), "legal aid case");
  return row;
}

/** The consultation if the caller may see it (FORBIDDEN otherwise); null when there is none. */
export function visibleConsultation(ctx: LegalAidContext, row: ConsultationRow | null): ConsultationRow | null {
  if (row) assertVisible(ctx, consultationScope(row), "legal consultation");
  return row;
}

/** The case by id for the caller: NOT_FOUND for an unknown or malformed id, FORBIDDEN when they may not see it. */
export async function loadCase(ctx: LegalAidContext, id: string): Promise<CaseRow> {
  const row = await loadById(LEGAL_AID_CASE, id, (key) => ctx.loaders.caseById.load(key.toLowerCase()));
  assertVisible(ctx, caseScope(row), "legal aid case");
  return row;
}

/**
 * Before any step on a case (db/write.ts `changeCase`): staff and the commander act only on their own county's
 * cases, and the center's staff only on their own center's. An unknown id is left to the write path (NOT_FOUND).
 */
export async function assertMayChangeCase(ctx: LegalAidContext, id: string): Promise<void> {
  if (!isStaff(ctx.identity) && !hasRole(ctx.identity, "commander")) return;
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id.toLowerCase()) : null;
  if (row && visibilityOf(ctx.identity, caseScope(row)) !== "full")
    throw forbidden(
      "This legal aid case belongs to another legal aid center or county",
      "该法律援助案件属于其他法律援助中心或县区，您无权办理",
    );
}

/** Filing (an application, a consultation on a dispute): staff only for their own county, in their own center's name. */
export function assertMayFileIn(ctx: LegalAidContext, counties: readonly string[]): void {
  if (!mayFileIn(ctx.identity, counties))
    throw forbidden(
      "A legal aid center files records of its own county only, in its own name",
      "法律援助中心只能以本中心名义办理本县区的事项",
    );
}

/** Roster upkeep (承办人员名册): the directory administrator of the roster's county only. */
export function assertMayKeepRosterOf(ctx: LegalAidContext, county: string): void {
  if (!mayKeepRosterOf(ctx.identity, county))
    throw forbidden(
      "A directory administrator keeps the roster of their own county only",
      "名录管理员只能维护本县（市、区）的承办人员名册",
    );
}

/**
 * Where the caller may look in a list (the queue, consultations), applied in SQL before paging; FORBIDDEN for
 * staff or the commander at prefecture or province level, who see aggregates (the cockpit), not records.
 */
export function listScope(ctx: LegalAidContext): Exclude<ListScope, null> {
  const scope = listScopeOf(ctx.identity);
  if (scope === null)
    throw forbidden(
      "A province- or city-level account sees aggregates (the cockpit), not lists of legal aid records",
      "省、市级账号仅可查看汇总数据（驾驶舱），不能查看法律援助清单",
    );
  return scope;
}

/** Whether the caller sees the case in full (the center, the commander, the applicant) rather than a summary. */
export function seesCaseInFull(ctx: LegalAidContext, row: CaseRow): boolean {
  return visibilityOf(ctx.identity, caseScope(row)) === "full";
}

/** The applicant's personal data on a case: what masking and the audit entry need. */
export function applicantOwner(row: CaseRow): PersonalDataOwner {
  return { scope: caseScope(row), partyId: applicantPartyIdOf(row), entity: "LegalAidCase", entityId: row.id };
}
