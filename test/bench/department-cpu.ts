// A department's CPU per operation, measured inside one process so that a busy machine weighs on both sides
// alike: the registry's and mediation's parts of the detail and queue operations, executed on the server's
// schema with the server's loaders and, interleaved, with the loaders that read through the driver adapter
// (the registry's dispute by code and parties; mediation's cases by dispute, committees, mediators, assignments
// and clock pauses) reading through Prisma's findMany instead, as they did before. The registry's page queries
// (the queue, a dispute's timeline) are called by its resolvers, not through loaders, so they are compared as
// statements only. Then the statements alone: each of those reads through Prisma, through the adapter, and
// through pg with the same SQL. Data: the databases `npm run bench` seeded (2,000 disputes in the profile),
// `<base>_<subgraph>`.
//
//   npx tsx test/bench/department-cpu.ts [--iterations 200] [--rounds 3] [--only now]
//     [--database-url postgres://postgres@127.0.0.1:5432/onedoor_bench]
import "reflect-metadata";
import { parseArgs } from "node:util";
import { execute, parse, type DocumentNode, type GraphQLSchema } from "graphql";
import pg from "pg";
import { pino } from "pino";
import { databaseLocation, openDatabase } from "@onedoor/shared/db/database";
import type { RawArgument } from "@onedoor/shared/db/adapter-reads";
import { toLocalDate } from "@onedoor/shared/clock/local-date";
import { groupLoader, rowLoader } from "@onedoor/shared/graphql/loaders";
import { buildSubgraphGraphQLSchema, type SubgraphDefinition } from "@onedoor/shared/server/subgraph";
import type { Identity } from "@onedoor/shared/auth/identity";
import type { SubgraphName } from "@onedoor/shared/config";
import { subgraph as petitions } from "../../subgraphs/petitions/src/subgraph.js";
import { subgraph as mediation } from "../../subgraphs/mediation/src/subgraph.js";
import { disputePage, disputesByCodes } from "../../subgraphs/petitions/src/db/disputes.js";
import { timelinePage } from "../../subgraphs/petitions/src/db/timeline.js";
import {
  disputePageThroughPrisma,
  timelinePageThroughPrisma,
} from "../../subgraphs/petitions/src/testing/prisma-pages.js";
import type { DisputeFilter } from "../../subgraphs/petitions/src/entities/inputs.js";
import { assignmentsOfCases, casesOfDisputes } from "../../subgraphs/mediation/src/db/case-queries.js";
import type { PetitionsStore } from "../../subgraphs/petitions/src/db/store.js";
import type { MediationStore } from "../../subgraphs/mediation/src/db/store.js";

const { values } = parseArgs({
  options: {
    iterations: { type: "string", default: "200" },
    rounds: { type: "string", default: "3" },
    /** "now" times only the server's loaders (e.g. under --cpu-prof). */
    only: { type: "string" },
    "database-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432/onedoor_bench" },
  },
});
const ITERATIONS = Number(values.iterations);
const ROUNDS = Number(values.rounds);

const COMMANDER: Identity = { userId: "commander-1", roles: ["commander"] };
const log = pino({ level: "warn" });

/** The registry's loaders as they were: the dispute and its parties through Prisma. */
const registryLoadersThroughPrisma = (store: PetitionsStore) => ({
  ...petitions.createLoaders(store),
  disputeByCode: rowLoader(
    (codes: readonly string[]) => store.dispute.findMany({ where: { code: { in: [...codes] } } }),
    (dispute) => dispute.code,
  ),
  partiesByDispute: groupLoader(
    (ids: readonly string[]) =>
      store.disputeParty.findMany({
        where: { disputeId: { in: [...ids] } },
        orderBy: [{ role: "asc" }, { position: "asc" }],
      }),
    (party) => party.disputeId,
  ),
});

const casesThroughPrisma = (store: MediationStore, codes: readonly string[]) =>
  store.mediationCase.findMany({
    where: { disputeCode: { in: [...codes] } },
    orderBy: [{ acceptedAt: "asc" }, { createdAt: "asc" }],
  });

