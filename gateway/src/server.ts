import http from "node:http";
import { withBilingualMessages } from "@onedoor/shared/graphql/error-catalogue";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloGateway } from "@apollo/gateway";
import { envPrefix, intFromEnv, runtimeMode } from "@onedoor/shared/config";
import { createLogger } from "@onedoor/shared/logger";
import { internalSecret } from "@onedoor/shared/auth/internal-hop";
import { requestLoggingPlugin } from "@onedoor/shared/server/request-logging";
import { serveInSpan, SpanKind } from "@onedoor/shared/telemetry/tracing";
import type { GatewayContext } from "./context.js";
import { policyFromEnv, SubgraphConnections, SubgraphDataSource } from "./subgraph-data-source.js";
import { jwtVerifierFromEnv } from "./auth/jwt.js";
import { operationLimits } from "./operation-limits.js";
import { introspectionPlugin } from "./introspection.js";
import { metricsPlugin } from "./metrics-plugin.js";
import { registry } from "./metrics.js";
import { PlanCache } from "./plan-cache.js";
import { subgraphEndpoints, subgraphUrl, supergraphFromFile, type SubgraphEndpoint } from "./supergraph-file.js";
import { graphiqlRouter } from "./graphiql.js";
import { cockpitPageRouter } from "./cockpit-page.js";
import { rateLimited, rateLimiterFromEnv } from "./rate-limit.js";
import { CLIENT_NAME_HEADER, TrustedDocuments, trustedDocumentsMode } from "./trusted-documents.js";
import { cors, corsPolicyFromEnv } from "./cors.js";
import { SIMULATED_TIME_HEADER, simulatedOffset } from "./simulated-time.js";
import { developmentTokenRouter, developmentTokensTrusted } from "./auth/development-token-route.js";
import { liveSubscriptions } from "./subscriptions/index.js";
import { MalformedText, wellFormedBytes, wellFormedRequest } from "./well-formed-text.js";
import { valueCompletionPlugin } from "./client-errors.js";

export interface GatewayOptions {
  supergraphPath: string;
  port: number;
  host?: string;
  /** How long /ready waits for each subgraph's /ready. */
  readinessTimeoutMs?: number;
}

export interface RunningGateway {
  url: string;
  /** The port it listens on (the one asked for, or the one the system gave for port 0). */
  port: number;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.-]{1,128}$/;

