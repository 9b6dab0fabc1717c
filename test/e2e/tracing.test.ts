// Tracing across the hop: one query touching five departments is one OpenTelemetry trace, from the gateway's
// request through each department's subgraph down to its SQL, exported over OTLP/HTTP (JSON) by every process
// to a receiver this test runs; log lines name the trace. A subgraph continues a trace only from a hop whose
// signature covers its traceparent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import type { RunningSystem } from "@onedoor/shared/system/launcher";
import { DEVELOPMENT_SECRET, HOP_HEADERS, signHop } from "@onedoor/shared/auth/internal-hop";
import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { graphql, startSystem, testDatabases, type TestDatabases } from "../support/system.js";

interface ReceivedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: { name: string; traceId: string; spanId: string; parentSpanId?: string }[] }[];
  }[];
}

/** A collector's OTLP/HTTP endpoint in miniature: keeps every span it is sent, in JSON. */
function otlpReceiver() {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.method === "POST" && req.url === "/v1/traces") {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as OtlpExport;
        for (const { resource, scopeSpans } of body.resourceSpans ?? []) {
          const service = resource?.attributes?.find((a) => a.key === "service.name")?.value.stringValue ?? "";
          for (const scope of scopeSpans ?? [])
            for (const span of scope.spans ?? [])
              spans.push({
                service,
                name: span.name,
                traceId: span.traceId,
                spanId: span.spanId,
                ...(span.parentSpanId ? { parentSpanId: span.parentSpanId } : {}),
              });
        }
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  return {
    spans,
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const WAGES = DEMO_DISPUTES[1]!; // mediation, arbitration and legal aid records; litigation is asked and has none
const DEPARTMENTS = ["petitions", "mediation", "arbitration", "litigation", "legal-aid"] as const;

const ACROSS_FIVE = /* GraphQL */ `
  query TracedDispute($code: ID!) {
    dispute(code: $code) {
      title
      mediationCases {
        committee
      }
      arbitrationCases {
        caseNumber
      }
      courtCases {
        caseNumber
      }
      legalAidCases {
        status
      }
    }
  }
`;

describe("tracing across the hop", () => {
  const receiver = otlpReceiver();
  let databases: TestDatabases;
  let system: RunningSystem;

  beforeAll(async () => {
    const endpoint = await receiver.listen();
    databases = await testDatabases();
    system = await startSystem(databases, {
      env: {
        SEED_DEMO_DATA: "1",
        OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
        // Export within a tenth of a second of a span's end, rather than every five.
        OTEL_BSP_SCHEDULE_DELAY: "100",
      },
    });
  });
  afterAll(async () => {
    await system?.stop();
    await databases?.drop();
    await receiver.close();
  });

  const inTrace = (traceId: string) => receiver.spans.filter((span) => span.traceId === traceId);

  it("one query touching five departments is one trace: gateway, each department and its SQL, parents intact", async () => {
    const requestId = `tracing-${randomBytes(4).toString("hex")}`;
    const { status, body } = await graphql<{ dispute: { title: string } | null }>(
      system.gatewayUrl,
      ACROSS_FIVE,
      { code: WAGES.code },
      { "x-request-id": requestId },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.dispute?.title).toBe(WAGES.title);

    // The gateway's root span, named after the operation.
    const root = () =>
      receiver.spans.find((s) => s.service === "gateway" && s.name === "query TracedDispute" && !s.parentSpanId);
    await expect.poll(root, { timeout: 10_000 }).toBeDefined();
    const traceId = root()!.traceId;

    // Each department served its part in the same trace and ran SQL in it; spans end (and arrive) in any order.
    const complete = () => {
      const spans = inTrace(traceId);
      const ids = new Set(spans.map((s) => s.spanId));
      return (
        DEPARTMENTS.every((name) => spans.some((s) => s.service === name && s.name !== "query TracedDispute")) &&
        spans.every((s) => !s.parentSpanId || ids.has(s.parentSpanId))
      );
    };
    await expect.poll(complete, { timeout: 10_000 }).toBe(true);

    const spans = inTrace(traceId);
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      return parent ? [parent, ...ancestors(parent)] : [];
    };
    // One root, and every other span's parent is in the trace.
    expect(spans.filter((s) => !s.parentSpanId)).toEqual([root()]);
    for (const span of spans) if (span.parentSpanId) expect(byId.has(span.parentSpanId), span.name).toBe(true);

    for (const name of DEPARTMENTS) {
      // The department's request span hangs under the gateway's call to it, across the hop.
      const served = spans.filter((s) => s.service === name && byId.get(s.parentSpanId ?? "")?.service === "gateway");
      expect(served, name).toHaveLength(1);
      expect(byId.get(served[0]!.parentSpanId!)!.name).toBe(`subgraph ${name}`);
      // Its SQL hangs under it.
      const sql = spans.filter((s) => s.service === name && s.name === "SELECT");
      expect(sql.length, name).toBeGreaterThan(0);
      for (const statement of sql) expect(ancestors(statement)).toContain(served[0]);
    }
  });

  it("names the trace and span on the request's log lines, in the gateway and in the departments", async () => {
    const requestId = `tracing-logs-${randomBytes(4).toString("hex")}`;
    await graphql(system.gatewayUrl, ACROSS_FIVE, { code: WAGES.code }, { "x-request-id": requestId });
    const logged = (service: "gateway" | "mediation") => () =>
      system
        .output(service)
        .split("\n")
        .filter((line) => line.includes(requestId) && line.includes('"graphql request"'))
        .map((line) => JSON.parse(line) as { traceId?: string; spanId?: string });
    await expect.poll(() => logged("gateway")().length, { timeout: 5_000 }).toBe(1);
    await expect.poll(() => logged("mediation")().length, { timeout: 5_000 }).toBe(1);
    const [atGateway] = logged("gateway")();
    const [atMediation] = logged("mediation")();
    expect(atGateway!.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(atMediation!.traceId).toBe(atGateway!.traceId);
    expect(atMediation!.spanId).not.toBe(atGateway!.spanId);
    // The ids are those of the exported spans.
    await expect
      .poll(() => receiver.spans.some((s) => s.service === "mediation" && s.spanId === atMediation!.spanId))
      .toBe(true);
  });

  describe("a department continues a trace only from a hop that signed it", () => {
    const probe = JSON.stringify({ query: "{ __typename }" });
    const traceparent = (traceId: string) => `00-${traceId}-${randomBytes(8).toString("hex")}-01`;
    const post = (headers: Record<string, string>) =>
      fetch(`${system.subgraphOrigin("arbitration")}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: probe,
      });
    const sign = (traceId: string) =>
      signHop(DEVELOPMENT_SECRET, { roles: [] }, "tracing-hop", {
        audience: "arbitration",
        body: probe,
        traceparent: traceparent(traceId),
      });

    it("a signed traceparent is continued (control)", async () => {
      const traceId = randomBytes(16).toString("hex");
      expect((await post(sign(traceId))).status).toBe(200);
      await expect
        .poll(() => inTrace(traceId).some((s) => s.service === "arbitration"), { timeout: 10_000 })
        .toBe(true);
    });

    it("a traceparent swapped after signing is refused, and nothing is traced under it", async () => {
      const signedFor = randomBytes(16).toString("hex");
      const swappedTo = randomBytes(16).toString("hex");
      const swapped = { ...sign(signedFor), [HOP_HEADERS.traceparent]: traceparent(swappedTo) };
      expect((await post(swapped)).status).toBe(401);
      // A later traced request has been exported; the refused one left nothing in either trace.
      const later = randomBytes(16).toString("hex");
      expect((await post(sign(later))).status).toBe(200);
      await expect.poll(() => inTrace(later).length, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(inTrace(swappedTo)).toEqual([]);
      expect(inTrace(signedFor)).toEqual([]);
    });
  });
});
