import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The registry's `Dispute` as the other departments see it: only its key. Each department adds
 * its own fields with field resolvers on this class; the gateway joins them by 解纷码.
 */
@Directive('@key(fields: "code")')
@ObjectType("Dispute")
export class DisputeStub {
  @Field(() => ID, { description: "解纷码 in compact form." })
  code!: string;

  /** Present when the department declared `withDisputePartyIds()` and its field `@requires` them. */
  partyIds?: string[];
}

/**
 * The dispute's party ids, owned by the registry: a department field that declares
 * `@Directive('@requires(fields: "partyIds")')` receives them, so a resident sees that department's
 * records of their own dispute (and nobody else's). Call once, before the schema is built.
 */
export function withDisputePartyIds(): void {
  Directive("@external")(DisputeStub.prototype, "partyIds");
  Field(() => [ID], { description: "Internal party ids of the dispute's parties (owned by the registry)." })(
    DisputeStub.prototype,
    "partyIds",
  );
}

export const disputeStubReference = {
  __resolveReference: (reference: { code: string; partyIds?: string[] }): DisputeStub => ({
    code: reference.code,
    ...(reference.partyIds ? { partyIds: reference.partyIds } : {}),
  }),
};