const assignmentsThroughPrisma = (store: MediationStore, caseIds: readonly string[]) =>
  store.caseMediator.findMany({
    where: { caseId: { in: [...caseIds] } },
    orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
  });

/** Mediation's loaders as they were: the cases of disputes and what each case reads of itself through Prisma. */
const mediationLoadersThroughPrisma = (store: MediationStore) => ({
  ...mediation.createLoaders(store),
  casesByDispute: groupLoader(
    (codes: readonly string[]) => casesThroughPrisma(store, codes),
    (row) => row.disputeCode,
  ),
  committeeById: rowLoader(
    (ids: readonly string[]) => store.committee.findMany({ where: { id: { in: [...ids] } } }),
    (row) => row.id,
  ),
  mediatorById: rowLoader(
    (ids: readonly string[]) => store.mediator.findMany({ where: { id: { in: [...ids] } } }),
    (row) => row.id,
  ),
  assignmentsByCase: groupLoader(
    (ids: readonly string[]) => assignmentsThroughPrisma(store, ids),
    (row) => row.caseId,
  ),
  pausesByCase: groupLoader(
    (ids: readonly string[]) =>
      store.mediationClockPause.findMany({
        where: { caseId: { in: [...ids] } },
        orderBy: [{ from: "asc" }, { id: "asc" }],
      }),
    (row) => row.caseId,
  ),
});

/** The statements a read sends through the adapter, captured by a store that only records them. */
async function statementsOf(read: (store: PetitionsStore) => Promise<unknown>) {
  const sent: { sql: string; args: readonly RawArgument[] }[] = [];
  const recorder = {
    rawQuery: (sql: string, args: readonly RawArgument[]) => {
      sent.push({ sql, args });
      return Promise.resolve(sql.includes("count(*)") ? [{ count: 0 }] : []);
    },
  };
  await read(recorder as unknown as PetitionsStore);
  // pg sends a Date as local time, the adapter as UTC: give pg the adapter's text.
  return sent.map(({ sql, args }) => ({
    sql,
    args: args.map((arg) => (arg instanceof Date ? arg.toISOString().replace("T", " ").replace("Z", "") : arg)),
  }));
}

const PETITIONS_DETAIL = parse(`query ($code: ID!) { dispute(code: $code) {
  code title category status registeredAt deadline remainingDays overdue leadDepartment
  parties { role kind } timeline { edges { node { type summary occurredAt } } } } }`);
const PETITIONS_QUEUE =
  parse(`query ($to: LocalDate!) { disputes(first: 50, filter: { department: MEDIATION, to: $to }) {
  edges { node { code title category status registeredAt deadline overdue } } pageInfo { hasNextPage endCursor } } }`);
const MEDIATION_CASES = parse(`query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Dispute { mediationCases { id status acceptedAt committee mediatorName clock { kind deadline remainingDays state } } } } }`);

interface Department {
  name: string;
  store: { $disconnect(): Promise<void> };
  schema: GraphQLSchema;
  loaders: { before(): unknown; now(): unknown };
}

interface Case {
  name: string;
  department: Department;
  document: DocumentNode;
  variables: Record<string, unknown>;
}

