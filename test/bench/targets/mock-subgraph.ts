// A stand-in for one department in the gateway-bound benchmark (`npm run bench -- --subgraphs mock`):
// the department's committed schema, answered with made-up data of the right shape and no database,
// as the federation benchmarks of The Guild and others do, so the gateways rather than the departments
// are what the load measures. Answers have the same shape and values on every call; a connection page
// holds 50 records. Ids are numbered across all answers, so no two requests ask the next department about
// the same records (on real data they would not either, and a gateway that shares identical lookups
// would otherwise gain from the stand-in); the benchmark compares answers with ids masked.
//
//   node --import tsx test/bench/targets/mock-subgraph.ts <subgraph>   (PORT from the environment)
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { reportToLauncher } from "@onedoor/shared/system/parent-link";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  execute,
  GraphQLScalarType,
  isEnumType,
  isScalarType,
  parse,
  specifiedScalarTypes,
  type DocumentNode,
} from "graphql";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { addMocksToSchema, createMockStore } from "@graphql-tools/mock";
import { REPO_ROOT } from "@onedoor/shared/db/database";

const name = process.argv[2]!;
const port = Number(process.env.PORT);
const subgraphSchema = buildSubgraphSchema(
  parse(readFileSync(join(REPO_ROOT, "subgraphs", name, "schema.graphql"), "utf8")),
);

const builtIn = new Set(specifiedScalarTypes.map((t) => t.name));
/** A plausible constant for each custom scalar, by its name (dates and times as ISO strings). */
function scalarValue(scalar: GraphQLScalarType): unknown {
  if (/DateTime/i.test(scalar.name)) return "2026-11-20T08:30:00.000Z";
  if (/Date/i.test(scalar.name)) return "2026-11-20";
  if (scalar.name === "_Any" || scalar.name === "federation__FieldSet" || scalar.name === "link__Import") return null;
  return "模拟";
}
const scalarMocks = Object.fromEntries(
  Object.values(subgraphSchema.getTypeMap())
    .filter((t): t is GraphQLScalarType => isScalarType(t) && !builtIn.has(t.name) && !t.name.startsWith("__"))
    .map((t) => [t.name, () => scalarValue(t)]),
);
// Each enum as its first value (the library would pick one at random).
const enumMocks = Object.fromEntries(
  Object.values(subgraphSchema.getTypeMap())
    .filter(isEnumType)
    .filter((t) => !t.name.startsWith("__"))
    .map((t) => [t.name, () => t.getValues()[0]!.value]),
);
const connectionMocks = Object.fromEntries(
  Object.keys(subgraphSchema.getTypeMap())
    .filter((typeName) => typeName.endsWith("Connection"))
    .map((typeName) => [typeName, () => ({ edges: Array.from({ length: 50 }, () => ({})) })]),
);

let idSequence = 0;
// The store remembers generated records by key across requests; emptied before each one, every answer
// is made afresh and the same for the same query.
const store = createMockStore({
  schema: subgraphSchema,
  mocks: {
    ...scalarMocks,
    ...enumMocks,
    ...connectionMocks,
    Int: () => 3,
    Float: () => 1.5,
    Boolean: () => true,
    String: () => "桐庐县矛调中心",
    ID: () => `330122-2026-${String(++idSequence).padStart(6, "0")}`,
  },
});
const schema = addMocksToSchema({ schema: subgraphSchema, store, preserveResolvers: true }); // `_entities` and `_service` stay the subgraph library's own

const documents = new Map<string, DocumentNode>();
let requests = 0;

const server = createServer((req, res) => {
  if (req.method === "GET") {
    // /ready for the launcher; / for the benchmark's per-subgraph counters (no SQL here).
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify(req.url === "/ready" ? { ready: true } : { requests, statements: 0 }));
    return;
  }
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    requests++;
    store.reset();
    const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString()) as {
      query: string;
      variables?: Record<string, unknown>;
      operationName?: string;
    };
    let document = documents.get(query);
    if (!document) documents.set(query, (document = parse(query)));
    void Promise.resolve(
      execute({ schema, document, variableValues: variables ?? {}, operationName: operationName ?? null }),
    ).then((result) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result)));
  });
});
// PORT=0 binds any free port; the benchmark learns it over the IPC channel.
server.listen(port, "127.0.0.1", () => {
  void reportToLauncher({ onedoor: "ready", port: (server.address() as AddressInfo).port });
});
