// Live subscriptions mounted on the gateway: graphql-sse (distinct connections, POST /graphql with
// Accept: text/event-stream) and graphql-ws (graphql-transport-ws on /graphql), one set of rules for both.
import type http from "node:http";
import type express from "express";
import type { ApolloServer } from "@apollo/server";
import type { ApolloGateway } from "@apollo/gateway";
import { decodeJwt } from "jose";
import { GraphQLError, parse, type ExecutionArgs } from "graphql";
import { createHandler } from "graphql-sse/lib/use/express";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { intFromEnv } from "@onedoor/shared/config";
import { FEED_PATH, formatCursor, signFeedRequest, type FeedPage } from "@onedoor/shared/events/feed";
import type { Logger } from "@onedoor/shared/logger";
import type { GatewayContext } from "../context.js";
import type { JwtVerifier } from "../auth/jwt.js";
import type { OperationLimits } from "../operation-limits.js";
import type { RateLimiter } from "../rate-limit.js";
import { SIMULATED_TIME_HEADER, simulatedOffset } from "../simulated-time.js";
import type { TrustedDocuments, TrustedDocumentsMode } from "../trusted-documents.js";
import { FeedTailer, type FeedReader, type LiveFeed } from "./feed-tailer.js";
import { RedisFeed } from "./redis-feed.js";
import { asError, isRefusal, LiveSubscriptions, type Subscriber } from "./live.js";
import type { LiveStream } from "./live-stream.js";
import { servedGateway } from "./schema.js";

export interface LiveSetup {
  log: Logger;
  production: boolean;
  secret: string;
  jwt: JwtVerifier;
  limits: OperationLimits;
  trustedDocuments: TrustedDocuments;
  trustedMode: TrustedDocumentsMode;
  rateLimiter: RateLimiter;
  /** The registry's (petitions') URL as the supergraph names it. */
  registryUrl: () => string | undefined;
  env?: NodeJS.ProcessEnv;
}

export interface Live {
  /** Give this to ApolloServer as its gateway: it serves the schema with the Subscription type. */
  gateway(gateway: ApolloGateway): ReturnType<typeof servedGateway>;
  /** After `apollo.start()`: events are read through it. */
  useServer(apollo: ApolloServer<GatewayContext>): void;
  /** Mount on /graphql before Apollo's middleware (after body parsing): takes the event-stream requests. */
  sse: express.RequestHandler;
  /** WebSocket subscriptions on the gateway's HTTP server. */
  listen(httpServer: http.Server): void;
  /** Ends every open subscription and stops following the feed. */
  stop(): Promise<void>;
}

