// The record checks of this subgraph (see domain/access.ts): records are loaded here, every case and
// agreement a resolver returns is checked against the caller, and its fields are shown as the caller's
// reading allows.
import {
  assertVisible,
  maskPartyNamesIn,
  visibleAttendeeName,
  visiblePartyName,
  visibleTo,
  type PartyName,
} from "@onedoor/shared/auth/access";
import { countyOfDisputeCode, inJurisdiction, recordCounty, servesBody } from "@onedoor/shared/auth/jurisdiction";
import { hasRole, isStaff, isStaffOf, visibilityOf, type RecordScope } from "@onedoor/shared/auth/policy";
import { badUserInput, forbidden } from "@onedoor/shared/graphql/errors";
import { loadById } from "@onedoor/shared/db/write-path";
import { disputeParties } from "@onedoor/shared/events/dispute-parties";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import {
  choosesFor,
  isWindowOf,
  pickerOf,
  readingOf,
  scopeOf,
  type PartyPickChannel,
  type Reading,
} from "../domain/access.js";
import { mediationCaseKind } from "../db/write.js";
import type { MediationAgreement as AgreementRow, MediationCase as CaseRow } from "../generated/prisma/client.js";
import type { MediationContext } from "./context.js";

/** What came with a case through the registry's dispute: its party ids, and who the names of its parties are. */
interface DisputeParties {
  partyIds?: readonly string[];
  partyNames?: readonly PartyName[];
}

/** A case as returned to a caller: with the dispute's parties when it came through the registry. */
export type CaseView = CaseRow & DisputeParties;
export type AgreementView = AgreementRow & DisputeParties;

/**
 * A case's full scope: its county and the bodies holding it, the committee (by its directory name, as staff
 * tokens name their body) and the departments at the table. Checked wherever a case enters a request (by id,
 * through a dispute or party, for a step), so the fields' checks (`caseReading`) see only cases that passed.
 */
export async function caseScope(ctx: MediationContext, row: CaseView): Promise<RecordScope> {
  const committee = await ctx.loaders.committeeById.load(row.committeeId);
  return { ...scopeOf(row), bodies: [...(committee ? [committee.name] : []), ...row.participatingDepartments] };
}

/** A case by id for a mutation (staff of the department only); NOT_FOUND for an unknown or malformed id. */
export async function loadCase(ctx: MediationContext, id: string): Promise<CaseRow> {
  const row = await loadById(mediationCaseKind, id, (key) => ctx.loaders.caseById.load(key));
  await assertActsOn(ctx, row);
  return row;
}

/** Before any step on a case (db/write.ts `changeCase`): the case's committee and county must be the caller's. */
export async function assertMayChangeCase(ctx: MediationContext, id: string): Promise<void> {
  // An unknown id is left to the write path, which answers NOT_FOUND.
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
  if (row) await assertActsOn(ctx, row);
}

/**
 * A committee's staff act only on their own committee's cases in their own county; the window only in its own
 * county (it reaches only a party's pick, whose mutation checked it as the window: `loadCaseForPartyPick`).
 */
async function assertActsOn(ctx: MediationContext, row: CaseRow): Promise<void> {
  if (!isStaff(ctx.identity) && !hasRole(ctx.identity, "commander")) return;
  if (isWindowOf(ctx.identity, countyOfDisputeCode(row.disputeCode))) return;
  if (visibilityOf(ctx.identity, await caseScope(ctx, row)) !== "full") throw outsideJurisdiction();
}

const outsideJurisdiction = () =>
  forbidden("This mediation case is held by another committee or county", "该调解案件属于其他调委会或县区，您无权办理");

/**
 * A case for a party's pick of an expert (点单), and who picks: the party herself (ONLINE), or the window of the
 * dispute's county for the party it names (AT_WINDOW, `namedPartyId`), by the dispute's parties as the registry
 * knows them at this moment. The case comes back with them, so the party reads the case she changed.
 */
export async function loadCaseForPartyPick(
  ctx: MediationContext,
  id: string,
  namedPartyId: string | null,
): Promise<{ row: CaseView; partyId: string; channel: PartyPickChannel }> {
  const row = await loadById(mediationCaseKind, id, (key) => ctx.loaders.caseById.load(key));
  const { partyIds, partyNames } = await disputeParties(ctx, row.disputeCode);
  const picker = pickerOf(ctx.identity, { county: countyOfDisputeCode(row.disputeCode), partyIds }, namedPartyId);
  if (picker.ok) return { row: { ...row, partyIds, partyNames }, partyId: picker.partyId, channel: picker.channel };
  if (picker.reason !== "NOT_THE_DISPUTES_PARTY") throw forbidden(picker.messageEn, picker.messageZh);
  throw badUserInput([
    { field: ["input", "partyId"], reason: "UNKNOWN", messageZh: picker.messageZh, messageEn: picker.messageEn },
  ]);
}

/**
 * A case whose pickable experts the caller may list: its committee's staff and the commander (as for any step),
 * the dispute's parties and the window of its county.
 */
