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
}

export const disputeStubReference = {
  __resolveReference: (reference: { code: string }): DisputeStub => ({ code: reference.code }),
};
