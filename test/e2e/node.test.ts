// Refetching by id (Relay's Node): every record a client caches has a node id that `node(id:)` reads back
// through whichever department keeps it, with that record's own visibility rules, and that every argument
// taking the record's id accepts.
import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { nodeId, parseNodeId } from "@onedoor/shared/graphql/node-id";
import { as, resident } from "../support/callers.js";
import { residentId } from "../support/identities.js";
import { sharedGateway } from "../support/system.js";

const gql = sharedGateway(inject("gatewayUrl"));

const RECORDS = /* GraphQL */ `
  query ($code: ID!) {
    dispute(code: $code) {
      id
      code
      parties {
        partyId
      }
      mediationCases {
        id
        agreement {
          id
        }
      }
      arbitrationCases {
        id
      }
      courtCases {
        id
      }
      legalAidCases {
        id
      }
      administrativeReviewCases {
        id
      }
    }
  }
`;

interface Records {
  dispute: {
    id: string;
    code: string;
    parties: { partyId: string | null }[];
    mediationCases: { id: string; agreement: { id: string } | null }[];
    arbitrationCases: { id: string }[];
    courtCases: { id: string }[];
    legalAidCases: { id: string }[];
    administrativeReviewCases: { id: string }[];
  };
}

const NODE = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Dispute {
        code
      }
      ... on MediationCase {
        mediation: disputeCode
      }
      ... on MediationAgreement {
        case {
          disputeCode
        }
      }
      ... on ArbitrationCase {
        arbitration: disputeCode
      }
      ... on CourtCase {
        court: disputeCode
      }
      ... on LegalAidCase {
        legalAid: disputeCode
      }
      ... on AdministrativeReviewCase {
        review: disputeCode
      }
    }
  }
`;

interface NodeView {
  node:
    | ({ __typename: string; id: string; code?: string; case?: { disputeCode: string } } & Partial<
        Record<"mediation" | "arbitration" | "court" | "legalAid" | "review", string | null>
      >)
    | null;
}

/** The dispute a node belongs to, whichever kind of record it is (each kind's field has its own alias). */
const disputeOf = (node: NonNullable<NodeView["node"]>) =>
  node.code ??
  node.mediation ??
  node.arbitration ??
  node.court ??
  node.legalAid ??
  node.review ??
  node.case?.disputeCode;

/** Every record of the demo disputes, by type, with the dispute it belongs to. */
async function demoRecords(): Promise<{ type: string; id: string; code: string }[]> {
  const found: { type: string; id: string; code: string }[] = [];
  for (const { code } of DEMO_DISPUTES) {
    const { body } = await gql<Records>(RECORDS, { code });
    expect(body.errors).toBeUndefined();
    const dispute = body.data!.dispute;
    found.push({ type: "Dispute", id: dispute.id, code });
    for (const c of dispute.mediationCases) {
      found.push({ type: "MediationCase", id: c.id, code });
      if (c.agreement) found.push({ type: "MediationAgreement", id: c.agreement.id, code });
    }
    for (const c of dispute.arbitrationCases) found.push({ type: "ArbitrationCase", id: c.id, code });
    for (const c of dispute.courtCases) found.push({ type: "CourtCase", id: c.id, code });
    for (const c of dispute.legalAidCases) found.push({ type: "LegalAidCase", id: c.id, code });
    for (const c of dispute.administrativeReviewCases) found.push({ type: "AdministrativeReviewCase", id: c.id, code });
  }
  return found;
}

describe("node(id:): any record read again by its id alone", () => {
  it("reads every kind of record back through the department that keeps it", async () => {
    const records = await demoRecords();
    expect(new Set(records.map((r) => r.type))).toEqual(
      new Set([
        "Dispute",
        "MediationCase",
        "MediationAgreement",
        "ArbitrationCase",
        "CourtCase",
        "LegalAidCase",
        "AdministrativeReviewCase",
      ]),
    );
    // Ids are unique across the whole graph, whatever department issued the record.
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const record of records) {
      const { body } = await gql<NodeView>(NODE, { id: record.id });
      expect(body.errors).toBeUndefined();
      const node = body.data!.node!;
      expect({ type: node.__typename, id: node.id }).toEqual({ type: record.type, id: record.id });
      expect(disputeOf(node)).toBe(record.code);
    }
  });

  it("takes a node id wherever the record's id is an argument, and the party's own id as well", async () => {
    const records = await demoRecords();
    const mediation = records.find((r) => r.type === "MediationCase")!;
    const byQuery = await gql<{ mediationCase: { id: string; disputeCode: string } }>(
      `query ($id: ID!) { mediationCase(id: $id) { id disputeCode } }`,
      { id: mediation.id },
    );
    expect(byQuery.body.errors).toBeUndefined();
    expect(byQuery.body.data!.mediationCase).toEqual({ id: mediation.id, disputeCode: mediation.code });

    // A department's record names its party by the party's node id; the internal party id is accepted too.
    const { body } = await gql<Records>(RECORDS, { code: DEMO_DISPUTES[1]!.code });
    const nodeIdOfParty = body.data!.dispute.parties.find((p) => p.partyId)!.partyId!;
    expect(parseNodeId(nodeIdOfParty)?.type).toBe("Party");
    const PARTY = `query ($id: ID!) { party(id: $id) { id } }`;
    for (const id of [nodeIdOfParty, parseNodeId(nodeIdOfParty)!.key]) {
      const { body: party } = await gql<{ party: { id: string } }>(PARTY, { id });
      expect(party.errors).toBeUndefined();
      expect(party.data!.party.id).toBe(nodeIdOfParty);
    }
    const asNode = await gql<NodeView>(NODE, { id: nodeIdOfParty });
    expect(asNode.body.data!.node).toMatchObject({ __typename: "Party", id: nodeIdOfParty });
  });

  it("shows a stranger nothing: a dispute is FORBIDDEN as by its code, a department's record as its department refuses it", async () => {
    const records = await demoRecords();
    const stranger = await as(resident(residentId()));
    const dispute = records.find((r) => r.type === "Dispute")!;
    const refused = await gql<NodeView>(NODE, { id: dispute.id }, stranger);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const record of records.filter((r) => r.type !== "Dispute")) {
      const { body } = await gql<NodeView>(NODE, { id: record.id }, stranger);
      // Null, or (where every field asked is nullable) the id it was given and nothing more, with the refusal.
      const { __typename: _type, id: _id, ...fields } = body.data!.node ?? {};
      expect(Object.values(fields).every((value) => value === null)).toBe(true);
      if (body.data!.node) expect(body.errors?.map((e) => e.extensions?.code)).toContain("FORBIDDEN");
      for (const error of body.errors ?? []) expect(error.extensions?.code).toBe("FORBIDDEN");
      expect(JSON.stringify(body)).not.toContain(record.code);
    }
  });

  it("answers null for an id of nothing, and BAD_USER_INPUT in both languages for a string that is no node id", async () => {
    const records = await demoRecords();
    const mediation = records.find((r) => r.type === "MediationCase")!;
    // The same kind of id, for a record that was never made.
    // The registry cannot know it is missing; the department answers no record, so the node is null.
    const none = await gql<NodeView>(NODE, { id: nodeId("MediationCase", randomUUID()) });
    expect(none.body.data!.node).toBeNull();

    // A dispute's code and a case's own key are ids, but not node ids.
    for (const id of ["330122260000016", "not a node id", parseNodeId(mediation.id)!.key]) {
      const { body } = await gql<NodeView>(NODE, { id });
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        messageZh: expect.stringContaining("node id"),
        messageEn: expect.stringContaining("node id"),
      });
    }
  });
});
