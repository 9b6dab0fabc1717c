import { Directive, Field, ID, ObjectType } from "type-graphql";
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

/**
 * A representation's `partyIds` are kept only when the registry sealed them for this dispute: a caller of
 * `_entities` who writes in his own party id gets what anyone who is not a party gets.
 */
export const disputeStubReference = {
  __resolveReference: (reference: { code: string; partyIds?: string[]; partyIdsSeal?: string }): DisputeStub => {
    const partyIds = unsealList("dispute-parties", reference.code, reference.partyIds, reference.partyIdsSeal);
    return { code: reference.code, ...(partyIds ? { partyIds } : {}) };
  },
};
