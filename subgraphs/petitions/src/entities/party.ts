import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Node } from "@onedoor/shared/graphql/node";
import { PARTY_ID_DESCRIPTION } from "@onedoor/shared/federation/party-stub";

/**
 * 当事人: one person or organisation across every dispute of the center, known by the internal party id
 * (a keyed hash of the resident ID or credit code, never the number itself). The registry owns it;
 * departments add their records for the party. Fields are resolved by PartyResolver.
 */
@Directive('@key(fields: "id")')
@ObjectType("Party", {
  implements: Node,
  description: "当事人: a person or organisation across all its disputes, known by an internal party id.",
})
export class Party {
  @Field(() => ID, { description: PARTY_ID_DESCRIPTION })
  id!: string;
}
