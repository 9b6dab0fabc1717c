import { Directive, Field, ID, ObjectType } from "type-graphql";
import type { PartyName } from "../auth/access.js";
import { unsealList } from "./representation-seal.js";

/**
 * The registry's `Dispute` as the other departments see it: only its key. Each department adds
 * its own fields with field resolvers on this class; the gateway joins them by 解纷码.
 */
@Directive('@key(fields: "code")')
@ObjectType("Dispute")
export class DisputeStub {
  @Field(() => ID, { description: "解纷码 in compact form." })
  code!: string;

  /**
   * Present when the department declared `withDisputePartyIds()`, its field `@requires` them
   * (REQUIRES_DISPUTE_PARTIES) and the registry's seal over them verified (see disputeStubReference).
   */
  partyIds?: string[];

  /** The registry's seal over `partyIds` (representation-seal.ts); checked, then dropped, by the reference resolver. */
  partyIdsSeal?: string;

  /**
   * Present when the department declared `withDisputePartyNames()` and its field `@requires` them
   * (REQUIRES_DISPUTE_PARTY_NAMES): who each name written on its records is, so a name is masked as its
   * person is (see PartyName).
   */
  partyNames?: PartyName[];

  /** The registry's seal over the encoded `partyNames`; checked, then dropped, by the reference resolver. */
  partyNamesSeal?: string;
}

/** One entry of the registry's `partyNames` list (a string, so the list seals like the others). */
export function encodePartyName(entry: PartyName): string {
  return JSON.stringify([entry.kind, entry.partyId ?? "", entry.name]);
}

/** The entries of a sealed list; an entry that does not decode is left out (the seal already proved the list). */
export function decodePartyNames(values: readonly string[]): PartyName[] {
  return values.flatMap((value) => {
    try {
      const parsed: unknown = JSON.parse(value);
      if (!Array.isArray(parsed) || parsed.length !== 3) return [];
      const [kind, partyId, name] = parsed as unknown[];
      if ((kind !== "PERSON" && kind !== "ORGANISATION") || typeof partyId !== "string" || typeof name !== "string")
        return [];
      return [{ kind, partyId: partyId === "" ? null : partyId, name }];
    } catch {
      return [];
    }
  });
}

/** The directive a department field carries to receive the dispute's sealed party ids. */
export const REQUIRES_DISPUTE_PARTIES = '@requires(fields: "partyIds partyIdsSeal")';

/**
 * The dispute's party ids, owned by the registry: a department field that declares
 * `@Directive(REQUIRES_DISPUTE_PARTIES)` receives them, so a resident sees that department's
 * records of their own dispute (and nobody else's). Call once, before the schema is built.
 */
export function withDisputePartyIds(): void {
  Directive("@external")(DisputeStub.prototype, "partyIds");
  Field(() => [ID], { description: "Internal party ids of the dispute's parties (owned by the registry)." })(
    DisputeStub.prototype,
    "partyIds",
  );
  Directive("@external")(DisputeStub.prototype, "partyIdsSeal");
  Field(() => String, { description: "The registry's seal over partyIds (owned by the registry)." })(
    DisputeStub.prototype,
    "partyIdsSeal",
  );
}

/** The directive a department field carries to receive the dispute's sealed party ids and names. */
export const REQUIRES_DISPUTE_PARTY_NAMES = '@requires(fields: "partyIds partyIdsSeal partyNames partyNamesSeal")';

/**
 * The dispute's party names with who they are (PartyName), owned by the registry: a department field that
 * declares `@Directive(REQUIRES_DISPUTE_PARTY_NAMES)` receives them. Call once, after `withDisputePartyIds()`.
 */
export function withDisputePartyNames(): void {
  Directive("@external")(DisputeStub.prototype, "partyNames");
  Field(() => [String], { description: "The dispute's party names, encoded (owned by the registry)." })(
    DisputeStub.prototype,
    "partyNames",
  );
  Directive("@external")(DisputeStub.prototype, "partyNamesSeal");
  Field(() => String, { description: "The registry's seal over partyNames (owned by the registry)." })(
    DisputeStub.prototype,
    "partyNamesSeal",
  );
}

interface DisputeRepresentation {
  code: string;
  partyIds?: string[];
  partyIdsSeal?: string;
  partyNames?: string[];
  partyNamesSeal?: string;
}

/**
 * A representation's `partyIds` and `partyNames` are kept only when the registry sealed them for this
 * dispute: a caller of `_entities` who writes in his own party id gets what anyone who is not a party gets.
 */
export const disputeStubReference = {
  __resolveReference: (reference: DisputeRepresentation): DisputeStub => {
    const partyIds = unsealList("dispute-parties", reference.code, reference.partyIds, reference.partyIdsSeal);
    const names = unsealList("dispute-party-names", reference.code, reference.partyNames, reference.partyNamesSeal);
    return {
      code: reference.code,
      ...(partyIds ? { partyIds } : {}),
      ...(names ? { partyNames: decodePartyNames(names) } : {}),
    };
  },
};
