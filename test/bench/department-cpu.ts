// A department's CPU per operation, measured inside one process so that a busy machine weighs on both sides
// alike: the registry's and mediation's parts of the detail and queue operations, executed on the schema the
// server builds and, interleaved, on the same schema as it was before process-errors.ts stopped entering a
// request scope on the normal path (an AsyncLocalStorage run around every field that runs code, which installs
// Node 20's promise hooks for the whole process). The hooks are switched off again after each block of the
// "before" side, and each block checks whether they are on. Data: the databases `npm run bench` seeded.
//
//   npx tsx test/bench/department-cpu.ts [--iterations 200] [--rounds 3] [--only now] [--database-url postgres://…]
import "reflect-metadata";
import { executionAsyncResource } from "node:async_hooks";
import { parseArgs } from "node:util";
import { execute, parse, type DocumentNode, type GraphQLSchema } from "graphql";
import pg from "pg";
import { pino } from "pino";
import type { MiddlewareFn } from "type-graphql";
import { openDatabase } from "@onedoor/shared/db/database";
import {
  buildSubgraphGraphQLSchema,
  type RequestContext,
  type SubgraphDefinition,
} from "@onedoor/shared/server/subgraph";
import { buildFederatedSchema } from "@onedoor/shared/federation/build-federated-schema";
import { applyFieldMiddlewares } from "@onedoor/shared/server/field-middleware";
import { authChecker, signedInForRootFields } from "@onedoor/shared/auth/access";
import { singleRecordPersonalData } from "@onedoor/shared/auth/single-record-reads";
import { boundedArguments } from "@onedoor/shared/graphql/input-bounds";
import { requestScope } from "@onedoor/shared/server/process-errors";
import { runAtOffset } from "@onedoor/shared/clock/now";
import type { Identity } from "@onedoor/shared/auth/identity";
import { subgraph as petitions } from "../../subgraphs/petitions/src/subgraph.js";
import { subgraph as mediation } from "../../subgraphs/mediation/src/subgraph.js";

const { values } = parseArgs({
  options: {
    iterations: { type: "string", default: "200" },
    rounds: { type: "string", default: "3" },
    /** "now" times only the server's schema (e.g. under --cpu-prof). */
    only: { type: "string" },
    "database-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432" },
  },
});
const ITERATIONS = Number(values.iterations);
const ROUNDS = Number(values.rounds);

const COMMANDER: Identity = { userId: "commander-1", roles: ["commander"] };
const log = pino({ level: "warn" });

/**
 * Whether promise hooks are installed: with them, a promise's continuation runs as that promise's resource.
 * Asked in a fresh macrotask, where no resource entered while they were on is left on the stack.
 */
function promiseHooksOn(): Promise<boolean> {
  return new Promise((resolve) =>
    setImmediate(() => {
      void (async () => {
        await Promise.resolve();
        resolve(executionAsyncResource() instanceof Promise);
      })();
    }),
  );
}

/** The server's schema as it was before: every field that runs code entered the request scope. */
function scopedSchema(definition: SubgraphDefinition<never, unknown>): Promise<{ schema: GraphQLSchema }> {
  const { referenceResolvers, ...options } = definition.schema;
  const inScope: MiddlewareFn<RequestContext> = ({ context }, next) =>
    requestScope.run({ requestId: context.requestId }, next);
  const atSimulatedTime: MiddlewareFn<RequestContext> = ({ context }, next) =>
    context.identity.simulatedOffsetMs ? runAtOffset(context.identity.simulatedOffsetMs, next) : next();
  const signedIn = signedInForRootFields();
  const singleRecord = singleRecordPersonalData();
  return buildFederatedSchema({ ...options, validate: false, authChecker, authMode: "error" }, referenceResolvers).then(
    (built) => {
      applyFieldMiddlewares<RequestContext>(built.schema, ({ root, hasArguments }) => [
        ...(root ? [signedIn] : []),
        ...(root ? [] : [singleRecord]),
        inScope,
        ...(hasArguments ? [boundedArguments] : []),
        atSimulatedTime,
      ]);
      return built;
    },
  );
}

const PETITIONS_DETAIL = parse(`query ($code: ID!) { dispute(code: $code) {
  code title category status registeredAt deadline remainingDays overdue leadDepartment
  parties { role kind } timeline { edges { node { type summary occurredAt } } } } }`);
const PETITIONS_QUEUE = parse(`query { disputes(first: 50, filter: { department: MEDIATION }) {
  edges { node { code title category status registeredAt deadline overdue } } pageInfo { hasNextPage endCursor } } }`);
const MEDIATION_CASES = parse(`query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Dispute { mediationCases { id status acceptedAt committee mediatorName clock { kind deadline remainingDays state } } } } }`);

interface Department {
  name: string;
  store: { $disconnect(): Promise<void> };
  loaders(): unknown;
  now: GraphQLSchema;
  before: GraphQLSchema;
}

interface Case {
  name: string;
  department: Department;
  document: DocumentNode;
  variables: Record<string, unknown>;
}

