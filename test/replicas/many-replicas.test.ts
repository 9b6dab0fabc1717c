// Many replicas, proven on this machine: two replicas of every department and two gateways behind HAProxy,
// on PostgreSQL and Redis, all from the built bundles. Run by .ci/run (`npm run test:replicas`), not by
// `npm test`: it needs `npm run build`, HAProxy, PostgreSQL at 127.0.0.1:5432 and Redis at 127.0.0.1:6379.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { SUBGRAPH_NAMES } from "@onedoor/shared/config";
import { DEVELOPMENT_SECRET, signHop } from "@onedoor/shared/auth/internal-hop";
import { as, defaultCaller, type Caller } from "../support/callers.js";
import { residentId } from "../support/identities.js";
import type { GraphQLResponse } from "../support/system.js";
import { startCluster, type Cluster } from "./cluster.js";

/** Low enough to reach in a test, per signed-in caller; every load request signs in as a caller of its own. */
const RATE_LIMIT = 30;
const COMMITTEE = "桐庐县联合人民调解委员会";

let cluster: Cluster;
let committeeId: string;

async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = { ...defaultCaller(query), sub: `load-${randomUUID()}` },
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(await as(caller)) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: GraphQLResponse<T>["body"];
  try {
    body = JSON.parse(text) as GraphQLResponse<T>["body"];
  } catch {
    body = { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body, headers: response.headers };
}

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await gql<T>(cluster.url, query, variables);
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  cluster = await startCluster({
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    RATE_LIMIT_PER_MINUTE_PER_ADDRESS: "0",
    // An hour's window: the test's requests then count in full wherever a window boundary falls among them.
    RATE_LIMIT_WINDOW_MS: String(3_600_000),
    OUTBOX_POLL_MS: "300",
    SUBGRAPH_TIMEOUT_MS: "5000",
    SUBGRAPH_BREAKER_OPEN_MS: "500",
  });
  const committees = await ok<{ committees: { edges: { node: { id: string; name: string } }[] } }>(
    `{ committees(first: 100) { edges { node { id name } } } }`,
  );
  committeeId = committees.committees.edges.find((edge) => edge.node.name === COMMITTEE)!.node.id;
}, 600_000);

afterAll(async () => {
  await cluster?.stop();
}, 120_000);