async function main() {
  const databaseOf = (name: SubgraphName) => {
    const location = databaseLocation(name, { DATABASE_BASE_URL: values["database-url"] });
    if (location.kind !== "postgres") throw new Error("the bench databases are PostgreSQL");
    return openDatabase(location);
  };
  const registryDatabase = await databaseOf("petitions");
  const registryStore = petitions.openStore(registryDatabase.adapterFactory);
  const mediationDatabase = await databaseOf("mediation");
  const mediationStore = mediation.openStore(mediationDatabase.adapterFactory);
  const schemaOf = async (definition: unknown) =>
    (await buildSubgraphGraphQLSchema(definition as SubgraphDefinition<never, unknown>)).schema;
  const registry: Department = {
    name: "petitions",
    store: registryStore,
    schema: await schemaOf(petitions),
    loaders: {
      before: () => registryLoadersThroughPrisma(registryStore),
      now: () => petitions.createLoaders(registryStore),
    },
  };
  const department: Department = {
    name: "mediation",
    store: mediationStore,
    schema: await schemaOf(mediation),
    loaders: {
      before: () => mediationLoadersThroughPrisma(mediationStore),
      now: () => mediation.createLoaders(mediationStore),
    },
  };
  const codes = (
    await mediationDatabase.query<{ code: string }>(
      `SELECT DISTINCT "disputeCode" AS code FROM "MediationCase" ORDER BY 1 LIMIT 50`,
    )
  ).map((r) => r.code);
  if (codes.length < 50) throw new Error("seed the bench databases first (npm run bench)");
  // As the benchmark's queue: the last day of a full page of mediation-led disputes.
  const [boundary] = await registryDatabase.query<{ registeredAt: Date }>(
    `SELECT "registeredAt" FROM "Dispute" WHERE "leadDepartment" = 'MEDIATION' ORDER BY "registeredAt" OFFSET 100 LIMIT 1`,
  );
  if (!boundary) throw new Error("seed the bench databases first (npm run bench)");
  const to = toLocalDate(new Date(boundary.registeredAt));
  const reps = (list: string[]) => ({ representations: list.map((code) => ({ __typename: "Dispute", code })) });
  const cases: Case[] = [
    { name: "detail: registry", department: registry, document: PETITIONS_DETAIL, variables: { code: codes[0] } },
    { name: "detail: mediation", department, document: MEDIATION_CASES, variables: reps(codes.slice(0, 1)) },
    { name: "queue: registry", department: registry, document: PETITIONS_QUEUE, variables: { to } },
    { name: "queue: mediation", department, document: MEDIATION_CASES, variables: reps(codes) },
  ];

  type Mode = "before" | "now";
  const run = async (c: Case, mode: Mode) => {
    const result = await execute({
      schema: c.department.schema,
      document: c.document,
      variableValues: c.variables,
      contextValue: {
        subgraph: c.department.name,
        identity: COMMANDER,
        requestId: "bench",
        log,
        store: c.department.store,
        loaders: c.department.loaders[mode](),
      },
    });
    if (result.errors?.length) throw new Error(`${c.name}: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const cpuOf = async (work: () => Promise<unknown>, times: number) => {
    const start = process.cpuUsage();
    for (let i = 0; i < times; i++) await work();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };

  const totals = new Map<string, Record<Mode, number>>();
  for (const c of cases) {
    // Same answer both ways, then a warm-up.
    if (JSON.stringify(await run(c, "now")) !== JSON.stringify(await run(c, "before")))
      throw new Error(`${c.name}: the two sets of loaders answer differently`);
    for (let i = 0; i < 20; i++) {
      await run(c, "now");
      await run(c, "before");
    }
    totals.set(c.name, { before: 0, now: 0 });
  }
  const modes = (["before", "now"] as const).filter((mode) => !values.only || mode === values.only);
  for (let round = 0; round < ROUNDS; round++)
    for (const c of cases)
      for (const mode of modes) totals.get(c.name)![mode] += await cpuOf(() => run(c, mode), ITERATIONS);
  const n = ITERATIONS * ROUNDS;
  console.log(`CPU ms per operation, ${n} sequential runs each, interleaved (graphql execute + loaders + pg):`);
  console.log("| part | loaders through Prisma (before) | through the driver adapter (now) | now / before |");
  console.log("|---|---:|---:|---:|");
  for (const [name, t] of totals)
    console.log(
      `| ${name} | ${(t.before / n).toFixed(2)} | ${(t.now / n).toFixed(2)} | ${(t.now / t.before).toFixed(2)} |`,
    );

  // The statements alone: through Prisma, through the driver adapter (mapped as Prisma maps them), through pg
  // with the adapter's SQL (no mapping).
  const pool = new pg.Pool({ connectionString: (mediationDatabase.location as { url: string }).url, max: 1 });
  const registryPool = new pg.Pool({ connectionString: (registryDatabase.location as { url: string }).url, max: 1 });
  const [code] = (
    await registryDatabase.query<{ code: string }>(`SELECT "code" FROM "Dispute" ORDER BY "code" LIMIT 1`)
  ).map((r) => r.code);
  const queueFilter = { department: "MEDIATION", to } as DisputeFilter;
  const queuePage = { after: null, size: 50, direction: "desc" as const };
  const now = new Date();
  const timelineQuery = { direction: "asc" as const, size: 50 };
  const caseIds = (await casesOfDisputes({ store: mediationStore }, codes)).map((row) => row.id);
  const throughPg = async (client: pg.Pool, sent: Awaited<ReturnType<typeof statementsOf>>) =>
    (await Promise.all(sent.map(({ sql, args }) => client.query(sql, [...args])))).flatMap((result) => result.rows);
  const queueSql = await statementsOf((store) => disputePage(store, queueFilter, now, queuePage));
  const timelineSql = await statementsOf((store) => timelinePage(store, codes[0]!, timelineQuery));
  const statements = [
    {
      name: "registry queue page of 50 (mediation-led, up to a day)",
      prisma: async () => (await disputePageThroughPrisma(registryStore, queueFilter, now, queuePage)).rows,
      adapter: async () => (await disputePage(registryStore, queueFilter, now, queuePage)).rows,
      pg: () => throughPg(registryPool, queueSql),
    },
    {
      name: "a dispute's timeline page and its count (2 statements)",
      prisma: async () => (await timelinePageThroughPrisma(registryStore, codes[0]!, timelineQuery)).rows,
      adapter: async () => (await timelinePage(registryStore, codes[0]!, timelineQuery)).rows,
      // The count's row besides the page's: one more than the others.
      pg: async () => (await throughPg(registryPool, timelineSql)).slice(0, -1),
    },
    {
      name: "mediation assignments of 50 disputes' cases",
      prisma: () => assignmentsThroughPrisma(mediationStore, caseIds),
      adapter: () => assignmentsOfCases({ store: mediationStore }, caseIds),
      pg: async () =>
        (
          await pool.query(
            `SELECT * FROM "CaseMediator" WHERE "caseId" = ANY($1::uuid[]) ORDER BY "assignedAt" ASC, "id" ASC`,
            [caseIds],
          )
        ).rows,
    },
    {
      name: "mediation cases of 50 disputes",
      prisma: () => casesThroughPrisma(mediationStore, codes),
      adapter: () => casesOfDisputes({ store: mediationStore }, codes),
      pg: async () =>
        (
          await pool.query(
            `SELECT * FROM "MediationCase" WHERE "disputeCode" = ANY($1) ORDER BY "acceptedAt" ASC, "createdAt" ASC`,
            [codes],
          )
        ).rows,
    },
    {
      name: "one dispute by code",
      prisma: () => registryStore.dispute.findMany({ where: { code: { in: [code!] } } }),
      adapter: () => disputesByCodes(registryStore, [code!]),
      pg: async () => (await registryPool.query(`SELECT * FROM "Dispute" WHERE "code" = ANY($1)`, [[code]])).rows,
    },
  ];
  console.log("\n| statement (CPU ms) | Prisma findMany | driver adapter | pg alone | adapter / Prisma |");
  console.log("|---|---:|---:|---:|---:|");
  for (const statement of statements) {
    const counts = await Promise.all([statement.prisma(), statement.adapter(), statement.pg()]);
    if (new Set(counts.map((rows) => rows.length)).size !== 1) throw new Error(`${statement.name}: the reads disagree`);
    const ms = { prisma: 0, adapter: 0, pg: 0 };
    for (let round = 0; round < ROUNDS; round++)
      for (const way of ["prisma", "adapter", "pg"] as const) ms[way] += await cpuOf(statement[way], ITERATIONS);
    console.log(
      `| ${statement.name} | ${(ms.prisma / n).toFixed(2)} | ${(ms.adapter / n).toFixed(2)} | ${(ms.pg / n).toFixed(2)} | ${(ms.adapter / ms.prisma).toFixed(2)} |`,
    );
  }
  await pool.end();
  await registryPool.end();
  await registryStore.$disconnect();
  await mediationStore.$disconnect();
  await registryDatabase.close();
  await mediationDatabase.close();
}

await main();
