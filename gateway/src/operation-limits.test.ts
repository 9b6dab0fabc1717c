import { describe, expect, it } from "vitest";
import { ApolloServer } from "@apollo/server";
import {
  buildSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  print,
  type DefinitionNode,
  type FieldNode,
  type OperationDefinitionNode,
} from "graphql";
import {
  FULL_INTROSPECTION_QUERY,
  INTROSPECTION_LIMITS,
  OPERATION_LIMIT_EXCEEDED,
  operationLimits,
  shapeOfDocument,
  type LimitKind,
} from "./operation-limits.js";

const schema = buildSchema(`
  type Query { node: Node, nodes(first: Int): [Node], trackDispute(code: String!): Node }
  type Node { name: String, child: Node, children(first: Int): [Node] }
`);

const LIMITS = {
  LIMIT_MAX_DEPTH: "12",
  LIMIT_MAX_ALIASES: "20",
  LIMIT_MAX_TOKENS: "3000",
  LIMIT_MAX_DIRECTIVES: "30",
  LIMIT_MAX_COST: "10000",
};

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function run(query: string, { production = false } = {}): Promise<Answer> {
  const limits = operationLimits(production, LIMITS);
  const server = new ApolloServer({
    schema,
    introspection: !production,
    plugins: limits.plugins,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: limits.formatError,
  });
  await server.start();
  try {
    const response = await server.executeOperation({ query });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return response.body.singleResult as Answer;
  } finally {
    await server.stop();
  }
}

const nested = (levels: number, field: string, leaf = "name") => {
  let selection = leaf;
  for (let i = 0; i < levels; i++) selection = `${field} { ${selection} }`;
  return selection;
};

function expectRefusedBy(answer: Answer, limit: LimitKind) {
  expect(answer.data ?? null).toBeNull();
  expect(answer.errors).toHaveLength(1);
  const [error] = answer.errors!;
  expect(error!.extensions).toEqual({
    code: OPERATION_LIMIT_EXCEEDED,
    limit,
    messageZh: expect.stringMatching(/^超出操作限制：/),
    messageEn: expect.stringMatching(/^Operation limit exceeded: /),
  });
  expect(error!.message).toContain(`(${limit})`);
  // Not a syntax error, and nothing that tells the limit: no number, position or stack trace.
  expect(JSON.stringify(error)).not.toMatch(/Syntax Error|\d|stacktrace|locations/);
}

