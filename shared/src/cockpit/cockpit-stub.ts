import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The cockpit as the departments see it: only its key (the scope, see scope.ts). Each department adds
 * its own section with a field resolver on this class; the gateway asks them all in parallel.
 */
@Directive('@key(fields: "key")')
@ObjectType("Cockpit")
export class CockpitStub {
  @Field(() => ID, { description: "The scope: from|to|region|category." })
  key!: string;
}

export const cockpitStubReference = {
  __resolveReference: (reference: { key: string }): CockpitStub => ({ key: reference.key }),
};