export function liveSubscriptions(options: LiveSetup): Live {
  const { log, production, jwt, env = process.env } = options;
  const overlapMs = intFromEnv("SUBSCRIPTION_FEED_OVERLAP_MS", 10_000, env);
  const feedLog = log.child({ component: "feed" });
  const ownTailer = new FeedTailer(feedReader(options), feedLog, {
    pollMs: intFromEnv("SUBSCRIPTION_POLL_MS", 500, env) || 500,
    overlapMs,
  });
  // With Redis one replica reads the feed for all; without it each reads the feed itself.
  const tailer: LiveFeed = env.REDIS_URL
    ? new RedisFeed(ownTailer, feedLog, {
        url: env.REDIS_URL,
        prefix: env.SUBSCRIPTION_REDIS_PREFIX || "onedoor:live",
        leaseMs: intFromEnv("SUBSCRIPTION_FEED_LEASE_MS", 5_000, env) || 5_000,
        overlapMs,
      })
    : ownTailer;
  const live = new LiveSubscriptions({
    log: log.child({ component: "subscriptions" }),
    limits: options.limits,
    trustedDocuments: options.trustedDocuments,
    trustedMode: options.trustedMode,
    rateLimiter: options.rateLimiter,
    tailer,
    resumeLimit: intFromEnv("SUBSCRIPTION_RESUME_EVENTS", 5_000, env),
    caps: {
      perCaller: intFromEnv("SUBSCRIPTIONS_PER_CALLER", 20, env),
      perAddress: intFromEnv("SUBSCRIPTIONS_PER_ADDRESS", 500, env),
    },
  });

  /** The caller as for a query, plus when the token expires. */
  async function subscriber(
    authorization: string | undefined,
    address: string,
    header: (name: string) => string | undefined,
  ): Promise<Subscriber> {
    const verified = await jwt.verify(authorization);
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    const exp = token ? decodeJwt(token).exp : undefined;
    const clientName = header("apollographql-client-name");
    return {
      identity: {
        ...verified,
        client: clientName ? `${address} ${clientName.slice(0, 64)}` : address,
        address,
        ...(production ? {} : simulatedOffset(header(SIMULATED_TIME_HEADER))),
      },
      ...(exp !== undefined ? { expiresAt: exp * 1000 } : {}),
      address,
    };
  }

  const sseHandler = createHandler({
    // Distinct connections only: one subscription per request, no reservation tokens.
    authenticate: () => null,
    onSubscribe: async (req, params) => {
      let caller: Subscriber;
      try {
        caller = await subscriber(req.raw.header("authorization"), req.raw.ip ?? "unknown", (name) =>
          req.raw.header(name),
        );
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        return [
          JSON.stringify({ errors: [error.toJSON()] }),
          { status: 401, statusText: "Unauthorized", headers: { "content-type": "application/json; charset=utf-8" } },
        ];
      }
      const result = await live.subscribe(caller, params, "sse", req.raw.header("last-event-id"));
      // `data: null` marks it as a result (graphql-sse's test), sent as the stream's one event.
      return isRefusal(result) ? { data: null, errors: result.errors.map(asError) } : result;
    },
    onNext: (_ctx, req, result) => {
      const eventId = result.extensions?.eventId;
      sseEventIds.get(req.raw)?.push(typeof eventId === "string" ? eventId : undefined);
    },
  });

  let wsServer: WebSocketServer | undefined;
  let wsDisposable: { dispose(): void | Promise<void> } | undefined;

  return {
    gateway: (gateway) =>
      servedGateway(
        gateway,
        (schema) => live.useSchema(schema),
        () => tailer.nudge(),
      ),
    useServer: (apollo) => live.useServer(apollo),
    sse: (req, res, next) => {
      if (req.method !== "POST" || req.header("accept") !== "text/event-stream") return next();
      writeEventIds(req, res);
      sseHandler(req, res).catch(next);
    },
    listen(httpServer) {
      wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
      wsDisposable = useServer<Record<string, unknown>, { subscriber?: Subscriber; expiry?: NodeJS.Timeout }>(
        {
          // The token comes in connection_init ({"authorization": "Bearer …"}); a bad one closes the socket (4403).
          onConnect: async (ctx) => {
            const params = ctx.connectionParams ?? {};
            const authorization = params.authorization ?? params.Authorization;
            const request = ctx.extra.request;
            try {
              ctx.extra.subscriber = await subscriber(
                typeof authorization === "string" ? authorization : undefined,
                request.socket.remoteAddress ?? "unknown",
                (name) => {
                  const value = request.headers[name];
                  return Array.isArray(value) ? value[0] : value;
                },
              );
            } catch (error) {
              if (error instanceof GraphQLError) return false;
              throw error;
            }
            const expiresAt = ctx.extra.subscriber.expiresAt;
            if (expiresAt !== undefined) {
              // A token that expires ends the connection; graphql-ws clients do not retry 4401.
              ctx.extra.expiry = setTimeout(
                () => ctx.extra.socket.close(4401, "Unauthorized: the token has expired"),
                Math.max(0, expiresAt - Date.now()),
              );
            }
            return true;
          },
          onClose: (ctx) => clearTimeout(ctx.extra.expiry),
          onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
            const result = await live.subscribe(ctx.extra.subscriber!, payload, "ws");
            if (isRefusal(result)) return result.errors.map(asError);
            // The stream is ready; graphql-ws asks `subscribe` for it with these arguments.
            const { schema } = live;
            if (!schema) return [new GraphQLError("The gateway is starting")];
            const operationName = typeof payload.operationName === "string" ? payload.operationName : undefined;
            return { schema, document: parse(payload.query), operationName, contextValue: result };
          },
          subscribe: (args) => args.contextValue as LiveStream<never>,
        },
        wsServer,
      );
    },
    async stop() {
      await live.stop();
      await wsDisposable?.dispose();
      wsServer?.close();
    },
  };
}

/** Ids of the results of each SSE request, in the order graphql-sse writes them. */
const sseEventIds = new WeakMap<express.Request, (string | undefined)[]>();

/**
 * graphql-sse's distinct mode writes `event:` and `data:` only: each `next` event gets its result's id as an
 * `id:` line, which browsers send back as `Last-Event-ID` when they reconnect. The framing stays the library's.
 */
function writeEventIds(req: express.Request, res: express.Response): void {
  const ids: (string | undefined)[] = [];
  sseEventIds.set(req, ids);
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === "string" && chunk.startsWith("event: next\n")) {
      const id = ids.shift();
      if (id !== undefined) return write(`id: ${id}\n${chunk}`, ...rest);
    }
    return write(chunk, ...rest);
  }) as typeof res.write;
}

/** Reads the registry's feed, signed as the gateway. */
function feedReader({ secret, registryUrl }: LiveSetup): FeedReader {
  return async (after) => {
    const url = registryUrl();
    if (!url) throw new Error("the supergraph names no registry (petitions) subgraph");
    const pathAndQuery = `${FEED_PATH}${after ? `?after=${encodeURIComponent(formatCursor(after))}` : ""}`;
    const response = await fetch(new URL(pathAndQuery, url), {
      headers: signFeedRequest(secret, pathAndQuery),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`registry feed answered ${response.status}`);
    return (await response.json()) as FeedPage;
  };
}