export async function startGateway({
  supergraphPath,
  port,
  host = "127.0.0.1",
  readinessTimeoutMs = 2_000,
}: GatewayOptions): Promise<RunningGateway> {
  // Apollo's gateway reports usage to Apollo unless told not to; a center's traffic stays inside.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const log = createLogger("gateway");
  const production = runtimeMode() === "production";
  const secret = internalSecret();
  const jwt = await jwtVerifierFromEnv();
  const limits = operationLimits(production);
  const trustedDocuments = TrustedDocuments.load(
    process.env.TRUSTED_DOCUMENTS_PATH || undefined,
    process.env.TRUSTED_DOCUMENTS_DIR || undefined,
  );
  const trustedMode = trustedDocumentsMode();
  log.info({ mode: trustedMode, registered: trustedDocuments.size, apps: trustedDocuments.apps }, "trusted documents");
  const reloadMs = intFromEnv("TRUSTED_DOCUMENTS_RELOAD_MS", 2_000);
  const stopWatchingTrustedDocuments = reloadMs > 0 ? trustedDocuments.watch(reloadMs, log) : () => undefined;
  const corsPolicy = corsPolicyFromEnv();
  const rateLimiter = await rateLimiterFromEnv(log);
  let endpoints: SubgraphEndpoint[] = [];
  // Keep-alive pools per subgraph, kept across supergraph reloads and closed at shutdown.
  const connections = new SubgraphConnections();
  const planCache = new PlanCache();

  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(supergraphPath, log, (sdl) => (endpoints = subgraphEndpoints(sdl))),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        subgraphUrl(name, url ?? ""),
        secret,
        policyFromEnv(envPrefix(name)),
        connections,
        log,
      ),
    __exposeQueryPlanExperimental: !production,
    queryPlannerConfig: { cache: planCache },
    experimental_didUpdateSupergraph: (current, previous) => {
      if (!previous || !("supergraphSdl" in current)) return;
      planCache.warm(current.supergraphSdl).then(
        (warmed) => log.info({ warmed }, "query plans warmed for the new supergraph"),
        (error: unknown) => log.warn({ err: error }, "query plan warm-up failed; operations are planned as they come"),
      );
    },
    logger: log,
  });

  // Subscriptions: the gateway's own Subscription type, fed by the registry's stored events.
  const live = liveSubscriptions({
    log,
    production,
    secret,
    jwt,
    limits,
    trustedDocuments,
    trustedMode,
    rateLimiter,
    registryUrl: () => endpoints.find((e) => e.name === "petitions")?.url,
  });

  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway: live.gateway(gateway),
    introspection: !production,
    // The gateway's own shutdown stops Apollo in order (a second concurrent stop() from Apollo's signal
    // handler would never return).
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestLoggingPlugin(),
      valueCompletionPlugin(),
      metricsPlugin(),
      planCache.plugin(),
      ...limits.plugins,
      ...(production ? [] : [introspectionPlugin()]),
    ],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Every error leaves with a code from the catalogue and messages in Chinese and English.
    formatError: (formatted, error) => withBilingualMessages(limits.formatError(formatted, error)),
    // Registered operations can be sent by hash alone; in enforce mode nothing else is remembered.
    persistedQueries: { cache: trustedDocuments.persistedQueryCache(trustedMode) },
    logger: log,
  });
  await apollo.start();
  live.useServer(apollo);
  live.listen(httpServer);

  app.get("/health", (_req, res) => void res.json({ status: "ok" }));
  app.get("/ready", async (_req, res) => {
    const subgraphs = await Promise.all(
      endpoints.map(async ({ name, url }) => {
        const ready = await fetch(new URL("/ready", url), { signal: AbortSignal.timeout(readinessTimeoutMs) }).then(
          (r) => r.ok,
          () => false,
        );
        return { name, ready };
      }),
    );
    const ready = subgraphs.every((s) => s.ready);
    res.status(ready ? 200 : 503).json({ ready, subgraphs });
  });
  app.get("/metrics", async (_req, res) => void res.type(registry.contentType).send(await registry.metrics()));
  const developmentTokens = developmentTokensTrusted();
  app.use(graphiqlRouter("/graphql", { developmentTokens }));
  app.use(cockpitPageRouter());
  if (developmentTokens) app.use(developmentTokenRouter());
  app.use(
    "/graphql",
    cors(corsPolicy),
    rateLimiter.perAddress(),
    express.json({ limit: "1mb", verify: wellFormedBytes }),
    wellFormedRequest(),
    trustedDocuments.middleware(trustedMode),
    live.sse,
    // One trace per operation, rooted here (a caller's own traceparent is not followed into the center);
    // entered after the body was read, as stream callbacks drop the context.
    (req, res, next) =>
      serveInSpan(
        "POST /graphql",
        { kind: SpanKind.SERVER, attributes: { "http.request.method": req.method, "url.path": req.baseUrl } },
        res,
        next,
      ),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const given = req.header("x-request-id");
        const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader("x-request-id", requestId);
        const verified = await jwt.verify(req.header("authorization"));
        if (verified.userId) {
          const decision = await rateLimiter.check("identity", verified.userId);
          if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
        }
        // Where from, for the departments' audit logs (the client name is what the frontend says it is).
        const clientName = req.header(CLIENT_NAME_HEADER);
        const identity = {
          ...verified,
          client: clientName ? `${req.ip} ${clientName.slice(0, 64)}` : req.ip,
          ...(req.ip ? { address: req.ip } : {}),
          ...(production ? {} : simulatedOffset(req.header(SIMULATED_TIME_HEADER))),
        };
        return { identity, requestId, log: log.child({ requestId, userId: identity.userId }) };
      },
    }),
  );
  // Body-parser errors (too large, malformed JSON) answered in GraphQL's error shape.
  app.use(
    (
      error: { status?: number; type?: string; message: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (!error.status) return next(error);
      if (error instanceof MalformedText) {
        res.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
        return;
      }
      const code = error.type === "entity.too.large" ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST";
      res.status(error.status).json({ errors: [{ message: error.message, extensions: { code } }] });
    },
  );

  const boundPort = await new Promise<number>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
  });
  const url = `http://${host}:${boundPort}/graphql`;
  log.info({ url, supergraphPath }, "gateway ready");
  let stopping: Promise<void> | undefined;
  return {
    url,
    port: boundPort,
    stop: () =>
      (stopping ??= (async () => {
        // Apollo first: ending the live streams before it leaves its stop waiting forever (open streams are
        // drained with the other connections, then the WebSocket ones closed here).
        stopWatchingTrustedDocuments();
        await apollo.stop();
        await live.stop();
        await connections.close();
        await rateLimiter.store.close();
        log.info("stopped");
      })()),
  };
}