async function main() {
  const databaseOf = (name: string) => {
    const url = new URL(values["database-url"]!);
    url.pathname = `/onedoor_bench_${name}`;
    return openDatabase({ kind: "postgres", url: url.toString() });
  };
  const registryDatabase = await databaseOf("petitions");
  const registryStore = petitions.openStore(registryDatabase.adapterFactory);
  const mediationDatabase = await databaseOf("mediation");
  const mediationStore = mediation.openStore(mediationDatabase.adapterFactory);
  const schemasOf = async (definition: SubgraphDefinition<never, unknown>) => ({
    now: (await buildSubgraphGraphQLSchema(definition)).schema,
    before: (await scopedSchema(definition)).schema,
  });
  const registry: Department = {
    name: "petitions",
    store: registryStore,
    loaders: () => petitions.createLoaders(registryStore),
    ...(await schemasOf(petitions as unknown as SubgraphDefinition<never, unknown>)),
  };
  const department: Department = {
    name: "mediation",
    store: mediationStore,
    loaders: () => mediation.createLoaders(mediationStore),
    ...(await schemasOf(mediation as unknown as SubgraphDefinition<never, unknown>)),
  };
  const codes = (
    await mediationDatabase.query<{ code: string }>(
      `SELECT DISTINCT "disputeCode" AS code FROM "MediationCase" ORDER BY 1 LIMIT 50`,
    )
  ).map((r) => r.code);
  if (codes.length < 50) throw new Error("seed the bench databases first (npm run bench)");
  const reps = (list: string[]) => ({ representations: list.map((code) => ({ __typename: "Dispute", code })) });
  const cases: Case[] = [
    { name: "detail: registry", department: registry, document: PETITIONS_DETAIL, variables: { code: codes[0] } },
    { name: "detail: mediation", department, document: MEDIATION_CASES, variables: reps(codes.slice(0, 1)) },
    { name: "queue: registry", department: registry, document: PETITIONS_QUEUE, variables: {} },
    { name: "queue: mediation", department, document: MEDIATION_CASES, variables: reps(codes) },
  ];

  const run = async (c: Case, schema: GraphQLSchema) => {
    const result = await execute({
      schema,
      document: c.document,
      variableValues: c.variables,
      contextValue: {
        subgraph: c.department.name,
        identity: COMMANDER,
        requestId: "bench",
        log,
        store: c.department.store,
        loaders: c.department.loaders(),
      },
    });
    if (result.errors?.length) throw new Error(`${c.name}: ${JSON.stringify(result.errors)}`);
    return result.data;
  };

  const totals = new Map<string, { before: number; now: number }>();
  const hooks = { before: new Set<boolean>(), now: new Set<boolean>() };
  for (const c of cases) {
    const { now, before } = c.department;
    // Same answer both ways, then a warm-up.
    if (JSON.stringify(await run(c, now)) !== JSON.stringify(await run(c, before)))
      throw new Error(`${c.name}: the two schemas answer differently`);
    for (let i = 0; i < 20; i++) {
      await run(c, now);
      await run(c, before);
    }
    requestScope.disable();
    totals.set(c.name, { before: 0, now: 0 });
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const { now, before } = c.department;
      const modes = [
        ["before", before],
        ["now", now],
      ] as const;
      for (const [mode, schema] of modes.filter(([mode]) => !values.only || mode === values.only)) {
        const start = process.cpuUsage();
        for (let i = 0; i < ITERATIONS; i++) await run(c, schema);
        const used = process.cpuUsage(start);
        totals.get(c.name)![mode] += (used.user + used.system) / 1000;
        hooks[mode].add(await promiseHooksOn());
        // Off again (no other AsyncLocalStorage is in use here), so that the next block starts without them.
        requestScope.disable();
      }
    }
  }
  const n = ITERATIONS * ROUNDS;
  console.log(`CPU ms per operation, ${n} sequential runs each, interleaved (graphql execute + Prisma + pg):`);
  console.log(`promise hooks on: before ${[...hooks.before].join("/")}, now ${[...hooks.now].join("/")}`);
  console.log("| part | request scope, promise hooks on (before) | no scope, no hooks (now) | now / before |");
  console.log("|---|---:|---:|---:|");
  for (const [name, t] of totals)
    console.log(
      `| ${name} | ${(t.before / n).toFixed(2)} | ${(t.now / n).toFixed(2)} | ${(t.now / t.before).toFixed(2)} |`,
    );
  // Prisma's own cost: the queue's mediation statement through Prisma, and the same SQL through pg alone.
  const url = new URL(values["database-url"]!);
  url.pathname = "/onedoor_bench_mediation";
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  const viaPrisma = () =>
    mediationStore.mediationCase.findMany({
      where: { disputeCode: { in: codes } },
      orderBy: [{ acceptedAt: "asc" }, { createdAt: "asc" }],
    });
  const viaPg = async () =>
    (
      await pool.query(
        `SELECT * FROM "MediationCase" WHERE "disputeCode" = ANY($1) ORDER BY "acceptedAt" ASC, "createdAt" ASC`,
        [codes],
      )
    ).rows;
  if ((await viaPrisma()).length !== (await viaPg()).length) throw new Error("Prisma and pg disagree");
  const cpuOf = async (work: () => Promise<unknown>) => {
    const start = process.cpuUsage();
    for (let i = 0; i < n; i++) await work();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / n;
  };
  const [prismaMs, pgMs] = [await cpuOf(viaPrisma), await cpuOf(viaPg)];
  console.log(
    `\nOne statement (mediation cases of 50 disputes): Prisma ${prismaMs.toFixed(2)} ms, pg alone ${pgMs.toFixed(2)} ms of CPU.`,
  );
  await pool.end();
  await registryStore.$disconnect();
  await mediationStore.$disconnect();
  await registryDatabase.close();
  await mediationDatabase.close();
}

await main();
