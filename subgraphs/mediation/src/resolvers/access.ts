// The record checks of this subgraph (see domain/access.ts): every case and agreement a resolver
// returns is checked against the caller, and its fields are shown as the caller's reading allows.
import { assertVisible, visibleName, visibleTo } from "@onedoor/shared/auth/access";
import { hasRole } from "@onedoor/shared/auth/policy";
import { readingOf, scopeOf, type Reading } from "../domain/access.js";
import type { MediationAgreement as AgreementRow, MediationCase as CaseRow } from "../generated/prisma/client.js";
import type { MediationContext } from "./context.js";

/** A case as returned to a caller: with the dispute's party ids when it came through the registry. */
export type CaseView = CaseRow & { partyIds?: readonly string[] };
export type AgreementView = AgreementRow & { partyIds?: readonly string[] };

/** What the caller may read of this case; FORBIDDEN when nothing. */
export function caseReading(ctx: MediationContext, row: CaseView): Reading {
  return readingOf(assertVisible(ctx, scopeOf(row), "mediation case"), hasRole(ctx.identity, "resident"));
}

/**
 * An agreement is read with its case's scope, and the court co-handles it: 司法确认 reviews the terms
 * and enforcement executes them, so court staff read an agreement in full even where the case itself
 * is only a summary to them.
 */
export async function agreementReading(ctx: MediationContext, row: AgreementView): Promise<Reading> {
  const mediationCase = await caseOfAgreement(ctx, row);
  const scope = scopeOf(mediationCase);
  const visibility = assertVisible(
    ctx,
    { ...scope, coHandlers: [...(scope.coHandlers ?? []), "litigation"] },
    "mediation agreement",
  );
  return readingOf(visibility, hasRole(ctx.identity, "resident"));
}

export async function caseOfAgreement(ctx: MediationContext, row: AgreementView): Promise<CaseView> {
  const found = (await ctx.loaders.caseById.load(row.caseId))!;
  return row.partyIds ? { ...found, partyIds: row.partyIds } : found;
}

/** The cases of a dispute the caller may see, knowing the dispute's parties. */
export function visibleCases(
  ctx: MediationContext,
  rows: readonly CaseRow[],
  partyIds: readonly string[] | undefined,
): CaseView[] {
  return visibleTo(ctx, partyIds ? rows.map((row) => ({ ...row, partyIds })) : rows, scopeOf);
}

/** A person's name in a case record: 张* unless the caller handles the case. */
export function caseName(ctx: MediationContext, row: CaseView, entity: string, name: string): string {
  return visibleName(ctx, { scope: scopeOf(row), partyId: null, entity, entityId: row.id }, name);
}