describe("two replicas of everything", { shuffle: false }, () => {
  it("a signature one replica accepted is refused by the other replica of the department (Redis)", async () => {
    const [first, second] = cluster.departments.mediation;
    const body = JSON.stringify({ query: "{ __typename }" });
    const headers = {
      "content-type": "application/json",
      ...signHop(DEVELOPMENT_SECRET, { roles: ["commander"], userId: "replay-probe" }, randomUUID(), {
        audience: "mediation",
        method: "POST",
        body,
      }),
    };
    const send = (origin: string) => fetch(`${origin}/graphql`, { method: "POST", headers, body });
    expect((await send(first!.origin)).status).toBe(200);
    expect((await send(second!.origin)).status).toBe(401);
    expect((await send(first!.origin)).status).toBe(401);
  });

  it("one caller's rate limit counts requests to either gateway (Redis)", async () => {
    const caller: Caller = { roles: ["commander"], sub: `rate-${randomUUID()}` };
    const query = `{ committees(first: 1) { edges { node { id } } } }`;
    const statuses: number[] = [];
    for (let n = 0; n < RATE_LIMIT; n++) {
      const gateway = cluster.gateways[n % 2]!;
      statuses.push((await gql(`${gateway.origin}/graphql`, query, {}, caller)).status);
    }
    expect(statuses.every((status) => status === 200)).toBe(true);
    // Each gateway alone has seen half the limit: only a shared count refuses these.
    expect((await gql(`${cluster.gateways[0]!.origin}/graphql`, query, {}, caller)).status).toBe(429);
    expect((await gql(`${cluster.gateways[1]!.origin}/graphql`, query, {}, caller)).status).toBe(429);
  });

  it("kill -9 of one replica of each department and one gateway under load: no acknowledged write lost, no event twice, in order, and HAProxy routes around them", async () => {
    type Story = { code?: string; caseId?: string; accepted: boolean; withdrawn: boolean };
    const stories: Story[] = [];
    const failures: string[] = [];
    let running = true;
    let serial = 0;

    // One dispute's path through two departments: registered and dispatched (registry), accepted and then
    // withdrawn at mediation (two case events, delivered by an outbox relay of either replica).
    const story = async () => {
      const story: Story = { accepted: false, withdrawn: false };
      stories.push(story);
      serial++;
      const region = "330122";
      story.code = (
        await ok<{ registerDispute: { code: string } }>(
          `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
          {
            input: {
              title: `副本压力下的相邻纠纷 ${serial}`,
              description: `邻居在共用通道堆放杂物（第 ${serial} 件），请求人民调解委员会调解。`,
              category: "邻里",
              region,
              channel: "WALK_IN",
              parties: [{ kind: "PERSON", name: "孙丽娟", residentId: residentId({ region }), phone: "139 5718 3052" }],
            },
          },
        )
      ).registerDispute.code;
      await ok(
        `mutation ($code: ID!, $body: String) { dispatchDispute(input: { code: $code, to: MEDIATION, body: $body, reason: "按当事人意愿派单" }) { code } }`,
        { code: story.code, body: COMMITTEE },
      );
      story.caseId = (
        await ok<{ acceptMediationCase: { id: string } }>(
          `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
          {
            input: {
              disputeCode: story.code,
              committeeId,
              source: "DISPATCH",
              sourceReference: `桐矛派〔副本〕${serial}`,
              participatingDepartments: [],
            },
          },
        )
      ).acceptMediationCase.id;
      story.accepted = true;
      await ok(`mutation ($input: WithdrawMediationInput!) { withdrawMediation(input: $input) { id } }`, {
        input: { caseId: story.caseId, reason: "当事人已自行和解" },
      });
      story.withdrawn = true;
    };
    const complete = () => stories.filter((s) => s.withdrawn).length;
    const loop = async () => {
      while (running) await story().catch((error: unknown) => void failures.push(String(error)));
    };
    const loops = [loop(), loop(), loop()];

    await expect.poll(complete, { timeout: 120_000, interval: 100 }).toBeGreaterThanOrEqual(6);
    const victims = [...SUBGRAPH_NAMES.map((name) => cluster.departments[name][0]!), cluster.gateways[0]!];
    for (const victim of victims) cluster.kill(victim);
    const atKill = complete();

    // HAProxy's health checks take the dead ones out of service...
    await expect
      .poll(
        async () => {
          const states = await cluster.serverStates();
          return victims.every((v) =>
            states
              .get(`${v.service === "gateway" ? "gateways" : `${v.service}-replicas`}/${v.name}`)
              ?.startsWith("DOWN"),
          );
        },
        { timeout: 30_000, interval: 200 },
      )
      .toBe(true);
    const failuresAtDown = failures.length;
    // ...and the load goes on through the survivors, without a failure once they are out.
    await expect.poll(complete, { timeout: 120_000, interval: 100 }).toBeGreaterThanOrEqual(atKill + 9);
    running = false;
    await Promise.all(loops);
    expect(failures.slice(failuresAtDown)).toEqual([]);

    // Every acknowledged step is in the registry's timeline once, in order, delivered by the survivors
    // (the killed replicas' undelivered events included: they wait in the department's outbox).
    const timeline = async (code: string) =>
      (
        await ok<{ dispute: { timeline: { edges: { node: { id: string; source: string; type: string } }[] } } | null }>(
          `query ($code: ID!) { dispute(code: $code) { timeline { edges { node { id source type } } } } }`,
          { code },
        )
      ).dispute?.timeline.edges
        .map((edge) => edge.node)
        .filter((step) => step.source === "MEDIATION")
        .map((step) => ({ id: step.id, type: step.type }));
    for (const s of stories.filter((s) => s.accepted)) {
      // Accepting also assigns a mediator (its own event); a withdrawal sent but unanswered at the kill may
      // have committed. Every acknowledged step arrives, nothing twice, the acceptance first.
      const needed = s.withdrawn ? ["MEDIATION_ACCEPTED", "MEDIATION_WITHDRAWN"] : ["MEDIATION_ACCEPTED"];
      await expect
        .poll(
          async () => {
            const types = (await timeline(s.code!))!.map((step) => step.type);
            return needed.every((type) => types.includes(type));
          },
          { timeout: 60_000, interval: 300 },
        )
        .toBe(true);
      const steps = (await timeline(s.code!))!;
      const types = steps.map((step) => step.type);
      expect(new Set(steps.map((step) => step.id)).size, types.join(",")).toBe(steps.length);
      expect(new Set(types).size, types.join(",")).toBe(types.length);
      expect(types[0], types.join(",")).toBe("MEDIATION_ACCEPTED");
      if (types.includes("MEDIATION_WITHDRAWN")) expect(types.at(-1), types.join(",")).toBe("MEDIATION_WITHDRAWN");
    }
    // Every acknowledged registration is still there.
    for (const s of stories.filter((s) => s.code)) expect(await timeline(s.code!)).toBeDefined();
    expect(stories.filter((s) => s.withdrawn).length).toBeGreaterThanOrEqual(15);
  });
});