export async function loadCaseForChoosing(ctx: MediationContext, id: string): Promise<CaseRow> {
  const row = await loadById(mediationCaseKind, id, (key) => ctx.loaders.caseById.load(key));
  if (isStaffOf(ctx.identity, "mediation") || hasRole(ctx.identity, "commander")) {
    await assertActsOn(ctx, row);
    return row;
  }
  const county = countyOfDisputeCode(row.disputeCode);
  const partyIds = isWindowOf(ctx.identity, county) ? [] : (await disputeParties(ctx, row.disputeCode)).partyIds;
  if (!choosesFor(ctx.identity, { county, partyIds }))
    throw forbidden(
      "Only the dispute's parties, the window and the committee see whom a party may pick for this case",
      "只有本纠纷的当事人、综合窗口和承办调委会可以查看本案可点单的专家",
    );
  return row;
}

/** 受理 at a committee: only by that committee's staff, for a dispute of their county. */
export function assertMayAcceptAt(ctx: MediationContext, committeeName: string, disputeCode: string): void {
  if (!inJurisdiction(ctx.identity, countyOfDisputeCode(disputeCode)) || !servesBody(ctx.identity, [committeeName]))
    throw forbidden("A committee accepts cases for itself, in its own county", "调委会只能以本会名义受理本县区的纠纷");
}

export async function loadAgreement(ctx: MediationContext, id: string): Promise<AgreementRow> {
  const row = await loadById({ entity: "MediationAgreement", nameZh: "调解协议" }, id, (key) =>
    ctx.loaders.agreementById.load(key),
  );
  await assertActsOn(ctx, await caseOfAgreement(ctx, row));
  return row;
}

/** A case by id as `mediationCase(id)` and `_entities` give it: null when there is none, FORBIDDEN when not the caller's to see. */
export async function visibleCase(ctx: MediationContext, id: string): Promise<CaseRow | null> {
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
  if (row) assertVisible(ctx, await caseScope(ctx, row), "mediation case");
  return row ?? null;
}

/**
 * Where a committee's staff may look in a list, applied in SQL before paging: their county's cases at their
 * committee. Other callers are not narrowed here (their reading of each case is checked per field).
 */
export function caseListScope(ctx: MediationContext): { county?: string; committeeName?: string } {
  const county = recordCounty(ctx.identity);
  if (county === null && (isStaff(ctx.identity) || hasRole(ctx.identity, "commander"))) throw outsideJurisdiction();
  const committeeName = isStaffOf(ctx.identity, "mediation") ? ctx.identity.organization : undefined;
  return { ...(county ? { county } : {}), ...(committeeName !== undefined ? { committeeName } : {}) };
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
  const scope = await caseScope(ctx, mediationCase);
  const visibility = assertVisible(
    ctx,
    { ...scope, coHandlers: [...(scope.coHandlers ?? []), "litigation"] },
    "mediation agreement",
  );
  return readingOf(visibility, hasRole(ctx.identity, "resident"));
}

export async function caseOfAgreement(ctx: MediationContext, row: AgreementView): Promise<CaseView> {
  const found = (await ctx.loaders.caseById.load(row.caseId))!;
  return { ...found, ...disputePartiesOf(row) };
}

/** The dispute's parties a case or agreement came with, to pass on to the records read through it. */
export function disputePartiesOf(view: DisputeParties): DisputeParties {
  return {
    ...(view.partyIds ? { partyIds: view.partyIds } : {}),
    ...(view.partyNames ? { partyNames: view.partyNames } : {}),
  };
}

/** The cases the caller may see, knowing the parties of their dispute (one dispute's, or each case's own). */
export async function visibleCases(
  ctx: MediationContext,
  rows: readonly CaseRow[],
  parties: DisputeParties | ((row: CaseRow) => DisputeParties),
): Promise<CaseView[]> {
  const partiesOfRow = typeof parties === "function" ? parties : () => parties;
  const views: CaseView[] = rows.map((row) => ({ ...row, ...disputePartiesOf(partiesOfRow(row)) }));
  const scopes = new Map(await Promise.all(views.map(async (v) => [v, await caseScope(ctx, v)] as const)));
  return visibleTo(ctx, views, (view) => scopes.get(view)!);
}

/**
 * A name in a case record, masked as the registry masks that party: a party reads her own name in full, an
 * organisation is named in full, and any other person is 张* unless the caller handles the case.
 */
export function caseName(ctx: MediationContext, row: CaseView, entity: string, name: string): string {
  return visiblePartyName(ctx, { scope: scopeOf(row), partyId: null, entity, entityId: row.id }, name, row.partyNames);
}

/** A session's attendee, masked as `caseName` masks a name unless it is one of `staffNames` (staff in office). */
export function attendeeName(ctx: MediationContext, row: CaseView, name: string, staffNames: ReadonlySet<string>) {
  const owner = { scope: scopeOf(row), partyId: null, entity: "MediationSession", entityId: row.id };
  return visibleAttendeeName(ctx, owner, name, row.partyNames, staffNames);
}

/** Free text of a case record (协议内容) with the parties' names masked as `caseName` masks them. */
export function caseText(ctx: MediationContext, row: CaseView, entity: string, text: string): string {
  return maskPartyNamesIn(ctx, { scope: scopeOf(row), partyId: null, entity, entityId: row.id }, text, row.partyNames);
}