describe("introspection", () => {
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
    ["every option", getIntrospectionQuery(all)],
    ["no descriptions", getIntrospectionQuery({ descriptions: false })],
  ])("answers graphql-js's introspection query with %s", async (_name, query) => {
    const answer = await run(query);
    expect(answer.errors).toBeUndefined();
    const types = (answer.data as { __schema: { types: { name: string }[] } }).__schema.types;
    expect(types.map((t) => t.name)).toEqual(expect.arrayContaining(["Query", "Node"]));
  });

  it("is measured apart: deeper than operations may go, as deep as the standard query", () => {
    expect(INTROSPECTION_LIMITS.depth).toBeGreaterThan(12);
    expect(shapeOfDocument(FULL_INTROSPECTION_QUERY)).toEqual({
      depth: 0,
      introspectionDepth: INTROSPECTION_LIMITS.depth,
      introspectionSelections: expect.any(Number),
    });
  });

  it.each([30, 50])("refuses %i levels of ofType as too deep", async (levels) => {
    expectRefusedBy(await run(`{ __schema { types { fields { type { ${nested(levels, "ofType")} } } } } }`), "depth");
  });

  it("refuses type members listed under type members (exponential answers) as too deep", async () => {
    expectRefusedBy(
      await run("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"),
      "depth",
    );
    expectRefusedBy(
      await run(`{ __type(name: "Node") { ...F } }
        fragment F on __Type { fields { type { fields { type { fields { name } } } } } }`),
      "depth",
    );
  });

  it("refuses a second copy of the schema, through aliases of __schema or of its types", async () => {
    const document = parse(FULL_INTROSPECTION_QUERY);
    const [operation, ...fragments] = document.definitions as [OperationDefinitionNode, ...DefinitionNode[]];
    const schemaField = operation.selectionSet.selections[0] as FieldNode;
    const aliased = (alias: string): FieldNode => ({ ...schemaField, alias: { kind: Kind.NAME, value: alias } });
    const twice = print({
      ...document,
      definitions: [
        { ...operation, selectionSet: { ...operation.selectionSet, selections: [aliased("a"), aliased("b")] } },
        ...fragments,
      ],
    });
    expectRefusedBy(await run(twice), "introspection");
    const types = Array.from({ length: 3 }, (_, i) => `t${i}: types { ...FullType }`).join(" ");
    expectRefusedBy(
      await run(`{ __schema { ${types} } } ${print({ ...document, definitions: fragments })}`),
      "introspection",
    );
  });

  it("stays off in production", async () => {
    const answer = await run(getIntrospectionQuery(), { production: true });
    expect(answer.errors?.[0]?.message).toMatch(/introspection/i);
    expect(answer.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("operation limits", () => {
  it("lets an ordinary operation through", async () => {
    const answer = await run(`{ node { ${nested(10, "child")} } nodes(first: 5) { name } }`);
    expect(answer.errors).toBeUndefined();
  });

  it("refuses each kind of abuse with its own kind of limit", async () => {
    expectRefusedBy(await run(`{ node { ${nested(15, "child")} } }`), "depth");
    // Fragments do not hide depth.
    expectRefusedBy(
      await run(`{ node { ...A } } fragment A on Node { child { child { child { child { ...B } } } } }
        fragment B on Node { child { child { child { child { child { child { child { child { name } } } } } } } } }`),
      "depth",
    );
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: node { name }`).join(" ");
    expectRefusedBy(await run(`{ ${aliases} }`), "aliases");
    expectRefusedBy(await run(`{ ${"__typename @skip(if: false) ".repeat(40)} }`), "directives");
    expectRefusedBy(await run(`{ __typename ${"__typename ".repeat(3_000)} }`), "tokens");
    expectRefusedBy(await run(`{ nodes(first: 1000) { children(first: 1000) { name child { name } } } }`), "cost");
  });

  it("allows one tracking guess per operation, however a second one is written", async () => {
    expect((await run(`{ trackDispute(code: "a") { name } node { name } }`)).errors).toBeUndefined();
    // A second operation in the same document is another request's guess, not this one's.
    const twoOperations = await run(
      `query A { trackDispute(code: "a") { name } } query B { trackDispute(code: "b") { name } }`,
    );
    expect(twoOperations.errors?.map((e) => e.extensions?.code)).toEqual(["OPERATION_RESOLUTION_FAILURE"]);
    const aliases = Array.from({ length: 3 }, (_, i) => `t${i}: trackDispute(code: "c") { name }`).join(" ");
    for (const query of [
      `{ ${aliases} }`,
      `{ trackDispute(code: "a") { name } ... on Query { again: trackDispute(code: "a") { name } } }`,
      `{ ...F ...F } fragment F on Query { trackDispute(code: "a") { name } }`,
      `{ ...F trackDispute(code: "a") @skip(if: true) { name } } fragment F on Query { t: trackDispute(code: "b") { name } }`,
    ])
      expectRefusedBy(await run(query), "attempts");
  });

  it("leaves other errors as they were", async () => {
    const syntax = await run("{ node { name }");
    expect(syntax.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    const unknown = await run("{ node { nmae } }");
    expect(unknown.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("measures fragments that spread fragments without expanding them", () => {
    const fragments = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on Node { child { ...F${i + 1} } children { ...F${i + 1} } }`,
    ).join("\n");
    const started = performance.now();
    const shape = shapeOfDocument(`{ node { ...F0 } } ${fragments} fragment F60 on Node { name }`);
    expect(shape.depth).toBe(62);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
