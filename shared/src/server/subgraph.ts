// Everything a department's subgraph process does besides its own schema and data:
// database + migrations, signed-hop check, context, health/readiness, logs, graceful shutdown.
import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import express, { type Router } from "express";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { GraphQLSchema } from "graphql";
import type { BuildSchemaOptions } from "type-graphql";
import { intFromEnv, runtimeMode, subgraphPort, type SubgraphName } from "../config.js";
import { createLogger, type Logger } from "../logger.js";
import { databaseLocation, openDatabase, type Database, type DatabaseLocation } from "../db/database.js";
import {
  applyMigrations,
  FailedMigrationError,
  prismaProject,
  readMigrations,
  type PrismaProject,
} from "../db/schema-engine.js";
import { reportProgress, reportToLauncher, runService } from "../system/parent-link.js";
import { requestLoggingPlugin } from "./request-logging.js";
import { applyFieldMiddlewares } from "./field-middleware.js";
import { answering, installProcessErrorPolicy, inRequestScope } from "./process-errors.js";
import { boundedArguments } from "../graphql/input-bounds.js";
import { resolveNodeIds } from "../graphql/node-id.js";
import { withBilingualMessages } from "../graphql/error-catalogue.js";
import { buildFederatedSchema, type ReferenceResolvers } from "../federation/build-federated-schema.js";
import { internalSecret, isSigned, replayGuardFromEnv, verifyHop, type ReplayGuard } from "../auth/internal-hop.js";
import { runAtOffset } from "../clock/now.js";
import type { MiddlewareFn } from "type-graphql";
import type { Identity } from "../auth/identity.js";
import { authChecker, signedInForRootFields } from "../auth/access.js";
import { singleRecordPersonalData } from "../auth/single-record-reads.js";
import { partyIdSecret } from "../auth/party-id.js";
import { registryInbox, type InboxStore, type RegistryInbox, type RegistryNotice } from "../events/registry-notices.js";
import { registryDisputeParties, type DisputePartiesReader } from "../events/dispute-parties.js";
import { registryMemberUnits, type MemberUnitsReader } from "../events/member-units.js";
import { startOutboxRelay, type OutboxRelay, type OutboxStore } from "../events/outbox.js";
import { registryDelivery, type NoticeReader } from "../events/registry-link.js";
import {
  directoryDelivery,
  startDirectoryPublisher,
  type DirectoryPublisher,
  type PublishedBody,
} from "../directory/publication.js";
import { periodicJob } from "../db/job-lock.js";
import { SpanKind } from "@opentelemetry/api";
import { serveInSpan, startTracing } from "../telemetry/tracing.js";

/** A request whose body the JSON parser kept as it came, for the hop signature. */
type RawBodyRequest = http.IncomingMessage & { rawBody?: Buffer };

/** What every resolver of every subgraph receives. */
export interface RequestContext {
  /** The department answering (access rules name it "departmentStaff"). */
  subgraph: SubgraphName;
  identity: Identity;
  requestId: string;
  log: Logger;
}

export type SubgraphContext<Store, Loaders> = RequestContext & {
  store: Store;
  loaders: Loaders;
  /** What the registry sent this department (departments only; the registry keeps its own records). */
  inbox?: RegistryInbox;
  /** A dispute's parties, asked of the registry (departments only): for a party's own step on a case. */
  disputeParties?: DisputePartiesReader;
  /** The center's member units of a county, asked of the registry (departments only): a unit added to a case. */
  memberUnits?: MemberUnitsReader;
};

