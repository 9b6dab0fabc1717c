import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * 当事人 as the departments see it: only its key, the internal party id (see auth/party-id.ts), never
 * an ID number. Each department adds its records for the party with field resolvers on this class.
 */
@Directive('@key(fields: "id")')
@ObjectType("Party")
export class PartyStub {
  @Field(() => ID, { description: "Internal party id (a keyed hash of the identifier, never the ID number itself)." })
  id!: string;
}

/** Keeps whatever the gateway sent with the key (fields a department `@requires`, e.g. disputeCodes). */
export const partyStubReference = {
  __resolveReference: (reference: { id: string }): PartyStub => ({ ...reference }),
};
