// The record checks of this subgraph (see domain/access.ts): records are loaded here, every case and
// agreement a resolver returns is checked against the caller, and its fields are shown as the caller's
// reading allows.
import { assertVisible, visibleName, visibleTo } from "@onedoor/shared/auth/access";
import { hasRole } from "@onedoor/shared/auth/policy";
import { loadById } from "@onedoor/shared/db/write-path";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import { readingOf, scopeOf, type Reading } from "../domain/access.js";
import { mediationCaseKind } from "../db/write.js";
import type { MediationAgreement as AgreementRow, MediationCase as CaseRow } from "../generated/prisma/client.js";
import type { MediationContext } from "./context.js";

/** A case as returned to a caller: with the dispute's party ids when it came through the registry. */
export type CaseView = CaseRow & { partyIds?: readonly string[] };
export type AgreementView = AgreementRow & { partyIds?: readonly string[] };

/** A case by id for a mutation (staff of the department only); NOT_FOUND for an unknown or malformed id. */
export function loadCase(ctx: MediationContext, id: string): Promise<CaseRow> {
  return loadById(mediationCaseKind, id, (key) => ctx.loaders.caseById.load(key));
}

export function loadAgreement(ctx: MediationContext, id: string): Promise<AgreementRow> {
  return loadById({ entity: "MediationAgreement", nameZh: "调解协议" }, id, (key) =>
    ctx.loaders.agreementById.load(key),
  );
}

/** A case by id as `mediationCase(id)` and `_entities` give it: null when there is none, FORBIDDEN when not the caller's to see. */
export async function visibleCase(ctx: MediationContext, id: string): Promise<CaseRow | null> {
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
  if (row) caseReading(ctx, row);
  return row ?? null;
}

export async function visibleAgreement(ctx: MediationContext, id: string): Promise<AgreementRow | null> {
  const row = isUuid(id) ? await ctx.loaders.agreementById.load(id) : null;
  if (row) await agreementReading(ctx, row);
  return row ?? null;
}

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
