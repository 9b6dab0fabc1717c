// Foundation acceptance: one query reads all five departments, data survives a restart, subgraphs
// refuse traffic that skipped the gateway, and one department going down does not take the rest.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSystem } from "@onedoor/shared/system/launcher";
import { signHop } from "@onedoor/shared/auth/internal-hop";
import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { graphql, startSystem, testDatabases, type TestDatabases } from "../support/system.js";

const WAGES = DEMO_DISPUTES[1]!; // six workers claiming wages: mediation, arbitration and legal aid records

const ACROSS_ALL_FIVE = /* GraphQL */ `
  query ($code: ID!) {
    dispute(code: $code) {
      code
      title
      category
      mediationCases {
        committee
        mediatorName
      }
      arbitrationCases {
        caseNumber
      }
      courtCases {
        caseNumber
        procedure
      }
      legalAidCases {
        matterLabel
        status
      }
    }
  }
`;

interface DisputeView {
  dispute: {
    code: string;
    title: string;
    category: string;
    mediationCases: { committee: string }[];
    arbitrationCases: { caseNumber: string }[];
    courtCases: { caseNumber: string }[];
    legalAidCases: { matterLabel: string; status: string }[];
  } | null;
}

describe("one graph over five departmental subgraphs", () => {
  let databases: TestDatabases;
  let system: RunningSystem;

  beforeAll(async () => {
    databases = await testDatabases();
    system = await startSystem(databases, { env: { SEED_DEMO_DATA: "1" } });
  });
  afterAll(async () => {
    await system?.stop();
    await databases?.drop();
  });

  it("answers one query with fields from all five subgraphs", async () => {
    const { status, body } = await graphql<DisputeView>(system.gatewayUrl, ACROSS_ALL_FIVE, { code: WAGES.code });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const dispute = body.data!.dispute!;
    expect(dispute.title).toBe(WAGES.title); // petitions (the registry)
    expect(dispute.mediationCases.map((c) => c.committee)).toEqual(WAGES.mediation.map((c) => c.committee)); // mediation
    expect(dispute.arbitrationCases.map((c) => c.caseNumber)).toEqual(["桐劳人仲案字〔2026〕第87号"]); // arbitration
    expect(dispute.courtCases).toEqual([]); // litigation: no court case yet for this story
    expect(dispute.legalAidCases).toEqual([{ matterLabel: "追索劳动报酬", status: "GRANTED" }]); // legal aid
  });

  it("resolves many disputes in one request, each with its own department records", async () => {
    const query = `{ ${DEMO_DISPUTES.map((d, i) => `d${i}: dispute(code: "${d.code}") { code courtCases { caseNumber } }`).join(" ")} }`;
    const { body } = await graphql<Record<string, { code: string; courtCases: { caseNumber: string }[] }>>(
      system.gatewayUrl,
      query,
    );
    expect(body.errors).toBeUndefined();
    const courtCaseNumbers = Object.values(body.data!).flatMap((d) => d.courtCases.map((c) => c.caseNumber));
    expect(courtCaseNumbers.sort()).toEqual(["(2026)浙0122民诉前调512号", "(2026)浙0903民特45号"]);
  });

  it("returns null, not an error, for an unknown code", async () => {
    const unknown = formatDisputeCode({ region: "330122", year: 2026, sequence: 999_999 });
    const { body } = await graphql<DisputeView>(system.gatewayUrl, ACROSS_ALL_FIVE, { code: unknown });
    expect(body.errors).toBeUndefined();
    expect(body.data!.dispute).toBeNull();
  });

  it("carries the request id from the gateway into the subgraphs' logs", async () => {
    const requestId = `e2e-${Date.now()}`;
    const { headers } = await graphql(
      system.gatewayUrl,
      ACROSS_ALL_FIVE,
      { code: WAGES.code },
      { "x-request-id": requestId },
    );
    expect(headers.get("x-request-id")).toBe(requestId);
    // Every subgraph logs the requests it serves; the mediation one must name our id.
    await expect.poll(() => system.output("mediation").includes(requestId), { timeout: 5_000 }).toBe(true);
  });

  describe("subgraphs accept only the gateway's signed requests", () => {
    const probe = { query: "{ __typename }" };
    const post = (origin: string, headers: Record<string, string>) =>
      fetch(`${origin}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(probe),
      });

    it("rejects an unsigned request with 401", async () => {
      const response = await post(system.subgraphOrigin("petitions"), {});
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    });

    it("rejects a request signed with the wrong secret with 401", async () => {
      const forged = signHop("guessed-secret-guessed-secret-guessed", { roles: ["commander"] }, "r1", {
        audience: "legal-aid",
        body: JSON.stringify(probe),
      });
      expect((await post(system.subgraphOrigin("legal-aid"), forged)).status).toBe(401);
    });

    it("rejects a stale signature with 401", async () => {
      const old = signHop(
        "onedoor-development-internal-secret-not-for-production",
        { roles: [] },
        "r1",
        { audience: "mediation", body: JSON.stringify(probe) },
        Date.now() - 120_000,
      );
      expect((await post(system.subgraphOrigin("mediation"), old)).status).toBe(401);
    });

    it("answers health and readiness probes without a signature", async () => {
      expect((await fetch(`${system.subgraphOrigin("arbitration")}/health`)).status).toBe(200);
      expect((await fetch(`${system.subgraphOrigin("arbitration")}/ready`)).status).toBe(200);
      expect((await fetch(`${system.gatewayOrigin}/ready`)).status).toBe(200);
    });
  });

  it("keeps all data across a restart and does not seed twice", async () => {
    await system.stop();
    system = await startSystem(databases, { env: { SEED_DEMO_DATA: "1" } });
    const { body } = await graphql<DisputeView>(system.gatewayUrl, ACROSS_ALL_FIVE, { code: WAGES.code });
    expect(body.data!.dispute!.title).toBe(WAGES.title);
    expect(body.data!.dispute!.mediationCases).toHaveLength(2);
    expect(body.data!.dispute!.legalAidCases).toHaveLength(1);
  });

  it("when one subgraph stops, /ready names it and queries that avoid it still succeed", async () => {
    await system.stopProcess("arbitration");

    const ready = await fetch(`${system.gatewayOrigin}/ready`);
    expect(ready.status).toBe(503);
    const report = (await ready.json()) as { subgraphs: { name: string; ready: boolean }[] };
    expect(report.subgraphs.filter((s) => !s.ready).map((s) => s.name)).toEqual(["arbitration"]);

    const withoutArbitration = await graphql<DisputeView>(
      system.gatewayUrl,
      `
        query ($code: ID!) {
          dispute(code: $code) {
            title
            mediationCases {
              committee
            }
            legalAidCases {
              status
            }
          }
        }
      `,
      { code: WAGES.code },
    );
    expect(withoutArbitration.body.errors).toBeUndefined();
    expect(withoutArbitration.body.data!.dispute!.mediationCases).toHaveLength(2);

    // A query that needs it gets the rest of its data plus an error for the missing part.
    const withArbitration = await graphql<DisputeView>(system.gatewayUrl, ACROSS_ALL_FIVE, { code: WAGES.code });
    expect(withArbitration.body.errors?.length).toBeGreaterThan(0);

    await system.startSubgraph("arbitration");
    expect((await fetch(`${system.gatewayOrigin}/ready`)).status).toBe(200);
  });
});
