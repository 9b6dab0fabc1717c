// A department's CPU per operation, measured inside one process so that a busy machine weighs on both sides
// alike: each department's part of the detail and queue operations, executed on the server's schema with the
// server's loaders and, interleaved, with the loaders that read through the driver adapter reading through
// Prisma's findMany instead, as they did before (the registry's dispute by code, parties, hand-offs, dispatches
// and reported clocks; mediation's cases by dispute, committees, mediators, assignments and clock pauses;
// arbitration's cases, applicants and claims; the court's cases and parties; legal aid's cases). The registry's
// page queries (the queue, a dispute's timeline) and legal aid's consultation page are called by resolvers, not
// through loaders, so they are compared as statements only. Then the statements alone: reads through Prisma, through the adapter, and
// through pg with the same SQL. Data: the databases `npm run bench` seeded (2,000 disputes in the profile),
// `<base>_<subgraph>`.
//
// `--departments`: the departments measured in this run (petitions,mediation by default). Arbitration, the court
// and legal aid each run alone: their stubs of each other's types share names, which one process's schemas
// cannot. The detail's dispute is one the benchmark's detail reads (a record in every department), the queue's
// disputes the registry's page of the benchmark's queue, with the party ids and seal the registry sends.
//
//   npx tsx test/bench/department-cpu.ts [--iterations 200] [--rounds 3] [--only now]
//     [--departments petitions,mediation | arbitration | litigation | legal-aid]
//     [--database-url postgres://postgres@127.0.0.1:5432/onedoor_bench]
import "reflect-metadata";
import { parseArgs } from "node:util";
import { execute, parse, type DocumentNode, type GraphQLSchema } from "graphql";
import pg from "pg";
import { pino } from "pino";
import { databaseLocation, openDatabase, type Database } from "@onedoor/shared/db/database";
import type { RawArgument } from "@onedoor/shared/db/adapter-reads";
import { toLocalDate } from "@onedoor/shared/clock/local-date";
import { sealList } from "@onedoor/shared/federation/representation-seal";
import { groupLoader, rowLoader } from "@onedoor/shared/graphql/loaders";
import { buildSubgraphGraphQLSchema, type SubgraphDefinition } from "@onedoor/shared/server/subgraph";
import type { Identity } from "@onedoor/shared/auth/identity";
import type { SubgraphName } from "@onedoor/shared/config";
import * as petitions from "../../subgraphs/petitions/src/db/store.js";
import * as mediation from "../../subgraphs/mediation/src/db/store.js";
import * as arbitration from "../../subgraphs/arbitration/src/db/store.js";
import * as litigation from "../../subgraphs/litigation/src/db/store.js";
import * as legalAid from "../../subgraphs/legal-aid/src/db/store.js";
import { partyIdsOfRows } from "../../subgraphs/petitions/src/domain/party.js";
import { departmentClocksOf } from "../../subgraphs/petitions/src/db/department-clocks.js";
import { handOffsOfDisputes } from "../../subgraphs/petitions/src/db/hand-offs.js";
import { casesOfDisputes as arbitrationCasesOf } from "../../subgraphs/arbitration/src/db/case-reads.js";
import { casesOfDisputes as courtCasesOf } from "../../subgraphs/litigation/src/db/case-reads.js";
import { casesOfDisputes as legalAidCasesOf } from "../../subgraphs/legal-aid/src/db/case-reads.js";
import { consultationRows } from "../../subgraphs/legal-aid/src/db/consultations.js";
import { consultationRowsThroughPrisma } from "../../subgraphs/legal-aid/src/testing/prisma-pages.js";
import { disputePage, disputesByCodes, partiesOfDisputes } from "../../subgraphs/petitions/src/db/disputes.js";
import { timelinePage } from "../../subgraphs/petitions/src/db/timeline.js";
import {
  disputePageThroughPrisma,
  timelinePageThroughPrisma,
} from "../../subgraphs/petitions/src/testing/prisma-pages.js";
import type { DisputeFilter } from "../../subgraphs/petitions/src/entities/inputs.js";
import { assignmentsOfCases, casesOfDisputes } from "../../subgraphs/mediation/src/db/case-queries.js";
import type { PetitionsStore } from "../../subgraphs/petitions/src/db/store.js";
import type { MediationStore } from "../../subgraphs/mediation/src/db/store.js";
import type { ArbitrationStore } from "../../subgraphs/arbitration/src/db/store.js";
import type { LitigationStore } from "../../subgraphs/litigation/src/db/store.js";
import type { LegalAidStore } from "../../subgraphs/legal-aid/src/db/store.js";

