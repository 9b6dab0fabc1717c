// OpenTelemetry tracing: one trace from the gateway's request through each department's subgraph down to its
// SQL. Off unless the standard OTEL_* variables ask for an exporter; while off, nothing of the SDK is loaded
// and every helper here returns at its first line (the API alone, with no provider, traces nothing).
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type SpanOptions,
} from "@opentelemetry/api";
import type { SpanExporter } from "@opentelemetry/sdk-trace-base";

// Re-exported so that callers need no dependency of their own on the API.
export { SpanKind, type Span } from "@opentelemetry/api";

/** The W3C header carrying the caller's span across the hop (`00-<trace id>-<span id>-<flags>`). */
export const TRACEPARENT_HEADER = "traceparent";

const TRACER_NAME = "onedoor";

/**
 * Whether the environment asks for traces: `OTEL_TRACES_EXPORTER=otlp`, or an OTLP endpoint
 * (`OTEL_EXPORTER_OTLP_ENDPOINT`, `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`); never with `OTEL_SDK_DISABLED=true`
 * or `OTEL_TRACES_EXPORTER=none`.
 */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return false;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? "").split(",").map((name) => name.trim().toLowerCase());
  if (exporters.includes("none")) return false;
  return (
    exporters.includes("otlp") || Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)
  );
}

export interface Tracing {
  /** Sends what is buffered (tests; the process's end). */
  flush(): Promise<void>;
  /** Flushes, then turns tracing off for this process. */
  shutdown(): Promise<void>;
}

let running: Tracing | undefined;

/** Whether this process records spans. */
export const tracingActive = (): boolean => running !== undefined;

export interface TracingOptions {
  env?: NodeJS.ProcessEnv;
  /** Tests: spans go here (e.g. an `InMemorySpanExporter`) as each ends, whatever the environment says. */
  exporter?: SpanExporter;
}

/**
 * Starts tracing for this process, named `OTEL_SERVICE_NAME` or `service` (gateway, petitions, mediation…),
 * when the environment asks for it or a test gives an exporter; otherwise does nothing and returns undefined.
 * The OTLP exporter reads the rest of its settings (endpoint, headers, timeout, batch delays) from OTEL_*.
 */
export async function startTracing(service: string, { env = process.env, exporter }: TracingOptions = {}) {
  if (running) return running;
  if (!exporter && !tracingRequested(env)) return undefined;
  // Loaded only now: a process that does not trace does not load the SDK.
  const [
    { NodeTracerProvider },
    { BatchSpanProcessor, SimpleSpanProcessor },
    { detectResources, envDetector, resourceFromAttributes },
    { ATTR_SERVICE_NAME },
  ] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/sdk-trace-base"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/semantic-conventions"),
  ]);
  const processor = exporter
    ? new SimpleSpanProcessor(exporter)
    : new BatchSpanProcessor(new (await import("@opentelemetry/exporter-trace-otlp-http")).OTLPTraceExporter());
  const provider = new NodeTracerProvider({
    // OTEL_RESOURCE_ATTRIBUTES may add to the resource; the service's name is ours unless OTEL_SERVICE_NAME says.
    resource: detectResources({ detectors: [envDetector] }).merge(
      resourceFromAttributes({ [ATTR_SERVICE_NAME]: env.OTEL_SERVICE_NAME || service }),
    ),
    spanProcessors: [processor],
  });
  // AsyncLocalStorage carries the active span through awaits; W3C trace context is the propagator.
  provider.register();
  const started: Tracing = {
    flush: () => provider.forceFlush(),
    shutdown: async () => {
      if (running !== started) return;
      running = undefined;
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
  running = started;
  return started;
}

const tracer = () => trace.getTracer(TRACER_NAME);

/** Marks a span failed by `error` (a thrown error is recorded, not swallowed). */
function failed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/** Runs `work` in a new child span of the active one (ended when `work` settles); just runs it while off. */
export async function inSpan<T>(name: string, options: SpanOptions, work: (span?: Span) => Promise<T>): Promise<T> {
  if (!running) return work();
  return tracer().startActiveSpan(name, options, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      failed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The response an HTTP request span ends with. */
interface ClosingResponse {
  statusCode: number;
  once(event: "close", listener: () => void): unknown;
}

/**
 * Serves an HTTP request in its own span, a child of `traceparent` when given (only ever a verified one), else
 * a new trace's root. `next` runs inside it; the span ends when the response is closed. Call it after the
 * body was read: stream callbacks do not carry the context entered before them.
 */
export function serveInSpan(
  name: string,
  options: SpanOptions,
  response: ClosingResponse,
  next: () => void,
  traceparent?: string,
): void {
  if (!running) return next();
  const parent = traceparent ? propagation.extract(ROOT_CONTEXT, { [TRACEPARENT_HEADER]: traceparent }) : ROOT_CONTEXT;
  const span = tracer().startSpan(name, options, parent);
  response.once("close", () => {
    span.setAttribute("http.response.status_code", response.statusCode);
    if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(trace.setSpan(parent, span), next);
}

/** The active span's `traceparent`, to send on a hop; undefined while off or outside any span. */
export function currentTraceparent(active: Context = context.active()): string | undefined {
  if (!running) return undefined;
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  return carrier[TRACEPARENT_HEADER];
}

/** Names the active span after the GraphQL operation it serves (`query DisputeOverview`, or just `query`). */
export function nameActiveSpan(operationType: string | undefined, operationName: string | undefined | null): void {
  if (!running) return;
  const span = trace.getActiveSpan();
  if (!span || !operationType) return;
  span.updateName(operationName ? `${operationType} ${operationName}` : operationType);
  span.setAttribute("graphql.operation.type", operationType);
  if (operationName) span.setAttribute("graphql.operation.name", operationName);
}

/**
 * `traceId` and `spanId` of the active span, for log lines; nothing while off or outside any span. A new
 * object each time: pino merges the line's own fields into it.
 */
export function traceLogFields(): { traceId?: string; spanId?: string } {
  if (!running) return {};
  const span = trace.getActiveSpan()?.spanContext();
  return span && trace.isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {};
}
