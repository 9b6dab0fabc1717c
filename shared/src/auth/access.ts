// Access rules applied in every subgraph, where the data is (the gateway is only the first line):
// - operations declare who may call them with `@Authorized<Policy>(...)`; the shared `authChecker`
//   enforces it and anonymous callers are refused everywhere except `trackDispute`;
// - records are checked against the caller with `assertVisible` in resolvers and in every
//   `__resolveReference`, so an entity fetched by key obeys the same rules as a root query;
// - personal data is masked by default; the full value is a separate field read through
//   `readPersonalData`, which checks the need and writes the audit entry.
// Denials are GraphQL errors on the field (`UNAUTHENTICATED` for an anonymous caller, `FORBIDDEN` for a
// signed-in one); the rest of the answer still returns.
import { getMetadataStorage, type AuthChecker, type MiddlewareFn } from "type-graphql";
import type { GraphQLError } from "graphql";
import type { SubgraphName } from "../config.js";
import { forbidden, unauthenticated } from "../graphql/errors.js";
import { recordAudit, type AuditStore } from "../audit/audit.js";
import type { Identity, Role } from "./identity.js";
import {
  STAFF_ROLES,
  hasRole,
  isStaffOf,
  mayReadPersonalData,
  visibilityOf,
  type RecordScope,
  type Visibility,
} from "./policy.js";
import { maskPersonName, maskPhone, maskResidentId } from "./masking.js";

/** The context part access checks need (every subgraph's request context has it). */
export interface AccessContext {
  identity: Identity;
  requestId: string;
  /** The subgraph answering: "departmentStaff" means staff of this department. */
  subgraph: SubgraphName;
}

/**
 * Who may call an operation:
 * - a role name: anyone holding that role (staff roles only when bound to this subgraph's department, the
 *   directory administrator only when its token names this department);
 * - "departmentStaff": any staff role of this subgraph's department;
 * - "signedIn": any authenticated caller (records are then filtered by `assertVisible`);
 * - "anyone": anonymous callers too (only `trackDispute`, which verifies the caller itself).
 */
export type Policy = Role | "departmentStaff" | "signedIn" | "anyone";

export function isAnonymous(identity: Identity): boolean {
  return identity.roles.length === 0;
}

export function allows(identity: Identity, subgraph: SubgraphName, policies: readonly Policy[]): boolean {
  if (policies.includes("anyone")) return true;
  if (isAnonymous(identity)) return false;
  return policies.some((policy) => {
    if (policy === "anyone" || policy === "signedIn") return true;
    if (policy === "departmentStaff") return isStaffOf(identity, subgraph);
    if (!identity.roles.includes(policy)) return false;
    // A directory administrator keeps only the directory of the department its token names.
    if (policy === "directoryAdministrator") return identity.department === subgraph;
    // A staff role counts only in its own department: a mediator's token does not open arbitration.
    const department = STAFF_ROLES[policy];
    return department === undefined || (department === subgraph && identity.department === subgraph);
  });
}

/** The same check as `@Authorized`, for field resolvers and reference resolvers: throws UNAUTHENTICATED or FORBIDDEN. */
export function requireAllowed(ctx: AccessContext, ...policies: Policy[]): void {
  if (allows(ctx.identity, ctx.subgraph, policies)) return;
  if (isAnonymous(ctx.identity)) throw unauthenticated();
  throw forbidden("Your role may not perform this operation", "您的角色无权执行此操作");
}

/** type-graphql's hook for `@Authorized`. */
export const authChecker: AuthChecker<AccessContext, Policy> = ({ context }, policies) => {
  requireAllowed(context, ...policies);
  return true;
};

/**
 * Fails closed: anonymous callers reach only root fields declared `@Authorized<Policy>("anyone")`;
 * a root field that forgets its `@Authorized` is closed to them too.
 */
export function signedInForRootFields(): MiddlewareFn<AccessContext> {
  const rootTypes = new Set(["Query", "Mutation", "Subscription"]);
  let open: Set<string> | undefined; // read on first use: by then every resolver class is registered
  return ({ context, info }, next) => {
    if (
      rootTypes.has(info.parentType.name) &&
      isAnonymous(context.identity) &&
      !(open ??= publicRootFields()).has(info.fieldName)
    ) {
      throw unauthenticated();
    }
    return next();
  };
}

/** Root fields declared `@Authorized<Policy>("anyone")`: the one declaration that opens an operation to anonymous callers. */
export function publicRootFields(): Set<string> {
  const storage = getMetadataStorage();
  const anyone = (target: object, methodName: string) =>
    storage.authorizedFields.some(
      (a) => a.target === target && a.fieldName === methodName && a.roles.includes("anyone"),
    );
  return new Set(
    [...storage.queries, ...storage.mutations].filter((r) => anyone(r.target, r.methodName)).map((r) => r.schemaName),
  );
}

/** The refusal of a record the caller may not see (also of one that does not exist, where that must not show). */
export function notVisible(what = "record"): GraphQLError {
  return forbidden(`You may not see this ${what}`, "您无权查看该记录");
}