export interface SubgraphDefinition<Store extends { $disconnect(): Promise<void> }, Loaders> {
  name: SubgraphName;
  /** Folder holding `schema.prisma` and `migrations/`. */
  prismaDir: string;
  schema: Pick<BuildSchemaOptions, "resolvers" | "orphanedTypes" | "scalarsMap"> & {
    referenceResolvers?: ReferenceResolvers;
  };
  /** The subgraph's Prisma client over the given adapter. */
  openStore(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Store;
  /** Request-scoped DataLoaders, so lists and `_entities` batch their queries. */
  createLoaders(store: Store): Loaders;
  /**
   * Departments other than the registry report case events through their outbox (an `OutboxEvent`
   * model in their schema.prisma); the relay delivers them to the registry.
   */
  reportsCaseEvents?: boolean;
  /**
   * A department that reads the registry's notices may act on them by itself as they arrive (an agreement
   * reached moves the court's delegated mediation). Idempotent: a notice may arrive again.
   */
  onRegistryNotices?(store: Store, notices: readonly RegistryNotice[], log: Logger): Promise<void>;
  /**
   * A department that keeps bodies of its own publishes them to the registry, which routes and dispatches only
   * to bodies that exist, take new matters and are staffed (shared/src/directory/publication.ts).
   */
  publishedDirectory?(store: Store): Promise<PublishedBody[]>;
  /** Housekeeping run periodically while the process lives (e.g. expiring unanswered hand-offs). */
  periodicJobs?: { name: string; intervalMs: number; run(store: Store): Promise<unknown> }[];
  /**
   * Extra HTTP routes outside GraphQL, e.g. the registry's event receiver; signed routes check replays
   * with the subgraph's own guard, shared by its replicas.
   */
  routes?(store: Store, secret: string, replay: ReplayGuard): Router;
  /** Demo data for an empty database (npm start sets SEED_DEMO_DATA=1). */
  seedDemoData?(store: Store, log: Logger): Promise<void>;
}

/**
 * How far a request's clock is moved: outside production, a request may act at a simulated time (演练时间,
 * clock/now.ts).
 */
const simulatedOffset = (identity: Identity): number | undefined =>
  identity.simulatedOffsetMs && runtimeMode() !== "production" ? identity.simulatedOffsetMs : undefined;

/**
 * Runs a resolver at its request's simulated time. Entered around each resolver rather than around the HTTP
 * request: stream and driver callbacks can drop an async context entered that early.
 */
const atSimulatedTime: MiddlewareFn<{ identity: Identity }> = ({ context }, next) => {
  const offset = simulatedOffset(context.identity);
  return offset ? runAtOffset(offset, next) : next();
};

export function defineSubgraph<Store extends { $disconnect(): Promise<void> }, Loaders>(
  definition: SubgraphDefinition<Store, Loaders>,
): SubgraphDefinition<Store, Loaders> {
  return definition;
}

export async function buildSubgraphGraphQLSchema(
  definition: SubgraphDefinition<never, unknown>,
): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const { referenceResolvers, ...options } = definition.schema;
  const built = await buildFederatedSchema(
    {
      ...options,
      // Inputs are validated by our own domain rules (field-specific, bilingual), not class-validator.
      validate: false,
      authChecker,
      authMode: "error",
    },
    referenceResolvers,
  );
  // Only around fields that run code (field-middleware.ts): out-of-range input is refused before any
  // resolver starts a query. A request at a simulated time runs in its request's scope too, so an error
  // nobody awaited names it exactly (process-errors.ts): its clock's scope already costs what that one does.
  const signedIn = signedInForRootFields();
  const singleRecord = singleRecordPersonalData();
  const scoped = inRequestScope<RequestContext>((context) => simulatedOffset(context.identity) !== undefined);
  applyFieldMiddlewares<RequestContext>(built.schema, ({ root, hasArguments }) => [
    ...(root ? [signedIn] : []),
    ...(root ? [] : [singleRecord]),
    scoped,
    ...(hasArguments ? [boundedArguments] : []),
    atSimulatedTime,
  ]);
  resolveNodeIds(built.schema);
  return built;
}

export interface RunningSubgraph {
  url: string;
  stop(): Promise<void>;
}

