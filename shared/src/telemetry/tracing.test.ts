import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { createLogger } from "../logger.js";
import {
  currentTraceparent,
  inSpan,
  serveInSpan,
  SpanKind,
  startTracing,
  traceLogFields,
  tracingActive,
  tracingRequested,
  type Tracing,
} from "./tracing.js";

/** A logger whose lines the test reads. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString("utf8")) as Record<string, unknown>);
      done();
    },
  });
  const log = createLogger("tracing-test", sink);
  log.level = "info";
  return { log, lines };
}

/** A response as serveInSpan sees it, closed by the test. */
function response() {
  let close = () => {};
  return {
    statusCode: 200,
    once: (_event: "close", listener: () => void) => void (close = listener),
    close: () => close(),
  };
}

describe("tracing configuration", () => {
  it("is off by default and on for an OTLP exporter or endpoint", () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: "otlp" })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://127.0.0.1:4318/v1/traces" })).toBe(true);
  });

  it("stays off when the SDK is disabled or the exporter is none, whatever else is set", () => {
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: "otlp", OTEL_SDK_DISABLED: "true" })).toBe(false);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_SDK_DISABLED: "TRUE" })).toBe(
      false,
    );
    expect(
      tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_TRACES_EXPORTER: "none" }),
    ).toBe(false);
  });

  it("while off, starts nothing, runs work as it is and adds nothing to hops or log lines", async () => {
    expect(await startTracing("petitions", { env: {} })).toBeUndefined();
    expect(tracingActive()).toBe(false);
    expect(await inSpan("work", {}, async (span) => span)).toBeUndefined();
    expect(currentTraceparent()).toBeUndefined();
    expect(traceLogFields()).toEqual({});
    const { log, lines } = capturedLogger();
    log.info({ caseId: "c-1" }, "untraced");
    log.info({ caseId: "c-2" }, "untraced again");
    expect(lines.map((line) => line.caseId)).toEqual(["c-1", "c-2"]);
    expect(lines[0]).not.toHaveProperty("traceId");
  });
});

describe("tracing with an in-memory exporter", () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing | undefined;

  beforeAll(async () => {
    tracing = await startTracing("mediation", { env: {}, exporter });
  });
  afterAll(() => tracing?.shutdown());
  beforeEach(() => exporter.reset());

  it("names the service and links nested spans to their parent in one trace", async () => {
    await inSpan("outer", {}, () => inSpan("inner", { kind: SpanKind.CLIENT }, async () => undefined));
    const [inner, outer] = exporter.getFinishedSpans();
    expect(outer!.name).toBe("outer");
    expect(inner!.spanContext().traceId).toBe(outer!.spanContext().traceId);
    expect(inner!.parentSpanContext?.spanId).toBe(outer!.spanContext().spanId);
    expect(outer!.resource.attributes["service.name"]).toBe("mediation");
  });

  it("records a failure on the span and still throws it", async () => {
    await expect(
      inSpan("failing", {}, async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(exporter.getFinishedSpans()[0]!.status).toMatchObject({ code: 2, message: "boom" });
  });

  it("continues the trace a traceparent names, and starts a new one without", async () => {
    const parent = await inSpan("gateway fetch", {}, async () => currentTraceparent());
    expect(parent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const [, traceId, spanId] = parent!.split("-");

    const continued = response();
    serveInSpan("POST /graphql", { kind: SpanKind.SERVER }, continued, () => undefined, parent);
    continued.close();
    const fresh = response();
    serveInSpan("POST /graphql", { kind: SpanKind.SERVER }, fresh, () => undefined);
    fresh.close();

    const [, served, root] = exporter.getFinishedSpans();
    expect(served!.spanContext().traceId).toBe(traceId);
    expect(served!.parentSpanContext?.spanId).toBe(spanId);
    expect(served!.attributes["http.response.status_code"]).toBe(200);
    expect(root!.spanContext().traceId).not.toBe(traceId);
    expect(root!.parentSpanContext).toBeUndefined();
  });

  it("puts the active span's trace and span ids on every log line written inside it, and none outside", async () => {
    const { log, lines } = capturedLogger();
    const ids = await inSpan("request", {}, async (span) => {
      log.info("inside");
      log.child({ requestId: "r-1" }).warn("inside, from a child logger");
      return span!.spanContext();
    });
    log.info({ caseId: "c-3" }, "outside");
    expect(lines[0]).toMatchObject({ msg: "inside", traceId: ids.traceId, spanId: ids.spanId });
    expect(lines[1]).toMatchObject({ requestId: "r-1", traceId: ids.traceId, spanId: ids.spanId });
    expect(lines[2]).toMatchObject({ caseId: "c-3" });
    expect(lines[2]).not.toHaveProperty("traceId");
  });
});
