// Schema tools read the graph through the gateway outside production: graphql-js's introspection query (what
// GraphiQL, GraphQL Code Generator, IDE plugins and Apollo Sandbox send), with its default options and with every
// option on, returns the whole composed schema. Introspection that only burns CPU stays refused, and every
// operation limit refuses with its own code and kind, in Chinese and English, without telling the number.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { getIntrospectionQuery, Kind, parse, type EnumValueNode, type ObjectTypeDefinitionNode } from "graphql";
import { sharedGateway, type GraphQLResponse } from "../support/system.js";
import { as } from "../support/callers.js";

const gql = sharedGateway(inject("gatewayUrl"));
const anonymous = () => as(null);

/** Each Query field of the composed graph and the department (join__Graph value) that resolves it. */
function queryFieldOwners(): Map<string, string> {
  const sdl = readFileSync(resolve(import.meta.dirname, "../../gateway/supergraph.graphql"), "utf8");
  const query = parse(sdl).definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === "Query",
  )!;
  return new Map(
    (query.fields ?? []).flatMap((field) => {
      const graph = field.directives
        ?.find((d) => d.name.value === "join__field")
        ?.arguments?.find((a) => a.name.value === "graph")?.value as EnumValueNode | undefined;
      return graph ? [[field.name.value, graph.value] as const] : [];
    }),
  );
}
const OWNERS = queryFieldOwners();
const DEPARTMENTS = ["PETITIONS", "MEDIATION", "ARBITRATION", "LITIGATION", "LEGAL_AID"];

interface Schema {
  __schema: {
    queryType: { name: string };
    types: { name: string; kind: string; fields: { name: string }[] | null }[];
    directives: { name: string }[];
  };
}

type Answer = GraphQLResponse["body"];

function expectRefusedBy(status: number, body: Answer, limit: string) {
  expect(status).toBe(400);
  expect(body.data ?? null).toBeNull();
  const refusal = body.errors?.find((e) => e.extensions?.code === "OPERATION_LIMIT_EXCEEDED");
  expect(refusal?.extensions).toEqual({
    code: "OPERATION_LIMIT_EXCEEDED",
    limit,
    messageZh: expect.stringMatching(/^超出操作限制：.*[\u4e00-\u9fff]/),
    messageEn: expect.stringMatching(/^Operation limit exceeded: /),
  });
  // Says which kind of limit, never the number, never a "Syntax Error", no stack trace.
  expect(refusal!.message).toContain(`(${limit})`);
  expect(JSON.stringify(refusal)).not.toMatch(/Syntax Error|stacktrace|\d/);
}

describe("schema tools read the graph", () => {
  const all = {
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  };

  it.each([
    ["default options", getIntrospectionQuery()],
    ["every option on", getIntrospectionQuery(all)],
  ])("answers graphql-js's introspection query with %s, signed in or not", async (_name, query) => {
    for (const headers of [await anonymous(), {}]) {
      const { status, body } = await gql<Schema>(query, {}, headers);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      const schema = body.data!.__schema;
      expect(schema.queryType.name).toBe("Query");
      const fields = schema.types.find((t) => t.name === "Query")!.fields!.map((f) => f.name);
      // Every department's Query fields, and nothing of the federation plumbing.
      expect(fields.sort()).toEqual([...OWNERS.keys()].sort());
      for (const department of DEPARTMENTS)
        expect(fields.filter((f) => OWNERS.get(f) === department).length, department).toBeGreaterThan(0);
      expect(fields).toEqual(
        expect.arrayContaining(["dispute", "mediationCases", "arbitrationCases", "courtCases", "legalAidCases"]),
      );
      expect(schema.types.map((t) => t.name)).not.toContain("join__Graph");
    }
  });

  it("answers a lookup of one type the way IDE plugins ask for it", async () => {
    const { body } = await gql<{ __type: { fields: { name: string; type: { kind: string } }[] } }>(
      `{ __type(name: "Dispute") { name fields { name type { kind name ofType { kind name ofType { kind name } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.__type.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(["code", "mediationCases", "arbitrationCases", "courtCases", "legalAidCases"]),
    );
  });
});

describe("introspection that only burns CPU stays refused", () => {
  const ofType = (levels: number) => {
    let selection = "name";
    for (let i = 0; i < levels; i++) selection = `ofType { ${selection} }`;
    return selection;
  };

  it.each([30, 50])("refuses %i levels of ofType", async (levels) => {
    const { status, body } = await gql(`{ __schema { types { fields { type { ${ofType(levels)} } } } } }`);
    expectRefusedBy(status, body, "depth");
  });

  it("refuses type members listed under type members", async () => {
    const { status, body } = await gql(
      "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }",
    );
    expectRefusedBy(status, body, "depth");
  });

  it("refuses the schema asked for again and again under aliases", async () => {
    const fragments = getIntrospectionQuery().slice(getIntrospectionQuery().indexOf("fragment FullType"));
    const copies = Array.from({ length: 3 }, (_, i) => `s${i}: __schema { types { ...FullType } }`).join(" ");
    const { status, body } = await gql(`{ ${copies} } ${fragments}`);
    expectRefusedBy(status, body, "introspection");
  });
});

describe("every operation limit names itself", () => {
  it("depth", async () => {
    let selection = "code";
    for (let i = 0; i < 7; i++) selection = `mediationCases { dispute { ${selection} } }`;
    const { status, body } = await gql(`{ dispute(code: "330122260000027") { ${selection} } }`);
    expectRefusedBy(status, body, "depth");
  });

  it("aliases", async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: dispute(code: "330122260000027") { code }`).join(" ");
    const { status, body } = await gql(`{ ${aliases} }`);
    expectRefusedBy(status, body, "aliases");
  });

  it("directives", async () => {
    const { status, body } = await gql(`{ ${"__typename @include(if: true) ".repeat(60)} }`);
    expectRefusedBy(status, body, "directives");
  });

  it("tokens", async () => {
    const { status, body } = await gql(`{ ${"__typename ".repeat(5_000)} }`);
    expectRefusedBy(status, body, "tokens");
  });

  it("cost", async () => {
    const { status, body } = await gql(
      "{ mediationCases(first: 100000) { edges { node { id committee mediatorName status } } } }",
    );
    expectRefusedBy(status, body, "cost");
  });

  it("leaves a plain mistake a validation error", async () => {
    const { status, body } = await gql(`{ dispute(code: "330122260000027") { titel } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