const { values } = parseArgs({
  options: {
    iterations: { type: "string", default: "200" },
    rounds: { type: "string", default: "3" },
    /** "now" times only the server's loaders (e.g. under --cpu-prof). */
    only: { type: "string" },
    departments: { type: "string", default: "petitions,mediation" },
    "database-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432/onedoor_bench" },
  },
});
const ITERATIONS = Number(values.iterations);
const ROUNDS = Number(values.rounds);

const COMMANDER: Identity = { userId: "commander-1", roles: ["commander"] };
const log = pino({ level: "warn" });

/** The registry's loaders as they were: the dispute, its parties, hand-offs, dispatches and clocks through Prisma. */
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
  handOffsByDispute: groupLoader(
    (ids: readonly string[]) => handOffsThroughPrisma(store, ids),
    (handOff) => handOff.disputeId,
  ),
  dispatchesByDispute: groupLoader(
    (ids: readonly string[]) =>
      store.disputeDispatch.findMany({
        where: { disputeId: { in: [...ids] } },
        orderBy: [{ dispatchedAt: "asc" }, { id: "asc" }],
      }),
    (dispatch) => dispatch.disputeId,
  ),
  departmentClocksByDispute: groupLoader(
    async (codes: readonly string[]) =>
      (await clocksThroughPrisma(store, codes)) as unknown as Awaited<ReturnType<typeof departmentClocksOf>>,
    (clock) => clock.disputeCode,
  ),
});

const handOffsThroughPrisma = (store: PetitionsStore, ids: readonly string[]) =>
  store.handOff.findMany({ where: { disputeId: { in: [...ids] } }, orderBy: [{ requestedAt: "asc" }, { id: "asc" }] });

