// A department's process dies (kill -9) while the center is busy, then comes back on the same database:
// no registration that was acknowledged is lost, the other departments keep answering through the
// outage, and the same gateway (never restarted) serves the department again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSystem } from "@onedoor/shared/system/launcher";
import { graphql, startSystem, testDatabases, type TestDatabases } from "../support/system.js";
import { residentId } from "../support/identities.js";

const REGISTER = `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`;
/** Answered by mediation alone, and by arbitration alone: departments other than the killed one. */
const OTHER_DEPARTMENTS = [
  `{ committees(first: 5) { edges { node { name } } } }`,
  `{ arbitrationCases(first: 5) { edges { node { caseNumber } } } }`,
];

let serial = 0;
function registration(): Record<string, unknown> {
  serial++;
  return {
    input: {
      title: `压力下登记的劳务费纠纷 ${serial}`,
      description: `申请人为某装修公司提供木工劳务，被拖欠劳务费（第 ${serial} 件），要求调解。`,
      category: "劳动争议",
      region: "330122",
      amountInvolved: String(5_000 + serial),
      peopleInvolved: 1,
      channel: "WALK_IN",
      parties: [
        {
          kind: "PERSON",
          name: `申请人${serial}`,
          residentId: residentId(),
          phone: `139057${String(10_000 + serial).slice(-5)}`,
        },
      ],
      respondents: [{ kind: "ORGANISATION", name: `桐庐某装饰工程有限公司第${serial}分公司` }],
    },
  };
}

describe("kill -9 a subgraph under load and bring it back", () => {
  let databases: TestDatabases;
  let system: RunningSystem;

  beforeAll(async () => {
    // A file-backed PGlite directory (or a PostgreSQL database): the data outlives the process.
    databases = await testDatabases();
    system = await startSystem(databases, {
      env: {
        SEED_DEMO_DATA: "1",
        SUBGRAPH_TIMEOUT_MS: "3000",
        SUBGRAPH_BREAKER_OPEN_MS: "500",
        LOG_LEVEL: "warn",
        RATE_LIMIT_PER_MINUTE: "0",
        RATE_LIMIT_PER_MINUTE_PER_ADDRESS: "0",
      },
    });
  });
  afterAll(async () => {
    await system?.stop();
    await databases?.drop();
  });

  it("loses no acknowledged registration, keeps other departments answering, and recovers without restarting the gateway", async () => {
    const acknowledged: string[] = [];
    const refusedCodes = new Set<string>();
    const others = { answered: 0, answeredDuringOutage: 0, failures: [] as string[] };
    let outage = false;
    let running = true;
    // Which registering loops have been refused since the kill: the outage has reached each of them.
    const refusedDuringOutage = new Set<number>();

    const registering = async (loop: number) => {
      while (running) {
        const started = Date.now();
        const { body } = await graphql<{ registerDispute: { code: string } }>(
          system.gatewayUrl,
          REGISTER,
          registration(),
        );
        // Never a hang: every answer, acknowledged or refused, comes within the subgraph timeout and its retries.
        expect(Date.now() - started).toBeLessThan(15_000);
        if (body.data?.registerDispute && !body.errors) acknowledged.push(body.data.registerDispute.code);
        else {
          for (const error of body.errors ?? []) refusedCodes.add(String(error.extensions?.code));
          if (outage) refusedDuringOutage.add(loop);
        }
      }
    };
    const askingOthers = async (query: string) => {
      while (running) {
        const { status, body } = await graphql(system.gatewayUrl, query);
        if (status === 200 && !body.errors) {
          others.answered++;
          if (outage) others.answeredDuringOutage++;
        } else others.failures.push(`${status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const load = Promise.all([registering(0), registering(1), registering(2), ...OTHER_DEPARTMENTS.map(askingOthers)]);

    try {
      await expect.poll(() => acknowledged.length, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(5);
      const beforeKill = acknowledged.length;

      outage = true;
      await system.killProcess("petitions");
      // Wait until every registering loop has been refused and the other departments have answered meanwhile.
      await expect
        .poll(() => refusedDuringOutage.size === 3 && others.answeredDuringOutage > 0, {
          timeout: 30_000,
          interval: 50,
        })
        .toBe(true);
      outage = false;
      // Requests already in the subgraph when it died may have been acknowledged; none after.
      const duringOutage = acknowledged.length;
      expect(duringOutage - beforeKill).toBeLessThanOrEqual(3);
      expect(
        [...refusedCodes].every((code) => code === "SUBGRAPH_UNAVAILABLE" || code === "SUBGRAPH_TIMEOUT"),
        [...refusedCodes].join(),
      ).toBe(true);

      await system.startSubgraph("petitions");
      // The same gateway sends registrations to the department again.
      await expect
        .poll(() => acknowledged.length, { timeout: 30_000, interval: 100 })
        .toBeGreaterThanOrEqual(duringOutage + 5);
    } finally {
      running = false;
      await load;
    }

    expect(others.failures).toEqual([]);
    expect(others.answeredDuringOutage).toBeGreaterThan(0);

    // Every acknowledged registration is there after the crash and the restart.
    const missing: string[] = [];
    for (let i = 0; i < acknowledged.length; i += 10) {
      await Promise.all(
        acknowledged.slice(i, i + 10).map(async (code) => {
          const { body } = await graphql<{ dispute: { code: string } | null }>(
            system.gatewayUrl,
            `
              query ($code: ID!) {
                dispute(code: $code) {
                  code
                }
              }
            `,
            { code },
          );
          if (body.data?.dispute?.code !== code) missing.push(code);
        }),
      );
    }
    expect(missing).toEqual([]);
  });
});
