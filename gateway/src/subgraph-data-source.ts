// How the gateway talks to one department: signed requests (identity + request id), a timeout,
// retries for queries only (a mutation is never sent twice; a timeout is not retried; retries stay within a
// budget of a fifth of recent requests), and a circuit breaker. A failing department costs only its own
// fields: the error carries a code the client can act on.
//
// Requests go over a keep-alive connection pool per subgraph (undici), not through a fetch API: no
// Request/Headers/stream objects per call, about half the CPU per subgraph call. Identical queries in
// flight at the same moment for the same caller are sent once and the answer is shared.
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { Pool } from "undici";
import { signHop } from "@onedoor/shared/auth/internal-hop";
import { ANONYMOUS, type Identity } from "@onedoor/shared/auth/identity";
import type { Logger } from "@onedoor/shared/logger";
import { currentTraceparent, inSpan, SpanKind, type Span } from "@onedoor/shared/telemetry/tracing";
import type { GatewayContext } from "./context.js";
import { CircuitBreaker } from "./circuit-breaker.js";
import { RetryBudget } from "./retry-budget.js";
import { breakerOpen, subgraphDeduplicated, subgraphDuration, subgraphRetries } from "./metrics.js";
import { internalError } from "./client-errors.js";

export interface SubgraphPolicy {
  timeoutMs: number;
  /** Extra attempts for queries after a transient failure. */
  retries: number;
  retryBackoffMs: number;
  breakerFailureThreshold: number;
  breakerOpenMs: number;
}

export const DEFAULT_POLICY: SubgraphPolicy = {
  timeoutMs: 10_000,
  retries: 2,
  retryBackoffMs: 50,
  breakerFailureThreshold: 5,
  breakerOpenMs: 5_000,
};

type FailureCode = "SUBGRAPH_UNAVAILABLE" | "SUBGRAPH_TIMEOUT" | "SUBGRAPH_BAD_RESPONSE";

class SubgraphFailure extends GraphQLError {
  constructor(
    readonly subgraph: string,
    readonly failure: FailureCode,
    readonly retryable: boolean,
  ) {
    const messages: Record<FailureCode, [string, string]> = {
      SUBGRAPH_UNAVAILABLE: [`The ${subgraph} service is unavailable`, `${subgraph} 服务暂不可用，请稍后再试`],
      SUBGRAPH_TIMEOUT: [`The ${subgraph} service did not answer in time`, `${subgraph} 服务响应超时，请稍后再试`],
      SUBGRAPH_BAD_RESPONSE: [`The ${subgraph} service sent an invalid answer`, `${subgraph} 服务返回了无效数据`],
    };
    super(messages[failure][0], { extensions: { code: failure, subgraph, messageZh: messages[failure][1] } });
  }
}

type RefusalCode = "UNAUTHENTICATED" | "FORBIDDEN" | "SUBGRAPH_REFUSED";

/**
 * A department's refusal of the gateway's request (a 4xx that is not a GraphQL answer), as the client
 * sees it: a code and a message, never the department's URL, body or reason, which stay in the log.
 */
function subgraphRefusal(subgraph: string, status: number): GraphQLError {
  const code: RefusalCode = status === 401 ? "UNAUTHENTICATED" : status === 403 ? "FORBIDDEN" : "SUBGRAPH_REFUSED";
  const messages: Record<RefusalCode, [string, string]> = {
    UNAUTHENTICATED: [
      `The ${subgraph} service did not accept this request's credentials`,
      `${subgraph} 服务未认可本次请求的身份凭证`,
    ],
    FORBIDDEN: [`The ${subgraph} service refused this request`, `${subgraph} 服务拒绝了本次请求`],
    SUBGRAPH_REFUSED: [`The ${subgraph} service could not handle this request`, `${subgraph} 服务无法处理本次请求`],
  };
  return new GraphQLError(messages[code][0], { extensions: { code, subgraph, messageZh: messages[code][1] } });
}

/** A department's own refusals (4xx, GraphQL errors in a 200) are answers, not outages. */
function classify(subgraph: string, error: unknown): SubgraphFailure | undefined {
  if (error instanceof SubgraphFailure) return error;
  if (error instanceof GraphQLError) return undefined;
  const e = error as { name?: string; code?: string };
  // Not retried: the same query to a department that is already slow only waits as long again and adds to its load.
  if (e.code === "UND_ERR_HEADERS_TIMEOUT" || e.code === "UND_ERR_BODY_TIMEOUT")
    return new SubgraphFailure(subgraph, "SUBGRAPH_TIMEOUT", false);
  if (e.name === "SyntaxError") return new SubgraphFailure(subgraph, "SUBGRAPH_BAD_RESPONSE", false);
  // Connection refused or reset, socket closed mid-answer: the department is not there.
  if (e.code) return new SubgraphFailure(subgraph, "SUBGRAPH_UNAVAILABLE", true);
  return undefined;
}

interface RawAnswer {
  /** The JSON text, shared by identical queries in flight: each parses its own copy, as the gateway writes into answers. */
  text: string;
  /** The text parsed, for the request that sent it. */
  value: Answer;
  cacheControl: string | undefined;
}