export async function runSubgraph<Store extends { $disconnect(): Promise<void> }, Loaders>(
  definition: SubgraphDefinition<Store, Loaders>,
  { port = subgraphPort(definition.name), host = process.env.HOST ?? "127.0.0.1" } = {},
): Promise<RunningSubgraph> {
  const log = createLogger(`subgraph-${definition.name}`);
  const secret = internalSecret();
  const production = runtimeMode() === "production";
  partyIdSecret(); // production refuses to start without the party-id key, not at the first registration
  // Signatures this subgraph accepted, shared by its replicas through Redis when REDIS_URL is set.
  const replayGuard = await replayGuardFromEnv(definition.name, {
    onError: (error) => log.warn({ err: error }, "replay guard: Redis unavailable, this replica's memory decides"),
  });
  log.info({ store: replayGuard.kind }, "signatures remembered against replays");
  let ready = false;
  const progress = (phase: string) => {
    log.info({ phase }, "starting");
    reportProgress(phase);
  };

  // Listening comes first, on the port asked for (0: any free one, reported to the launcher), so the
  // others can be told where this one is while it opens its database; until ready it answers 503.
  const app = express();
  const httpServer = http.createServer(app);
  let database: Database | undefined;
  app.get("/health", (_req, res) => void res.json({ status: "ok" }));
  app.get("/ready", async (_req, res) => {
    const databaseOk = database
      ? await database.ping().then(
          () => true,
          () => false,
        )
      : false;
    res
      .status(ready && databaseOk ? 200 : 503)
      .json({ ready: ready && databaseOk, database: databaseOk, migrations: ready });
  });
  // Filled once the database and schema are ready (below).
  const routes = express.Router();
  app.use((req, res, next) => {
    if (ready) return routes(req, res, next);
    res.status(503).json({ errors: [{ message: "Starting", extensions: { code: "SUBGRAPH_STARTING" } }] });
  });
  const boundPort = await new Promise<number>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
  });
  await reportToLauncher({ onedoor: "listening", port: boundPort });

  try {
    progress("opening database");
    database = await openDatabase(databaseLocation(definition.name), { owner: `subgraph ${definition.name}` });
  } catch (error) {
    httpServer.close();
    throw error;
  }
  const opened = database;
  const project = prismaProject(definition.prismaDir);
  try {
    // Several replicas on one database would race to migrate: deployments migrate once, in a separate
    // step (`main.js migrate`), and start the replicas with MIGRATE_AT_START=0.
    if (intFromEnv("MIGRATE_AT_START", 1) !== 0) {
      const applied = await applyMigrations(project, opened, (position, total) =>
        progress(`migrating ${position}/${total}`),
      );
      log.info({ database: opened.location.kind, applied }, "migrations up to date");
    } else {
      const pending = await pendingMigrations(project, opened);
      if (pending.length > 0) throw new Error(notMigrated(definition.name, pending));
      log.info({ database: opened.location.kind }, "migrations up to date (applied beforehand)");
    }
  } catch (error) {
    httpServer.close();
    await opened.close();
    throw error instanceof FailedMigrationError ? new Error(startOver(opened.location, error)) : error;
  }
  const store = definition.openStore(opened.adapterFactory);
  if (process.env.SEED_DEMO_DATA === "1" && definition.seedDemoData) {
    progress("seeding demo data");
    await definition.seedDemoData(store, log);
  }
  progress("starting server");

  // A department reads what the registry sent it as often as its relay reports (and at once for a code it lacks).
  const inboxLog = log.child({ component: "inbox" });
  const onNotices = definition.onRegistryNotices;
  const inbox = definition.reportsCaseEvents
    ? registryInbox({
        name: definition.name as NoticeReader,
        store: store as unknown as InboxStore,
        ...(onNotices ? { received: (notices: readonly RegistryNotice[]) => onNotices(store, notices, inboxLog) } : {}),
        secret,
        log: inboxLog,
      })
    : undefined;
  inbox?.start(intFromEnv("OUTBOX_POLL_MS", 1_000));
  const disputeParties = definition.reportsCaseEvents
    ? registryDisputeParties({ name: definition.name as NoticeReader, secret })
    : undefined;
  const memberUnits = definition.reportsCaseEvents
    ? registryMemberUnits({ name: definition.name as NoticeReader, secret })
    : undefined;
  const relay: OutboxRelay | undefined = definition.reportsCaseEvents
    ? startOutboxRelay({
        source: definition.name,
        store: store as unknown as OutboxStore,
        deliver: registryDelivery(definition.name, secret),
        log: log.child({ component: "outbox" }),
        locks: opened.locks,
        idleMs: intFromEnv("OUTBOX_POLL_MS", 1_000),
      })
    : undefined;

  const directory = definition.publishedDirectory;
  const publisher: DirectoryPublisher | undefined = directory
    ? startDirectoryPublisher({
        read: () => directory(store),
        deliver: directoryDelivery(definition.name, secret),
        log: log.child({ component: "directory" }),
        intervalMs: intFromEnv("DIRECTORY_PUBLISH_MS", 30_000),
      })
    : undefined;

  // Once per period across replicas: job-lock.ts.
  const jobs = (definition.periodicJobs ?? []).map((job) =>
    periodicJob(definition.name, job, store, opened.locks, log),
  );

  const { schema } = await buildSubgraphGraphQLSchema(definition as unknown as SubgraphDefinition<never, unknown>);
  const apollo = new ApolloServer<SubgraphContext<Store, Loaders>>({
    schema,
    introspection: !production,
    formatError: withBilingualMessages,
    // The process's own shutdown (runService) stops Apollo, in order with the rest. Apollo's own signal handler
    // would stop it too, and a second concurrent stop() never returns: SIGTERM would then hang the process.
    stopOnTerminationSignals: false,
    // Inline traces serve Apollo Studio, which a center does not use.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      requestLoggingPlugin(),
      // A mutation may have recorded case events: deliver them now rather than at the next poll.
      ...(relay || publisher
        ? [
            {
              async requestDidStart() {
                return {
                  async willSendResponse(request: { operation?: { operation: string } }) {
                    relay?.nudge();
                    // A mutation may have changed the directory: the registry hears of it at once.
                    if (request.operation?.operation === "mutation") publisher?.nudge();
                  },
                };
              },
            },
          ]
        : []),
    ],
    logger: log,
  });
  await apollo.start();

  if (definition.routes) routes.use(definition.routes(store, secret, replayGuard));
  const refuse = (res: express.Response, reason: string, ip: string | undefined) => {
    // Why (forged, stale, replayed...) goes to the log only: a caller probing the hop learns nothing from it.
    log.warn({ reason, ip }, "rejected request without a valid gateway signature");
    res.status(401).json({
      errors: [
        {
          message: "Requests must come through the OneDoor gateway",
          extensions: {
            code: "UNAUTHENTICATED",
            messageZh: "请求须经 OneDoor 网关发出",
            messageEn: "Requests must come through the OneDoor gateway",
          },
        },
      ],
    });
  };
  routes.use(
    "/graphql",
    // Unsigned traffic is refused before its body is read, so it costs us as little as possible.
    (req, res, next) => (isSigned((name) => req.header(name)) ? next() : refuse(res, "missing", req.ip)),
    // The bytes as sent: the signature is sealed to them, to this subgraph and to the method.
    express.json({
      limit: "2mb",
      verify: (req, _res, buffer) => void ((req as RawBodyRequest).rawBody = buffer),
    }),
    // Each signature is accepted once: a captured request cannot be sent again.
    async (req, res, next) => {
      const hop = await verifyHop(
        secret,
        (name) => req.header(name),
        { audience: definition.name, method: req.method, body: (req as RawBodyRequest).rawBody ?? "" },
        { replay: replayGuard },
      );
      if (!hop.ok) return refuse(res, hop.reason, req.ip);
      res.locals.hop = hop;
      // The gateway's trace goes on here only from a hop that verified: its traceparent is signed.
      serveInSpan(
        "POST /graphql",
        { kind: SpanKind.SERVER, attributes: { "http.request.method": req.method, "url.path": req.baseUrl } },
        res,
        next,
        hop.traceparent,
      );
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const hop = res.locals.hop as { identity: Identity; requestId: string };
        const { identity } = hop;
        const requestId = hop.requestId || randomUUID();
        answering(requestId, res);
        return {
          subgraph: definition.name,
          identity,
          requestId,
          log: log.child({ requestId, userId: identity.userId }),
          store,
          loaders: definition.createLoaders(store),
          ...(inbox ? { inbox } : {}),
          ...(disputeParties ? { disputeParties } : {}),
          ...(memberUnits ? { memberUnits } : {}),
        };
      },
    }),
  );
  ready = true;
  const url = `http://${host}:${boundPort}/graphql`;
  log.info({ url }, "subgraph ready");
  await reportToLauncher({ onedoor: "ready", port: boundPort });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      ready = false;
      await Promise.all(jobs.map((job) => job.stop()));
      await apollo.stop(); // stops accepting, lets in-flight requests finish
      inbox?.stop();
      await relay?.stop(); // undelivered events stay in the outbox for the next start
      await publisher?.stop();
      await replayGuard.close();
      await store.$disconnect();
      await opened.close();
      log.info("stopped");
    })());
  return { url, stop };
}

