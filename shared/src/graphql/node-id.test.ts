import { buildSchema, graphql, graphqlSync, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { nodeId, parseNodeId, recordKey, representationWithKey, resolveNodeIds } from "./node-id.js";

const CASE = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

describe("node ids", () => {
  it("name a type and a key, and read back only in their own canonical form", () => {
    const id = nodeId("MediationCase", CASE);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseNodeId(id)).toEqual({ type: "MediationCase", key: CASE });
    expect(parseNodeId(nodeId("Dispute", "330122260000016"))).toEqual({ type: "Dispute", key: "330122260000016" });
    // Keys people and departments use are never taken for node ids.
    for (const key of [CASE, "330122260000016", "(2026)浙0122民初123号", "p_3f9a", ""]) {
      expect(parseNodeId(key)).toBeNull();
      expect(recordKey(key)).toBe(key);
    }
    // Not a type the graph refetches, padded, or no key.
    expect(parseNodeId(Buffer.from(`MediationSession:${CASE}`).toString("base64url"))).toBeNull();
    expect(parseNodeId(Buffer.from(`MediationCase:${CASE}`).toString("base64"))).toBeNull();
    expect(parseNodeId(Buffer.from("MediationCase:").toString("base64url"))).toBeNull();
    expect(recordKey(nodeId("CourtCase", CASE))).toBe(CASE);
  });

  it("are resolved from the record's key once, however often a record passes through", () => {
    const schema = buildSchema(`
      type Query { dispute: Dispute, mediationCase: MediationCase, session: MediationSession }
      type Dispute { id: ID! code: ID! }
      type MediationCase { id: ID! }
      type MediationSession { id: ID! }
    `);
    resolveNodeIds(schema);
    const rootValue = {
      dispute: { id: "row-uuid", code: "330122260000016" },
      mediationCase: { id: nodeId("MediationCase", CASE) },
      session: { id: CASE },
    };
    const result = graphqlSync({
      schema,
      source: "{ dispute { id code } mediationCase { id } session { id } }",
      rootValue,
    });
    expect(result.data).toEqual({
      dispute: { id: nodeId("Dispute", "330122260000016"), code: "330122260000016" },
      mediationCase: { id: nodeId("MediationCase", CASE) },
      session: { id: CASE },
    });
  });

  it("name the party a department's record names, also when its resolver answers later", async () => {
    const schema = buildSchema(`
      type Query { applicant: Applicant }
      type Applicant { partyId: ID, name: String }
    `);
    const applicantType = schema.getType("Applicant") as GraphQLObjectType;
    applicantType.getFields().partyId!.resolve = async (source: { party: string | null }) => source.party;
    resolveNodeIds(schema);
    const read = (party: string | null) =>
      graphql({ schema, source: "{ applicant { partyId name } }", rootValue: { applicant: { party, name: "张*" } } });
    expect((await read("P6FJKFRG5VVRE5ZT33VBI")).data).toEqual({
      applicant: { partyId: nodeId("Party", "P6FJKFRG5VVRE5ZT33VBI"), name: "张*" },
    });
    expect((await read(null)).data).toEqual({ applicant: { partyId: null, name: "张*" } });
  });

  it("come back from the gateway as the record's own key in a representation", () => {
    expect(representationWithKey("CourtCase", { __typename: "CourtCase", id: nodeId("CourtCase", CASE) })).toEqual({
      __typename: "CourtCase",
      id: CASE,
    });
    expect(representationWithKey("Party", { id: "p_3f9a" })).toEqual({ id: "p_3f9a" });
    const dispute = { __typename: "Dispute", code: "330122260000016" };
    expect(representationWithKey("Dispute", dispute)).toBe(dispute);
  });
});