type Answer = Awaited<ReturnType<GraphQLDataSource["process"]>>;

/** Keep-alive pools by subgraph origin, shared by the data sources of every supergraph version. */
export class SubgraphConnections {
  private readonly pools = new Map<string, Pool>();

  pool(origin: string, timeoutMs: number): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      // Deadlines on both phases: no answer headers, or a body that stalls, fails within timeoutMs.
      pool = new Pool(origin, { headersTimeout: timeoutMs, bodyTimeout: timeoutMs, keepAliveTimeout: 4_000 });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
    this.pools.clear();
  }
}

export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly breaker: CircuitBreaker;
  private readonly pool: Pool;
  private readonly path: string;
  private readonly url: string;
  /** Raw answers of queries in flight, by caller and body: a second identical query waits for the first. */
  private readonly inFlight = new Map<string, Promise<RawAnswer>>();
  private readonly retryBudget = new RetryBudget();

  constructor(
    readonly subgraph: string,
    url: string,
    private readonly secret: string,
    private readonly policy: SubgraphPolicy = DEFAULT_POLICY,
    connections: SubgraphConnections = new SubgraphConnections(),
    /** For calls made without a request (health checks, schema loads); requests log with their own id. */
    private readonly log?: Logger,
  ) {
    this.url = url;
    const parsed = new URL(url);
    this.path = parsed.pathname + parsed.search;
    this.pool = connections.pool(parsed.origin, policy.timeoutMs);
    this.breaker = new CircuitBreaker({
      failureThreshold: policy.breakerFailureThreshold,
      openMs: policy.breakerOpenMs,
    });
  }

  /** One call to the department, in its own span: the department's spans hang under it (the hop carries it). */
  process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<Answer> {
    return inSpan(
      `subgraph ${this.subgraph}`,
      { kind: SpanKind.CLIENT, attributes: { "onedoor.subgraph": this.subgraph, "url.full": this.url } },
      (span) => this.call(options, span),
    );
  }

  private async call(options: GraphQLDataSourceProcessOptions<GatewayContext>, span?: Span): Promise<Answer> {
    const { request, context } = options;
    if (!request.query) throw new Error("Missing query");
    // Health checks and schema loads run without a request context.
    const identity = "identity" in context && context.identity ? context.identity : ANONYMOUS;
    const requestId = "requestId" in context && context.requestId ? context.requestId : "gateway";
    const log = "log" in context && context.log ? context.log : this.log;
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    });
    const isQuery = !/^\s*mutation\b/.test(request.query);
    const headers: Record<string, string> = { "content-type": "application/json" };
    for (const [name, value] of request.http?.headers ?? []) headers[name] = value;

    let raw: RawAnswer;
    let answer: Answer;
    if (isQuery) {
      // Same caller (the identity, with the address that goes into the audit log) and the same body:
      // the subgraph would answer the same. The shared answer is the text; each request parses its own copy.
      const key = `${JSON.stringify(identity)}\n${body}`;
      const pending = this.inFlight.get(key);
      if (pending) {
        subgraphDeduplicated.inc({ subgraph: this.subgraph });
        // Its answer comes from the identical call in flight, whose span has the department's spans.
        span?.setAttribute("onedoor.deduplicated", true);
        raw = await pending;
        answer = JSON.parse(raw.text) as Answer;
      } else {
        const sending = this.withRetries(
          true,
          () => this.send(body, { ...headers, ...this.sign(identity, requestId, body) }, log),
          log,
        );
        this.inFlight.set(key, sending);
        try {
          raw = await sending;
        } finally {
          this.inFlight.delete(key);
        }
        answer = raw.value;
      }
    } else {
      raw = await this.withRetries(
        false,
        () => this.send(body, { ...headers, ...this.sign(identity, requestId, body) }, log),
        log,
      );
      answer = raw.value;
    }
    if ("incomingRequestContext" in options) restrictCachePolicy(options.incomingRequestContext, raw.cacheControl);
    return answer;
  }

  /** The hop headers, sealed to this subgraph, these bytes and this span (a fresh nonce per attempt). */
  private sign(identity: Identity, requestId: string, body: string): Record<string, string> {
    return signHop(this.secret, identity, requestId, {
      audience: this.subgraph,
      body,
      traceparent: currentTraceparent(),
    });
  }

  /** One subgraph call: the answer's text when it is a JSON object from a 2xx, else the error classify() sorts. */
  private async send(body: string, headers: Record<string, string>, log: Logger | undefined): Promise<RawAnswer> {
    const response = await this.pool.request({ method: "POST", path: this.path, headers, body });
    const text = await response.body.text();
    const contentType = String(response.headers["content-type"] ?? "");
    const json =
      contentType.startsWith("application/json") || contentType.startsWith("application/graphql-response+json");
    const status = response.statusCode;
    // A request the department refused as a whole (variables that fail its scalars, say) comes back as a
    // 4xx GraphQL answer carrying coded errors (GraphQL over HTTP): the caller's mistake, passed on as the
    // department wrote it, not an outage. 401/403 are the hop's own refusals and stay errors.
    if (status >= 400 && status < 500 && status !== 401 && status !== 403 && json) {
      const refusal = safeParse(text);
      const errors = typeof refusal === "object" && refusal !== null ? (refusal as Answer).errors : undefined;
      if (Array.isArray(errors) && errors.length > 0)
        return { text, value: refusal as Answer, cacheControl: undefined };
    }
    if (status < 200 || status > 299) {
      // The details are for operators (the request's logger carries its id); the client gets a code.
      log?.warn(
        { subgraph: this.subgraph, url: this.url, status, body: text.slice(0, 1_000) },
        "subgraph answered with an HTTP error",
      );
      if (status >= 500) throw new SubgraphFailure(this.subgraph, "SUBGRAPH_UNAVAILABLE", true);
      throw subgraphRefusal(this.subgraph, status);
    }
    // Not JSON, or JSON but not an object: an answer no GraphQL server gives.
    const value: unknown = json ? JSON.parse(text) : text;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new SubgraphFailure(this.subgraph, "SUBGRAPH_BAD_RESPONSE", false);
    }
    const cacheControl = response.headers["cache-control"];
    return {
      text,
      value: value as Answer,
      cacheControl: Array.isArray(cacheControl) ? cacheControl.join(", ") : cacheControl,
    };
  }

  private async withRetries(
    isQuery: boolean,
    attemptOnce: () => Promise<RawAnswer>,
    log: Logger | undefined,
  ): Promise<RawAnswer> {
    this.retryBudget.requested();
    for (let attempt = 0; ; attempt++) {
      if (!this.breaker.allow()) {
        this.observe(0, "BREAKER_OPEN");
        throw new SubgraphFailure(this.subgraph, "SUBGRAPH_UNAVAILABLE", false);
      }
      const started = performance.now();
      try {
        const answer = await attemptOnce();
        this.breaker.success();
        this.observe(started, "ok");
        return answer;
      } catch (error) {
        const failure = classify(this.subgraph, error);
        if (!failure) {
          this.breaker.success(); // the department answered
          this.observe(started, "error");
          if (error instanceof GraphQLError) throw error;
          // Anything else is ours, and its message may name the department's address: the log keeps it.
          log?.error({ err: error, subgraph: this.subgraph, url: this.url }, "subgraph call failed");
          throw internalError(this.subgraph);
        }
        this.breaker.failure();
        this.observe(started, failure.failure);
        if (!isQuery || !failure.retryable || attempt >= this.policy.retries || !this.retryBudget.spend())
          throw failure;
        subgraphRetries.inc({ subgraph: this.subgraph });
        await new Promise((r) => setTimeout(r, this.policy.retryBackoffMs * 2 ** attempt));
      }
    }
  }

  private observe(started: number, outcome: string): void {
    if (started > 0)
      subgraphDuration.observe({ subgraph: this.subgraph, outcome }, (performance.now() - started) / 1000);
    breakerOpen.set({ subgraph: this.subgraph }, this.breaker.state === "closed" ? 0 : 1);
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

type CacheHint = { maxAge: number; scope?: "PUBLIC" | "PRIVATE" };

/**
 * As Apollo's RemoteGraphQLDataSource does: a subgraph's Cache-Control answer caps the whole
 * response's cache policy (no max-age: not cacheable).
 */
function restrictCachePolicy(requestContext: { overallCachePolicy?: unknown }, cacheControl: string | undefined): void {
  const policy = requestContext.overallCachePolicy;
  if (!policy || typeof policy !== "object" || !("restrict" in policy)) return;
  const hint: CacheHint = { maxAge: 0 };
  for (const directive of (cacheControl ?? "").split(",")) {
    const [name, value] = directive.trim().toLowerCase().split("=");
    if (name === "max-age" && value && /^[0-9]+$/.test(value)) hint.maxAge = Number(value);
    if (name === "private") hint.scope = "PRIVATE";
    if (name === "public") hint.scope = "PUBLIC";
  }
  (policy as { restrict(hint: CacheHint): void }).restrict(hint);
}

/** `SUBGRAPH_TIMEOUT_MS` for all, `<SUBGRAPH>_TIMEOUT_MS` for one. */
export function policyFromEnv(prefix: string, env: NodeJS.ProcessEnv = process.env): SubgraphPolicy {
  const read = (name: string, fallback: number) => {
    const raw = env[`${prefix}_${name}`] ?? env[`SUBGRAPH_${name}`];
    return raw === undefined || raw === "" ? fallback : Number(raw);
  };
  return {
    timeoutMs: read("TIMEOUT_MS", DEFAULT_POLICY.timeoutMs),
    retries: read("RETRIES", DEFAULT_POLICY.retries),
    retryBackoffMs: read("RETRY_BACKOFF_MS", DEFAULT_POLICY.retryBackoffMs),
    breakerFailureThreshold: read("BREAKER_FAILURES", DEFAULT_POLICY.breakerFailureThreshold),
    breakerOpenMs: read("BREAKER_OPEN_MS", DEFAULT_POLICY.breakerOpenMs),
  };
}
