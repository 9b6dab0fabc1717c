// 当事人 as each department records them: the registry's parties, the commission's applicants and
// respondent, the court's parties, legal aid's applicant. What they have in common is one interface, so a
// client reads any of them with one fragment; each department adds its own role and identifiers.
import { Field, ID, InterfaceType } from "type-graphql";
import { PartyKind } from "./party-kind.js";

@InterfaceType("CaseParty", {
  description:
    "当事人 on a department's record: the fields every department's party has alike. Identifiers and roles are the department's own (residentId, creditCode, role …).",
})
export abstract class CaseParty {
  @Field(() => String, {
    description:
      "Name: in full for those handling the record and for the person themself, masked (张*) for everyone else; an organisation's name is public.",
  })
  name!: string;

  @Field(() => PartyKind)
  kind!: PartyKind;

  @Field(() => ID, {
    nullable: true,
    description:
      "The party (当事人标识) as a node id, the same for this person in every department and equal to `Party.id` (compare with `me.id`): `party(id:)` and `node(id:)` read it; null without an identifier or for summary readers.",
  })
  partyId!: string | null;
}