/** Committed migrations the database has not recorded as finished. */
async function pendingMigrations(project: PrismaProject, database: Database): Promise<string[]> {
  const { migrationDirectories } = await readMigrations(project);
  const [table] = await database.query<{ name: string | null }>(
    `SELECT to_regclass('"_prisma_migrations"')::text AS name`,
  );
  const finished = table?.name
    ? await database.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
      )
    : [];
  const done = new Set(finished.map((row) => row.migration_name));
  return migrationDirectories.map((migration) => migration.path).filter((name) => !done.has(name));
}

function notMigrated(name: SubgraphName, pending: string[]): string {
  return (
    `${name}: 数据库缺少迁移 ${pending.join(", ")}；MIGRATE_AT_START=0 时须先运行迁移步骤。\n` +
    `${name}: the database lacks migration(s) ${pending.join(", ")}; with MIGRATE_AT_START=0 run the ` +
    `migration step first (\`node dist/main.js migrate\`).`
  );
}

/**
 * `node <department>/dist/main.js migrate`: applies pending migrations and returns, so a deployment
 * migrates once (a Job) before its replicas start.
 */
export async function migrateSubgraph(
  definition: Pick<SubgraphDefinition<never, unknown>, "name" | "prismaDir">,
  log: Logger,
): Promise<string[]> {
  const database = await openDatabase(databaseLocation(definition.name), {
    owner: `migration of ${definition.name}`,
  });
  try {
    const applied = await applyMigrations(prismaProject(definition.prismaDir), database, (position, total, migration) =>
      log.info({ position, total, migration }, "applying migration"),
    );
    log.info({ database: database.location.kind, applied }, "migrations up to date");
    return applied;
  } catch (error) {
    throw error instanceof FailedMigrationError ? new Error(startOver(database.location, error)) : error;
  } finally {
    await database.close();
  }
}

