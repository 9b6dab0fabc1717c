import { Directive, Field, ID, ObjectType } from "type-graphql";
import { unsealList } from "./representation-seal.js";

/**
 * 当事人 as the departments see it: only its key, the internal party id (see auth/party-id.ts), never
 * an ID number. Each department adds its records for the party with field resolvers on this class.
 */
/** Said of `Party.id` by every subgraph alike, the registry included. */
export const PARTY_ID_DESCRIPTION =
  "Node id of the party. Its internal party id (a keyed hash of the identifier, never the ID number itself), which departments' records give as `partyId`, is accepted wherever a party id is taken.";

@Directive('@key(fields: "id")')
@ObjectType("Party")
export class PartyStub {
  @Field(() => ID, { description: PARTY_ID_DESCRIPTION })
  id!: string;
}

/** The registry's party with the codes of its disputes, once their seal verified (withPartyDisputeCodes). */
export type PartyWithDisputes = PartyStub & { disputeCodes?: string[] };

/** The directive a department field carries to receive the party's sealed dispute codes. */
export const REQUIRES_PARTY_DISPUTES = '@requires(fields: "disputeCodes disputeCodesSeal")';

/**
 * The codes of the party's disputes, owned by the registry and sealed by it: a department field that declares
 * `@Directive(REQUIRES_PARTY_DISPUTES)` receives them. Call once, before the schema is built, and resolve
 * references with `partyWithDisputesReference`.
 */
export function withPartyDisputeCodes(): void {
  Directive("@external")(PartyStub.prototype, "disputeCodes");
  Field(() => [ID], { description: "解纷码 of the party's disputes (owned by the registry)." })(
    PartyStub.prototype,
    "disputeCodes",
  );
  Directive("@external")(PartyStub.prototype, "disputeCodesSeal");
  Field(() => String, { description: "The registry's seal over disputeCodes (owned by the registry)." })(
    PartyStub.prototype,
    "disputeCodesSeal",
  );
}

/** Only the key: nothing else a caller writes into a representation is believed. */
export const partyStubReference = {
  __resolveReference: (reference: { id: string }): PartyStub => ({ id: reference.id }),
};

/** The key, and `disputeCodes` only when the registry sealed them for this party. */
export const partyWithDisputesReference = {
  __resolveReference: (reference: {
    id: string;
    disputeCodes?: string[];
    disputeCodesSeal?: string;
  }): PartyWithDisputes => {
    const disputeCodes = unsealList("party-disputes", reference.id, reference.disputeCodes, reference.disputeCodesSeal);
    return { id: reference.id, ...(disputeCodes ? { disputeCodes } : {}) };
  },
};