const clocksThroughPrisma = (store: PetitionsStore, codes: readonly string[]) =>
  store.departmentClock.findMany({
    where: { disputeCode: { in: [...codes] } },
    orderBy: [{ sequence: "asc" }, { id: "asc" }],
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

const arbitrationCasesThroughPrisma = (store: ArbitrationStore, codes: readonly string[]) =>
  store.arbitrationCase.findMany({
    where: { disputeCode: { in: [...codes] } },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
  });

/** Arbitration's loaders as they were: the cases of disputes, their applicants and claims through Prisma. */
const arbitrationLoadersThroughPrisma = (store: ArbitrationStore) => ({
  ...arbitration.createLoaders(store),
  casesByDispute: groupLoader(
    (codes: readonly string[]) => arbitrationCasesThroughPrisma(store, codes),
    (row) => row.disputeCode,
  ),
  applicantsByCase: groupLoader(
    (ids: readonly string[]) =>
      store.applicant.findMany({
        where: { caseId: { in: [...ids] } },
        orderBy: [{ caseId: "asc" }, { position: "asc" }],
      }),
    (row) => row.caseId,
  ),
  claimsByCase: groupLoader(
    (ids: readonly string[]) =>
      store.claim.findMany({ where: { caseId: { in: [...ids] } }, orderBy: [{ caseId: "asc" }, { position: "asc" }] }),
    (row) => row.caseId,
  ),
});

const courtCasesThroughPrisma = (store: LitigationStore, codes: readonly string[]) =>
  store.courtCase.findMany({
    where: { disputeCode: { in: [...codes] } },
    orderBy: [{ filedAt: "asc" }, { id: "asc" }],
  });

/** The court's loaders as they were: the cases of disputes and their parties through Prisma. */
const courtLoadersThroughPrisma = (store: LitigationStore) => ({
  ...litigation.createLoaders(store),
  casesByDispute: groupLoader(
    (codes: readonly string[]) => courtCasesThroughPrisma(store, codes),
    (row) => row.disputeCode,
  ),
  partiesByCase: groupLoader(
    (ids: readonly string[]) =>
      store.courtCaseParty.findMany({ where: { caseId: { in: [...ids] } }, orderBy: { position: "asc" } }),
    (row) => row.caseId,
  ),
});

const legalAidCasesThroughPrisma = (store: LegalAidStore, codes: readonly string[]) =>
  store.legalAidCase.findMany({
    where: { disputeCode: { in: [...codes] } },
    orderBy: [{ appliedAt: "asc" }, { id: "asc" }],
  });

/** Legal aid's loaders as they were: the cases of disputes through Prisma. */
const legalAidLoadersThroughPrisma = (store: LegalAidStore) => ({
  ...legalAid.createLoaders(store),
  casesByDispute: groupLoader(
    (codes: readonly string[]) => legalAidCasesThroughPrisma(store, codes),
    (row) => row.disputeCode!,
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
const entities = (selection: string) =>
  parse(`query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Dispute { ${selection} } } }`);
// Each department's part as the benchmark's detail and queue ask it (operations.ts).
const MEDIATION_CASES = entities(
  "mediationCases { id status acceptedAt committee mediatorName clock { kind deadline remainingDays state } }",
);
const ARBITRATION_DETAIL = entities("arbitrationCases { id caseNumber status receivedAt claims { kind } }");
const COURT_DETAIL = entities("courtCases { id caseNumber procedure status filedAt }");
const COURT_QUEUE = entities("courtCases { caseNumber procedure status }");
const LEGAL_AID_DETAIL = entities(
  "legalAidCases { id matter status appliedAt } legalConsultations { edges { node { id topic consultedAt } } }",
);
const LEGAL_AID_QUEUE = entities("legalAidCases { matter status }");

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

interface Statement {
  name: string;
  prisma(): Promise<unknown[]>;
  adapter(): Promise<unknown[]>;
  pg(): Promise<unknown[]>;
}

async function main() {
  const selected = new Set(values.departments.split(","));
  const opened: Database[] = [];
  const databaseOf = async (name: SubgraphName) => {
    const location = databaseLocation(name, { DATABASE_BASE_URL: values["database-url"] });
    if (location.kind !== "postgres") throw new Error("the bench databases are PostgreSQL");
    const database = await openDatabase(location);
    opened.push(database);
    return database;
  };
  const pools: pg.Pool[] = [];
  const poolOf = (database: Database) => {
    const pool = new pg.Pool({ connectionString: (database.location as { url: string }).url, max: 1 });
    pools.push(pool);
    return pool;
  };
  const stores: { $disconnect(): Promise<void> }[] = [];
  // Imported only when measured: one process holds the schemas of departments whose type names do not clash.
  const schemaOf = async (name: SubgraphName) => {
    const { subgraph } = (await import(`../../subgraphs/${name}/src/subgraph.js`)) as { subgraph: unknown };
    return (await buildSubgraphGraphQLSchema(subgraph as SubgraphDefinition<never, unknown>)).schema;
  };
  const registryDatabase = await databaseOf("petitions");
  const registryStore = petitions.openStore(registryDatabase.adapterFactory);
  stores.push(registryStore);
  const registryPool = poolOf(registryDatabase);

  // As the benchmark's queue: the last day of a full page of mediation-led disputes.
  const [boundary] = await registryDatabase.query<{ registeredAt: Date }>(
    `SELECT "registeredAt" FROM "Dispute" WHERE "leadDepartment" = 'MEDIATION' ORDER BY "registeredAt" OFFSET 100 LIMIT 1`,
  );
  if (!boundary) throw new Error("seed the bench databases first (npm run bench)");
  const to = toLocalDate(new Date(boundary.registeredAt));
  const queueFilter = { department: "MEDIATION", to } as DisputeFilter;
  const queuePage = { after: null, size: 50, direction: "desc" as const };
  const now = new Date();
  const queueCodes = (await disputePage(registryStore, queueFilter, now, queuePage)).rows
    .slice(0, 50)
    .map((row) => row.code);
  // The representations the registry sends for these disputes: code, party ids and their seal.
  const representationsOf = async (codes: readonly string[]) => {
    const disputes = await disputesByCodes(registryStore, codes);
    const parties = await partiesOfDisputes(
      registryStore,
      disputes.map((d) => d.id),
    );
    return {
      representations: disputes.map((dispute) => {
        const partyIds = partyIdsOfRows(parties.filter((party) => party.disputeId === dispute.id));
        return {
          __typename: "Dispute",
          code: dispute.code,
          partyIds,
          partyIdsSeal: sealList("dispute-parties", dispute.code, partyIds),
        };
      }),
    };
  };
  const throughPg = async (client: pg.Pool, sent: Awaited<ReturnType<typeof statementsOf>>) =>
    (await Promise.all(sent.map(({ sql, args }) => client.query(sql, [...args])))).flatMap((result) => result.rows);
  const pgRows = async (client: pg.Pool, sql: string, args: unknown[]) => (await client.query(sql, args)).rows;

  const cases: Case[] = [];
  const statements: Statement[] = [];
  const department = async <Store extends { $disconnect(): Promise<void> }>(
    name: SubgraphName,
    open: (database: Database) => Store,
    before: (store: Store) => unknown,
    now: (store: Store) => unknown,
  ) => {
    const database = await databaseOf(name);
    const store = open(database);
    stores.push(store);
    const measured: Department = {
      name,
      store,
      schema: await schemaOf(name),
      loaders: { before: () => before(store), now: () => now(store) },
    };
    return { database, store, measured, pool: poolOf(database) };
  };

  // A dispute the benchmark's detail reads: with a record in each of the other departments.
  const detailCodeOutside = async () => {
    const codesOf = async (name: SubgraphName, table: string) => {
      const database = await databaseOf(name);
      return new Set(
        (await database.query<{ code: string }>(`SELECT DISTINCT "disputeCode" AS code FROM "${table}"`)).map(
          (r) => r.code,
        ),
      );
    };
    const sets = [
      await codesOf("arbitration", "ArbitrationCase"),
      await codesOf("litigation", "CourtCase"),
      await codesOf("legal-aid", "LegalAidCase"),
      await codesOf("legal-aid", "LegalConsultation"),
    ];
    const [code] = [...sets[0]!].filter((c) => sets.every((set) => set.has(c))).sort();
    if (!code) throw new Error("seed the bench databases first (npm run bench)");
    return code;
  };

  if (selected.has("petitions") || selected.has("mediation")) {
    const registry = {
      name: "petitions",
      store: registryStore,
      schema: await schemaOf("petitions"),
      loaders: {
        before: () => registryLoadersThroughPrisma(registryStore),
        now: () => petitions.createLoaders(registryStore),
      },
    };
    const {
      database: mediationDatabase,
      store: mediationStore,
      measured,
      pool,
    } = await department(
      "mediation",
      (database) => mediation.openStore(database.adapterFactory),
      mediationLoadersThroughPrisma,
      mediation.createLoaders,
    );
    const codes = (
      await mediationDatabase.query<{ code: string }>(
        `SELECT DISTINCT "disputeCode" AS code FROM "MediationCase" ORDER BY 1 LIMIT 50`,
      )
    ).map((r) => r.code);
    if (codes.length < 50) throw new Error("seed the bench databases first (npm run bench)");
    const reps = (list: string[]) => ({ representations: list.map((code) => ({ __typename: "Dispute", code })) });
    cases.push(
      { name: "detail: registry", department: registry, document: PETITIONS_DETAIL, variables: { code: codes[0] } },
      {
        name: "detail: mediation",
        department: measured,
        document: MEDIATION_CASES,
        variables: reps(codes.slice(0, 1)),
      },
      { name: "queue: registry", department: registry, document: PETITIONS_QUEUE, variables: { to } },
      { name: "queue: mediation", department: measured, document: MEDIATION_CASES, variables: reps(codes) },
    );
    const [code] = (
      await registryDatabase.query<{ code: string }>(`SELECT "code" FROM "Dispute" ORDER BY "code" LIMIT 1`)
    ).map((r) => r.code);
    const [detailDispute] = await disputesByCodes(registryStore, [codes[0]!]);
    const timelineQuery = { direction: "asc" as const, size: 50 };
    const caseIds = (await casesOfDisputes({ store: mediationStore }, codes)).map((row) => row.id);
    const queueSql = await statementsOf((store) => disputePage(store, queueFilter, now, queuePage));
    const timelineSql = await statementsOf(async (store) =>
      (await timelinePage(store, codes[0]!, timelineQuery)).count(),
    );
    statements.push(
      {
        name: "registry queue page of 50 (mediation-led, up to a day)",
        prisma: async () => (await disputePageThroughPrisma(registryStore, queueFilter, now, queuePage)).rows,
        adapter: async () => (await disputePage(registryStore, queueFilter, now, queuePage)).rows,
        pg: () => throughPg(registryPool, queueSql),
      },
      {
        name: "a dispute's timeline page and its count (2 statements)",
        prisma: async () => (await timelinePageThroughPrisma(registryStore, codes[0]!, timelineQuery)).rows,
        adapter: async () => {
          const page = await timelinePage(registryStore, codes[0]!, timelineQuery);
          await page.count();
          return page.rows;
        },
        // The count's row besides the page's: one more than the others.
        pg: async () => (await throughPg(registryPool, timelineSql)).slice(0, -1),
      },
      {
        name: "registry: reported clocks of the queue's 50 disputes",
        prisma: () => clocksThroughPrisma(registryStore, queueCodes),
        adapter: () => departmentClocksOf(registryStore, queueCodes),
        pg: () =>
          pgRows(
            registryPool,
            `SELECT * FROM "DepartmentClock" WHERE "disputeCode" = ANY($1) ORDER BY "sequence" ASC, "id" ASC`,
            [queueCodes],
          ),
      },
      {
        name: "registry: one dispute's hand-offs",
        prisma: () => handOffsThroughPrisma(registryStore, [detailDispute!.id]),
        adapter: () => handOffsOfDisputes(registryStore, [detailDispute!.id]),
        pg: () =>
          pgRows(
            registryPool,
            `SELECT * FROM "HandOff" WHERE "disputeId" = ANY($1::uuid[]) ORDER BY "requestedAt" ASC, "id" ASC`,
            [[detailDispute!.id]],
          ),
      },
      {
        name: "mediation assignments of 50 disputes' cases",
        prisma: () => assignmentsThroughPrisma(mediationStore, caseIds),
        adapter: () => assignmentsOfCases({ store: mediationStore }, caseIds),
        pg: () =>
          pgRows(
            pool,
            `SELECT * FROM "CaseMediator" WHERE "caseId" = ANY($1::uuid[]) ORDER BY "assignedAt" ASC, "id" ASC`,
            [caseIds],
          ),
      },
      {
        name: "mediation cases of 50 disputes",
        prisma: () => casesThroughPrisma(mediationStore, codes),
        adapter: () => casesOfDisputes({ store: mediationStore }, codes),
        pg: () =>
          pgRows(
            pool,
            `SELECT * FROM "MediationCase" WHERE "disputeCode" = ANY($1) ORDER BY "acceptedAt" ASC, "createdAt" ASC`,
            [codes],
          ),
      },
      {
        name: "one dispute by code",
        prisma: () => registryStore.dispute.findMany({ where: { code: { in: [code!] } } }),
        adapter: () => disputesByCodes(registryStore, [code!]),
        pg: () => pgRows(registryPool, `SELECT * FROM "Dispute" WHERE "code" = ANY($1)`, [[code]]),
      },
    );
  }
  if (selected.has("arbitration")) {
    const detailCode = await detailCodeOutside();
    const { store, measured, pool } = await department(
      "arbitration",
      (database) => arbitration.openStore(database.adapterFactory),
      arbitrationLoadersThroughPrisma,
      arbitration.createLoaders,
    );
    // The benchmark's queue asks arbitration nothing.
    cases.push({
      name: "detail: arbitration",
      department: measured,
      document: ARBITRATION_DETAIL,
      variables: await representationsOf([detailCode]),
    });
    statements.push({
      name: "arbitration cases of one dispute",
      prisma: () => arbitrationCasesThroughPrisma(store, [detailCode]),
      adapter: () => arbitrationCasesOf(store, [detailCode]),
      pg: () =>
        pgRows(
          pool,
          `SELECT * FROM "ArbitrationCase" WHERE "disputeCode" = ANY($1) ORDER BY "receivedAt" ASC, "id" ASC`,
          [[detailCode]],
        ),
    });
  }
  if (selected.has("litigation")) {
    const detailCode = await detailCodeOutside();
    const { store, measured, pool } = await department(
      "litigation",
      (database) => litigation.openStore(database.adapterFactory),
      courtLoadersThroughPrisma,
      litigation.createLoaders,
    );
    cases.push(
      {
        name: "detail: court",
        department: measured,
        document: COURT_DETAIL,
        variables: await representationsOf([detailCode]),
      },
      {
        name: "queue: court",
        department: measured,
        document: COURT_QUEUE,
        variables: await representationsOf(queueCodes),
      },
    );
    statements.push({
      name: "court cases of the queue's 50 disputes",
      prisma: () => courtCasesThroughPrisma(store, queueCodes),
      adapter: () => courtCasesOf(store, queueCodes),
      pg: () =>
        pgRows(pool, `SELECT * FROM "CourtCase" WHERE "disputeCode" = ANY($1) ORDER BY "filedAt" ASC, "id" ASC`, [
          queueCodes,
        ]),
    });
  }
  if (selected.has("legal-aid")) {
    const detailCode = await detailCodeOutside();
    const { store, measured, pool } = await department(
      "legal-aid",
      (database) => legalAid.openStore(database.adapterFactory),
      legalAidLoadersThroughPrisma,
      legalAid.createLoaders,
    );
    cases.push(
      {
        name: "detail: legal aid",
        department: measured,
        document: LEGAL_AID_DETAIL,
        variables: await representationsOf([detailCode]),
      },
      {
        name: "queue: legal aid",
        department: measured,
        document: LEGAL_AID_QUEUE,
        variables: await representationsOf(queueCodes),
      },
    );
    // The detail's consultation page: called by the resolver, not through a loader, so compared as a statement.
    const consultations = { disputeCode: detailCode };
    const consultationPage = { after: null, size: 20, direction: "asc" as const };
    statements.push({
      name: "legal aid: a dispute's consultation page",
      prisma: () => consultationRowsThroughPrisma(store, consultations, consultationPage),
      adapter: () => consultationRows(store, consultations, consultationPage),
      pg: () =>
        pgRows(
          pool,
          `SELECT * FROM "LegalConsultation" WHERE "disputeCode" = $1 ORDER BY "consultedAt" ASC, "id" ASC LIMIT 21`,
          [detailCode],
        ),
    });
    statements.push({
      name: "legal aid cases of the queue's 50 disputes",
      prisma: () => legalAidCasesThroughPrisma(store, queueCodes),
      adapter: () => legalAidCasesOf(store, queueCodes),
      pg: () =>
        pgRows(pool, `SELECT * FROM "LegalAidCase" WHERE "disputeCode" = ANY($1) ORDER BY "appliedAt" ASC, "id" ASC`, [
          queueCodes,
        ]),
    });
  }
  if (cases.length === 0) throw new Error(`no department measured: ${values.departments}`);

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
  // The window to give profile-summary.ts (--from, --to) when this runs under --cpu-prof.
  const clock = () => new Date().toISOString().slice(11, 19);
  const measuredFrom = clock();
  for (let round = 0; round < ROUNDS; round++)
    for (const c of cases)
      for (const mode of modes) totals.get(c.name)![mode] += await cpuOf(() => run(c, mode), ITERATIONS);
  const n = ITERATIONS * ROUNDS;
  console.log(`Operations measured from ${measuredFrom} to ${clock()} (UTC).`);
  console.log(`CPU ms per operation, ${n} sequential runs each, interleaved (graphql execute + loaders + pg):`);
  console.log("| part | loaders through Prisma (before) | through the driver adapter (now) | now / before |");
  console.log("|---|---:|---:|---:|");
  for (const [name, t] of totals)
    console.log(
      `| ${name} | ${(t.before / n).toFixed(2)} | ${(t.now / n).toFixed(2)} | ${(t.now / t.before).toFixed(2)} |`,
    );

  // The statements alone: through Prisma, through the driver adapter (mapped as Prisma maps them), through pg
  // with the adapter's SQL (no mapping).
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
  for (const pool of pools) await pool.end();
  for (const store of stores) await store.$disconnect();
  for (const database of opened) await database.close();
}

await main();