/** The caller's view of a record; throws FORBIDDEN when they may not see it at all. */
export function assertVisible(ctx: AccessContext, scope: RecordScope, what = "record"): Exclude<Visibility, "none"> {
  const visibility = visibilityOf(ctx.identity, scope);
  if (visibility === "none") throw notVisible(what);
  return visibility;
}

/** For lists: keep only records the caller may see (a resident's own, a department's, ...). */
export function visibleTo<T>(ctx: AccessContext, records: readonly T[], scopeOf: (record: T) => RecordScope): T[] {
  return records.filter((record) => visibilityOf(ctx.identity, scopeOf(record)) !== "none");
}

/** Whose personal data a value is, and where it sits: what the mask and the audit need. */
export interface PersonalDataOwner {
  scope: RecordScope;
  /** The party the data belongs to (null when it has no identifier). */
  partyId: string | null;
  /** GraphQL type and id of the record holding the value, for the audit entry. */
  entity: string;
  entityId: string;
}

function mayReadFull(ctx: AccessContext, owner: PersonalDataOwner): boolean {
  if (owner.partyId === null)
    return !hasRole(ctx.identity, "resident") && visibilityOf(ctx.identity, owner.scope) === "full";
  return mayReadPersonalData(ctx.identity, owner.scope, owner.partyId);
}

/** A name as the caller may see it: in full for those handling the case and for the person themself, 张* for everyone else. */
export function visibleName(ctx: AccessContext, owner: PersonalDataOwner, name: string): string {
  return mayReadFull(ctx, owner) ? name : maskPersonName(name);
}

/**
 * A name of the dispute's parties as the registry has it: departments write names down in their own records
 * (signatories, payers, attendees) without identifiers, and mask a name as the registry masks its party:
 * an organisation's in full, a person's in full only to that person and to those handling the case.
 */
export interface PartyName {
  kind: "PERSON" | "ORGANISATION";
  /** The party id, or null for a person registered without an identifier (masked to every resident). */
  partyId: string | null;
  name: string;
}

/**
 * A name a department wrote on its record (a signatory, a payer, an attendee), shown as the registry shows
 * its party of that name: an organisation's in full, a person's as `visibleName` decides for that person (so a
 * resident reads her own name in full); a name that is no party's as `visibleName` decides for `owner`.
 */
export function visiblePartyName(
  ctx: AccessContext,
  owner: PersonalDataOwner,
  name: string,
  partyNames: readonly PartyName[] | undefined,
): string {
  const party = partyNames?.find((p) => p.name === name.trim());
  if (party?.kind === "ORGANISATION") return name;
  return visibleName(ctx, party ? { ...owner, partyId: party.partyId } : owner, name);
}

/**
 * A name of someone present (a session's attendee), as `visiblePartyName` shows it, except that a name of staff
 * acting in office (`staffNames`: the case's mediators, its experts, the units' representatives) is read in
 * full by everyone who reads the record: they are not private persons there. A party's name stays a party's.
 */
export function visibleAttendeeName(
  ctx: AccessContext,
  owner: PersonalDataOwner,
  name: string,
  partyNames: readonly PartyName[] | undefined,
  staffNames: ReadonlySet<string>,
): string {
  const trimmed = name.trim();
  if (staffNames.has(trimmed) && !partyNames?.some((p) => p.name === trimmed)) return name;
  return visiblePartyName(ctx, owner, name, partyNames);
}

/**
 * Free text that names the parties (协议内容), with the name of every person among them the caller may not
 * read in full masked, longest name first so that no name is half-replaced inside a longer one.
 */
export function maskPartyNamesIn(
  ctx: AccessContext,
  owner: PersonalDataOwner,
  text: string,
  partyNames: readonly PartyName[] | undefined,
): string {
  const hidden = (partyNames ?? [])
    .filter((p) => p.kind === "PERSON" && [...p.name.trim()].length >= 2)
    .filter((p) => !mayReadFull(ctx, { ...owner, partyId: p.partyId }))
    .map((p) => p.name.trim())
    .sort((a, b) => b.length - a.length);
  return hidden.reduce((masked, name) => masked.split(name).join(maskPersonName(name)), text);
}

export const maskedResidentId = (value: string | null | undefined): string | null =>
  value ? maskResidentId(value) : null;
export const maskedPhone = (value: string | null | undefined): string | null => (value ? maskPhone(value) : null);

export type PersonalField = "residentId" | "phone" | "creditCode" | "address" | "name";

/**
 * The unmasked value of a personal-data field: FORBIDDEN unless the caller needs it (the owning
 * department's staff, co-handlers, the commander, or the party themself), and every read is audited.
 */
export async function readPersonalData(
  ctx: AccessContext,
  store: AuditStore,
  owner: PersonalDataOwner,
  field: PersonalField,
  value: string | null | undefined,
): Promise<string | null> {
  if (!mayReadFull(ctx, owner))
    throw forbidden("You may not read this personal data in full", "您无权查看完整的个人信息");
  if (value === null || value === undefined) return null;
  await recordAudit(store, ctx, {
    action: "READ_PERSONAL_DATA",
    entity: owner.entity,
    entityId: owner.entityId,
    fields: [field],
  });
  return value;
}
