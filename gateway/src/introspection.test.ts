import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloGateway } from "@apollo/gateway";
import { getIntrospectionQuery } from "graphql";
import { introspectionPlugin } from "./introspection.js";

const supergraphSdl = readFileSync(resolve(import.meta.dirname, "../supergraph.graphql"), "utf8");

interface Answer {
  data?: { __schema?: { types: { name: string; isOneOf?: boolean | null }[] }; __typename?: string } | null;
  errors?: { message: string }[];
}

/** A gateway on the committed supergraph; no department is reached by these operations. */
async function ask(query: string, plugins: ApolloServerPlugin[]): Promise<Answer> {
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }), plugins });
  await server.start();
  try {
    const response = await server.executeOperation({ query });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return response.body.singleResult as Answer;
  } finally {
    await server.stop();
  }
}

describe("introspection at the gateway", () => {
  const withOneOf = getIntrospectionQuery({ oneOf: true, inputValueDeprecation: true, schemaDescription: true });

  it("needs graphql-js for what the query planner does not know (__Type.isOneOf)", async () => {
    const planned = await ask(withOneOf, []);
    expect(planned.errors?.[0]?.message).toMatch(/isOneOf/);
  });

  it("answers graphql-js's introspection query with every option on from the API schema", async () => {
    const answer = await ask(withOneOf, [introspectionPlugin()]);
    expect(answer.errors).toBeUndefined();
    const types = answer.data!.__schema!.types;
    expect(types.find((t) => t.name === "Query")).toHaveProperty("isOneOf");
    // The API schema: federation's own types stay hidden.
    expect(types.map((t) => t.name)).toEqual(expect.arrayContaining(["Dispute", "MediationCase", "CourtCase"]));
    expect(types.map((t) => t.name)).not.toContain("join__Graph");
  });

  it("answers __typename alongside, and leaves an operation that also reads data to the gateway", async () => {
    const answer = await ask(`{ __typename __schema { queryType { name } } }`, [introspectionPlugin()]);
    expect(answer).toEqual({ data: { __typename: "Query", __schema: { queryType: { name: "Query" } } } });
    // The planner's refusal of isOneOf shows who answered (it fails before any department is asked).
    const mixed = await ask(`{ __schema { types { isOneOf } } dispute(code: "330122260000027") { code } }`, [
      introspectionPlugin(),
    ]);
    expect(mixed.errors?.[0]?.message).toMatch(/isOneOf/);
  });
});
