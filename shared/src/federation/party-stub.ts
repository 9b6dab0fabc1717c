import { Directive, Field, ID, ObjectType } from "type-graphql";
import type { PartyName } from "../auth/access.js";
import { decodePartyNames, encodePartyName } from "./dispute-stub.js";
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

/**
 * The registry's party with the codes of its disputes (withPartyDisputeCodes) and the party names of each of
 * them by 解纷码 (withPartyDisputePartyNames), each present only once its seal verified.
 */
export type PartyWithDisputes = PartyStub & {
  disputeCodes?: string[];
  disputePartyNames?: ReadonlyMap<string, PartyName[]>;
};

/**
 * The codes of the party's disputes, owned by the registry and sealed by it: a department field that declares
 * `@Directive(REQUIRES_PARTY_DISPUTE_NAMES)` receives them with their party names. Call once, before the schema
 * is built, and resolve references with `partyWithDisputesReference`.
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

/** The directive a department field carries to receive the party's sealed dispute codes and their party names. */
export const REQUIRES_PARTY_DISPUTE_NAMES =
  '@requires(fields: "disputeCodes disputeCodesSeal disputePartyNames disputePartyNamesSeal")';

/**
 * The party names of each of the party's disputes (as `Dispute.partyNames` gives them), owned by the registry
 * and sealed by it: a department field that declares `@Directive(REQUIRES_PARTY_DISPUTE_NAMES)` receives them,
 * so it masks the names on the party's records as it does through the dispute. Call once, after
 * `withPartyDisputeCodes()`.
 */
export function withPartyDisputePartyNames(): void {
  Directive("@external")(PartyStub.prototype, "disputePartyNames");
  Field(() => [String], {
    description: "The party names of the party's disputes, encoded with their 解纷码 (owned by the registry).",
  })(PartyStub.prototype, "disputePartyNames");
  Directive("@external")(PartyStub.prototype, "disputePartyNamesSeal");
  Field(() => String, { description: "The registry's seal over disputePartyNames (owned by the registry)." })(
    PartyStub.prototype,
    "disputePartyNamesSeal",
  );
}

/** One entry of the registry's `disputePartyNames`: a party name of one dispute, with that dispute's code. */
export function encodeDisputePartyName(disputeCode: string, entry: PartyName): string {
  return JSON.stringify([disputeCode, encodePartyName(entry)]);
}

/** The entries of a sealed `disputePartyNames`, by 解纷码; an entry that does not decode is left out. */
export function decodeDisputePartyNames(values: readonly string[]): Map<string, PartyName[]> {
  const byDispute = new Map<string, PartyName[]>();
  for (const value of values) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      continue;
    }
    if (!Array.isArray(parsed) || parsed.length !== 2) continue;
    const [code, name] = parsed as unknown[];
    if (typeof code !== "string" || typeof name !== "string") continue;
    const names = byDispute.get(code) ?? [];
    names.push(...decodePartyNames([name]));
    byDispute.set(code, names);
  }
  return byDispute;
}

/** Only the key: nothing else a caller writes into a representation is believed. */
export const partyStubReference = {
  __resolveReference: (reference: { id: string }): PartyStub => ({ id: reference.id }),
};

interface PartyRepresentation {
  id: string;
  disputeCodes?: string[];
  disputeCodesSeal?: string;
  disputePartyNames?: string[];
  disputePartyNamesSeal?: string;
}

/** The key, and `disputeCodes` and `disputePartyNames` each only when the registry sealed it for this party. */
export const partyWithDisputesReference = {
  __resolveReference: (reference: PartyRepresentation): PartyWithDisputes => {
    const disputeCodes = unsealList("party-disputes", reference.id, reference.disputeCodes, reference.disputeCodesSeal);
    const names = unsealList(
      "party-dispute-party-names",
      reference.id,
      reference.disputePartyNames,
      reference.disputePartyNamesSeal,
    );
    return {
      id: reference.id,
      ...(disputeCodes ? { disputeCodes } : {}),
      ...(names ? { disputePartyNames: decodeDisputePartyNames(names) } : {}),
    };
  },
};
