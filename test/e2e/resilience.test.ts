// A department that is slow, broken or down costs only its own fields, with a code the client can act on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { RunningSystem } from "@onedoor/shared/system/launcher";
import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { graphql, startSystem, testDatabases, type TestDatabases } from "../support/system.js";

type Behaviour = "slow" | "500" | "401" | "404" | "malformed" | "null";

/** Stands in for the arbitration subgraph and misbehaves as told. */
function misbehavingSubgraph() {
  let behaviour: Behaviour = "500";
  let hits = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    // Its probes answer, so the system counts as started; only GraphQL misbehaves.
    if (req.url === "/ready" || req.url === "/health") return void res.writeHead(200).end("{}");
    hits++;
    if (behaviour === "slow") {
      const timer = setTimeout(() => res.end("{}"), 30_000);
      res.on("close", () => clearTimeout(timer));
    } else if (behaviour === "500") {
      res.writeHead(500, { "content-type": "text/plain" }).end("internal error");
    } else if (behaviour === "401") {
      // What a department says when it refuses the hop: why, which is for the gateway's operators only.
      res
        .writeHead(401, { "content-type": "application/json" })
        .end('{"errors":[{"message":"hop refused","extensions":{"code":"UNAUTHENTICATED","reason":"replayed"}}]}');
    } else if (behaviour === "404") {
      res.writeHead(404, { "content-type": "text/html" }).end("<pre>Cannot POST /graphql</pre>");
    } else if (behaviour === "null") {
      // Well-formed JSON that breaks the schema: null for the non-nullable ArbitrationCase.caseNumber.
      res
        .writeHead(200, { "content-type": "application/json" })
        .end('{"data":{"_entities":[{"__typename":"Dispute","arbitrationCases":[{"caseNumber":null}]}]}}');
    } else {
      res.writeHead(200, { "content-type": "application/json" }).end('{"data": {"_entities": [');
    }
  });
  return {
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`),
        ),
      ),
    set: (b: Behaviour) => (behaviour = b),
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface View {
  dispute: { title: string; mediationCases: { committee: string }[]; arbitrationCases: unknown } | null;
}

const QUERY = `query ($code: ID!) { dispute(code: $code) { title mediationCases { committee } arbitrationCases { caseNumber } } }`;
const code = DEMO_DISPUTES[1]!.code;

describe("gateway resilience", () => {
  let databases: TestDatabases;
  let system: RunningSystem;
  const stand = misbehavingSubgraph();

  beforeAll(async () => {
    const url = await stand.listen();
    databases = await testDatabases();
    system = await startSystem(databases, {
      env: {
        SEED_DEMO_DATA: "1",
        ARBITRATION_URL: url,
        ARBITRATION_TIMEOUT_MS: "300",
        ARBITRATION_BREAKER_FAILURES: "100", // the breaker has its own test below
      },
    });
  });
  afterAll(async () => {
    await system?.stop();
    await databases?.drop();
    await stand.close();
  });

  const expectDegraded = async (code_: string) => {
    const started = Date.now();
    const { status, body } = await graphql<View>(system.gatewayUrl, QUERY, { code });
    expect(status).toBe(200);
    expect(body.data?.dispute?.title).toBe(DEMO_DISPUTES[1]!.title);
    expect(body.data?.dispute?.mediationCases).toHaveLength(2);
    expect(body.errors?.map((e) => e.extensions?.code)).toContain(code_);
    return Date.now() - started;
  };

  it("a subgraph answering 500 degrades only its fields (SUBGRAPH_UNAVAILABLE), after retrying the query", async () => {
    stand.set("500");
    const before = stand.hits();
    await expectDegraded("SUBGRAPH_UNAVAILABLE");
    expect(stand.hits() - before).toBe(3); // first try + 2 retries
  });

  it("an HTTP failure reaches the client as a code, without the department's URL, body or reason, which the log keeps", async () => {
    const standIn = new URL(stand.url());
    for (const [behaviour, expected, secret] of [
      ["500", "SUBGRAPH_UNAVAILABLE", "internal error"],
      ["401", "UNAUTHENTICATED", "replayed"],
      ["404", "SUBGRAPH_REFUSED", "Cannot POST"],
    ] as const) {
      stand.set(behaviour);
      const requestId = `resilience-${behaviour}-${Date.now()}`;
      const { status, body } = await graphql<View>(system.gatewayUrl, QUERY, { code }, { "x-request-id": requestId });
      expect(status).toBe(200);
      expect(body.data?.dispute?.mediationCases).toHaveLength(2);
      const error = body.errors?.find((e) => e.extensions?.code === expected);
      expect(error, JSON.stringify(body.errors)).toMatchObject({
        extensions: { code: expected, subgraph: "arbitration", messageZh: expect.any(String) },
      });
      expect(error!.extensions).not.toHaveProperty("response");
      const told = JSON.stringify(body);
      for (const internal of [standIn.host, secret]) expect(told).not.toContain(internal);
      // The operators' side: the request id, the URL, the status and what the department said.
      const logged = () =>
        system
          .output("gateway")
          .split("\n")
          .find((line) => line.includes(requestId) && line.includes("subgraph answered with an HTTP error"));
      await expect.poll(logged).toBeDefined();
      expect(JSON.parse(logged()!)).toMatchObject({
        requestId,
        subgraph: "arbitration",
        url: stand.url(),
        status: Number(behaviour),
        body: expect.stringContaining(secret),
      });
    }
  });

  it("a value that breaks the schema reaches the client in errors with its path and a code, not only in extensions", async () => {
    stand.set("null");
    const requestId = `resilience-null-${Date.now()}`;
    const { status, body } = await graphql<View>(system.gatewayUrl, QUERY, { code }, { "x-request-id": requestId });
    expect(status).toBe(200);
    // The rest of the answer stands; the department's broken part is null, and the client is told why.
    expect(body.data?.dispute?.title).toBe(DEMO_DISPUTES[1]!.title);
    expect(body.data?.dispute?.mediationCases).toHaveLength(2);
    expect(body.data?.dispute?.arbitrationCases).toBeNull();
    expect(body.errors).toContainEqual({
      message: "Cannot return null for non-nullable field ArbitrationCase.caseNumber.",
      path: ["dispute", "arbitrationCases", 0, "caseNumber"],
      extensions: { code: "INTERNAL_SERVER_ERROR", messageZh: expect.stringContaining("ArbitrationCase.caseNumber") },
    });
    expect((body as { extensions?: Record<string, unknown> }).extensions?.valueCompletion).toBeUndefined();
    const logged = () =>
      system
        .output("gateway")
        .split("\n")
        .find((line) => line.includes(requestId) && line.includes("did not fit the schema"));
    await expect.poll(logged).toBeDefined();
  });

  it("a subgraph that answers after 30 s costs one bounded wait (SUBGRAPH_TIMEOUT), never a hang and never a second try", async () => {
    stand.set("slow");
    const before = stand.hits();
    const elapsed = await expectDegraded("SUBGRAPH_TIMEOUT");
    expect(elapsed).toBeLessThan(5_000);
    expect(stand.hits() - before).toBe(1);
  });

  it("malformed JSON from a subgraph is reported (SUBGRAPH_BAD_RESPONSE) and not retried", async () => {
    stand.set("malformed");
    const before = stand.hits();
    await expectDegraded("SUBGRAPH_BAD_RESPONSE");
    expect(stand.hits() - before).toBe(1);
  });

  it("exposes Prometheus metrics with per-subgraph outcomes", async () => {
    // Its own timed-out and answered requests, whichever tests ran before.
    stand.set("slow");
    await expectDegraded("SUBGRAPH_TIMEOUT");
    const text = await (await fetch(`${system.gatewayOrigin}/metrics`)).text();
    expect(text).toMatch(
      /onedoor_subgraph_request_duration_seconds_count\{subgraph="arbitration",outcome="SUBGRAPH_TIMEOUT"\} \d+/,
    );
    expect(text).toMatch(/onedoor_subgraph_request_duration_seconds_count\{subgraph="mediation",outcome="ok"\} \d+/);
    expect(text).toContain("onedoor_gateway_request_duration_seconds_bucket");
  });
});

describe("circuit breaker against a stopped subgraph", () => {
  let databases: TestDatabases;
  let system: RunningSystem;

  beforeAll(async () => {
    databases = await testDatabases();
    system = await startSystem(databases, {
      env: {
        SEED_DEMO_DATA: "1",
        SUBGRAPH_BREAKER_FAILURES: "3",
        SUBGRAPH_BREAKER_OPEN_MS: "1000",
        SUBGRAPH_RETRIES: "0",
      },
    });
  });
  afterAll(async () => {
    await system?.stop();
    await databases?.drop();
  });

  it("fails fast while a department is down and recovers without restarting the gateway", async () => {
    const arbitration = new URL(system.subgraphOrigin("arbitration"));
    await system.stopProcess("arbitration");
    for (let i = 0; i < 5; i++) {
      const { body } = await graphql<View>(system.gatewayUrl, QUERY, { code });
      expect(body.data?.dispute?.mediationCases).toHaveLength(2);
      expect(body.errors?.[0]?.extensions?.code).toBe("SUBGRAPH_UNAVAILABLE");
      // Refused connections, then the open breaker: neither says where the department lives.
      expect(JSON.stringify(body)).not.toMatch(new RegExp(`${arbitration.port}|ECONNREFUSED|stacktrace`));
    }
    const metrics = await (await fetch(`${system.gatewayOrigin}/metrics`)).text();
    expect(metrics).toMatch(/onedoor_subgraph_breaker_open\{subgraph="arbitration"\} 1/);

    await system.startSubgraph("arbitration");
    // Requests fail fast until the open period is over; the first after it is the probe, and it closes the breaker.
    await expect
      .poll(async () => (await graphql<View>(system.gatewayUrl, QUERY, { code })).body.errors, {
        timeout: 10_000,
        interval: 300,
      })
      .toBeUndefined();
    const closed = await (await fetch(`${system.gatewayOrigin}/metrics`)).text();
    expect(closed).toMatch(/onedoor_subgraph_breaker_open\{subgraph="arbitration"\} 0/);
  });
});
