import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * 当事人: one person or organisation across every dispute of the center, known by the internal party id
 * (a keyed hash of the resident ID or credit code, never the number itself). The registry owns it;
 * departments add their records for the party. Fields are resolved by PartyResolver.
 */
@Directive('@key(fields: "id")')
@ObjectType("Party", {
  description: "当事人: a person or organisation across all its disputes, known by an internal party id.",
})
export class Party {
  @Field(() => ID, { description: "Internal party id (a keyed hash of the identifier, never the ID number itself)." })
  id!: string;
}