/** The one way out of a data folder an older version left half-migrated, said where it is. */
function startOver(location: DatabaseLocation, error: FailedMigrationError): string {
  const where =
    location.kind === "pglite"
      ? `数据目录 / data folder ${location.dataDir}`
      : `数据库 / database ${new URL(location.url).pathname.slice(1)}`;
  const how =
    location.kind === "pglite"
      ? "`npm run reset` deletes it (demo data is seeded again at the next start)"
      : "drop that database; it is created again at the next start";
  return (
    `${where}: 迁移 ${error.migrations.join(", ")} 曾开始但未完成（旧版本中断所致），无法继续使用。\n` +
    `${where}: migration ${error.migrations.join(", ")} was started and never finished (an interrupted ` +
    `start of an older version), so this database cannot be used. To start over: ${how}.`
  );
}

/**
 * Entry point of a subgraph process: run until SIGTERM/SIGINT or the launcher ends, then shut down cleanly;
 * with the argument `migrate`, apply pending migrations and exit.
 */
export async function runSubgraphProcess<Store extends { $disconnect(): Promise<void> }, Loaders>(
  definition: SubgraphDefinition<Store, Loaders>,
): Promise<void> {
  const log = createLogger(`subgraph-${definition.name}`);
  installProcessErrorPolicy(log);
  const command = process.argv.slice(2);
  if (command.length === 0)
    return runService(async () => {
      // Before the database opens, so that its statements are traced (db/traced-sql.ts).
      const tracing = await startTracing(definition.name);
      const running = await runSubgraph(definition);
      return {
        stop: async () => {
          await running.stop();
          await tracing?.shutdown();
        },
      };
    });
  if (command.length > 1 || command[0] !== "migrate") {
    log.fatal({ argv: command }, "usage: main.js [migrate]");
    process.exitCode = 2;
    return;
  }
  try {
    await migrateSubgraph(definition, log);
  } catch (error) {
    log.fatal({ err: error }, "migration failed");
    process.exitCode = 1;
  }
}
