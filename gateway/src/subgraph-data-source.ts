// How the gateway talks to one department: signed requests (identity + request id), a timeout,
// retries for queries only (a mutation is never sent twice), and a circuit breaker. A failing
// department costs only its own fields: the error carries a code the client can act on.
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { signHop } from "@onedoor/shared/auth/internal-hop";
import { ANONYMOUS } from "@onedoor/shared/auth/identity";
import type { GatewayContext } from "./context.js";
import { CircuitBreaker } from "./circuit-breaker.js";
import { breakerOpen, subgraphDuration, subgraphRetries } from "./metrics.js";

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

/** A department's own refusals (401/403, GraphQL errors in a 200) are answers, not outages. */
function classify(subgraph: string, error: unknown): SubgraphFailure | undefined {
  if (error instanceof SubgraphFailure) return error;
  const e = error as { name?: string; message?: string; extensions?: { response?: { status?: number } }; cause?: { code?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return new SubgraphFailure(subgraph, "SUBGRAPH_TIMEOUT", true);
  const status = e.extensions?.response?.status;
  if (status !== undefined) return status >= 500 ? new SubgraphFailure(subgraph, "SUBGRAPH_UNAVAILABLE", true) : undefined;
  if (e.message?.startsWith("Expected JSON response body") || e.name === "SyntaxError") {
    return new SubgraphFailure(subgraph, "SUBGRAPH_BAD_RESPONSE", false);
  }
  if (e.message === "fetch failed" || e.cause?.code) return new SubgraphFailure(subgraph, "SUBGRAPH_UNAVAILABLE", true);
  return undefined;
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly breaker: CircuitBreaker;

  constructor(
    readonly subgraph: string,
    url: string,
    private readonly secret: string,
    private readonly policy: SubgraphPolicy = DEFAULT_POLICY,
  ) {
    super({ url });
    this.breaker = new CircuitBreaker({ failureThreshold: policy.breakerFailureThreshold, openMs: policy.breakerOpenMs });
    // Node's fetch (undici): pooled keep-alive connections, and a deadline on every subgraph call.
    this.fetcher = ((input: string, init: RequestInit) =>
      fetch(input, { ...init, signal: AbortSignal.timeout(policy.timeoutMs) })) as unknown as typeof this.fetcher;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and schema loads run without a request context.
    const identity = "identity" in context && context.identity ? context.identity : ANONYMOUS;
    const requestId = "requestId" in context && context.requestId ? context.requestId : "gateway";
    for (const [name, value] of Object.entries(signHop(this.secret, identity, requestId))) {
      request.http?.headers.set(name, value);
    }
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>["process"]> {
    const isQuery = !/^\s*mutation\b/.test(options.request.query ?? "");
    for (let attempt = 0; ; attempt++) {
      if (!this.breaker.allow()) {
        this.observe(0, "BREAKER_OPEN");
        throw new SubgraphFailure(this.subgraph, "SUBGRAPH_UNAVAILABLE", false);
      }
      const started = performance.now();
      try {
        const response = await super.process(options);
        this.breaker.success();
        this.observe(started, "ok");
        return response;
      } catch (error) {
        const failure = classify(this.subgraph, error);
        if (!failure) {
          this.breaker.success(); // the department answered
          this.observe(started, "error");
          throw error;
        }
        this.breaker.failure();
        this.observe(started, failure.failure);
        if (!isQuery || !failure.retryable || attempt >= this.policy.retries) throw failure;
        subgraphRetries.inc({ subgraph: this.subgraph });
        await new Promise((r) => setTimeout(r, this.policy.retryBackoffMs * 2 ** attempt));
      }
    }
  }

  private observe(started: number, outcome: string): void {
    if (started > 0) subgraphDuration.observe({ subgraph: this.subgraph, outcome }, (performance.now() - started) / 1000);
    breakerOpen.set({ subgraph: this.subgraph }, this.breaker.state === "closed" ? 0 : 1);
  }
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
