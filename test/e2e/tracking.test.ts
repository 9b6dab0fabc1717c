// The registry's one history (统一归集) and a resident following their matter by code (zero runs).
import { describe, expect, inject, it } from "vitest";
import { Agent, request } from "node:http";
import { randomInt } from "node:crypto";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { sharedGateway } from "../support/system.js";
import { as, resident, STAFF } from "../support/callers.js";
import { residentId } from "../support/identities.js";
import { registerDispute } from "../support/registration.js";
import { timelineOf } from "../support/timeline.js";

const gatewayUrl = inject("gatewayUrl");
const gql = sharedGateway(gatewayUrl);

/** Tracking is for residents without an account: every request here is anonymous. */
const track = async (variables: { code: string; verification: string }) =>
  gql<{ trackDispute: TrackedView | null }>(TRACK, variables, await as(null));

interface TrackedView {
  status: string;
  leadDepartment: string;
  timeline: Step[];
  nextDeadline: string | null;
}

interface Step {
  source: string;
  type: string;
  summary: string;
  occurredAt: string;
}

function registerNeighbourDispute(phone: string) {
  return registerDispute(gql, {
    title: "相邻排水沟占用纠纷",
    description: "村民与邻居因排水沟走向及宅基地边界发生争执，请求村调委会调处。",
    category: "邻里",
    region: "330122",
    peopleInvolved: 2,
    channel: "WALK_IN",
    parties: [{ kind: "PERSON", name: "李建国", residentId: residentId(), phone }],
    respondents: [{ kind: "PERSON", name: "张海明" }],
  });
}

const TRACK = `query ($code: String!, $verification: String!) {
  trackDispute(code: $code, verification: $verification) { code status leadDepartment handlingBody nextDeadline remainingDays mayEvaluate timeline { source type summary occurredAt } }
}`;

describe("one history per dispute and tracking by code", () => {
  it("records the registry's own steps in order, in the same transaction as each change", async () => {
    const code = await registerNeighbourDispute("13957112233");
    const dispatched = await gql(
      `mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION }) { code } }`,
      {
        code,
      },
    );
    expect(dispatched.body.errors).toBeUndefined();
    const closed = await gql(
      `mutation ($code: ID!) { closeDispute(input: { code: $code, outcome: RESOLVED_BY_AGREEMENT, result: "经村调委会调解，双方同意按原走向重修排水沟。" }) { code } }`,
      { code },
    );
    expect(closed.body.errors).toBeUndefined();

    const steps = (await timelineOf<Step>(gql, code, "source type summary occurredAt"))!;
    expect(steps.map((s) => s.type)).toEqual(["DISPUTE_REGISTERED", "DISPUTE_DISPATCHED", "DISPUTE_CLOSED"]);
    expect(steps.every((s) => s.source === "PETITIONS")).toBe(true);
    expect(steps.map((s) => s.occurredAt)).toEqual([...steps.map((s) => s.occurredAt)].sort());
    // The history is for residents too: no names in it.
    expect(JSON.stringify(steps)).not.toMatch(/李建国|张海明|1395711/);
  });

  it("lets the lead department close with an outcome the resident sees by tracking, and not the window", async () => {
    const code = await registerNeighbourDispute("13957116677");
    const sent = await gql(
      `mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION }) { code } }`,
      { code },
    );
    expect(sent.body.errors).toBeUndefined();
    const CLOSE = `mutation ($code: ID!) {
      closeDispute(input: { code: $code, outcome: RESOLVED_BY_AGREEMENT, result: "村调委会调解，双方签订协议，排水沟沿原走向修复。" }) { status outcome }
    }`;
    // The window's clerk alone (no commander role) does not close what mediation leads.
    const clerk = await gql(
      CLOSE,
      { code },
      await as({ roles: ["intakeClerk"], department: "petitions", sub: "clerk-1" }),
    );
    expect(clerk.body.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "NOT_LEAD" });
    const closed = await gql(CLOSE, { code }, await as(STAFF.mediation));
    expect(closed.body.errors).toBeUndefined();
    expect(closed.body.data).toEqual({ closeDispute: { status: "CLOSED", outcome: "RESOLVED_BY_AGREEMENT" } });

    const { body } = await gql<{ trackDispute: TrackedView & { outcome: string } }>(
      `query ($code: String!, $verification: String!) {
        trackDispute(code: $code, verification: $verification) { status outcome timeline { type summary } }
      }`,
      { code, verification: "6677" },
      await as(null),
    );
    expect(body.data!.trackDispute).toMatchObject({ status: "CLOSED", outcome: "RESOLVED_BY_AGREEMENT" });
    expect(body.data!.trackDispute.timeline.at(-1)).toEqual({
      type: "DISPUTE_CLOSED",
      summary: expect.stringContaining("达成协议"),
    });
  });

  it("shows a resident their progress with the last 4 digits of their phone, and nothing for a wrong answer", async () => {
    const code = await registerNeighbourDispute("13957114455");
    await gql(`mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION }) { code } }`, { code });

    const ok = await track({
      code: `${code.slice(0, 6)}-${code.slice(6, 8)}-${code.slice(8, 14)}-${code.slice(14)}`,
      verification: "4455",
    });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.trackDispute).toMatchObject({ status: "DISPATCHED", leadDepartment: "MEDIATION" });
    expect(ok.body.data!.trackDispute!.nextDeadline).not.toBeNull();
    expect(ok.body.data!.trackDispute!.timeline.map((s) => s.type)).toContain("DISPUTE_DISPATCHED");

    const wrong = await track({ code, verification: "0000" });
    const unknown = await track({ code: code.slice(0, 8) + "999990", verification: "4455" });
    // A wrong answer is indistinguishable from a code that does not exist.
    expect(wrong.body).toEqual({ data: { trackDispute: null } });
    expect(unknown.body.data?.trackDispute ?? null).toBeNull();

    // Without an account the code opens only the tracking view, never the record itself.
    const record = await gql(
      `query ($code: ID!) { dispute(code: $code) { code parties { name } } }`,
      { code },
      await as(null),
    );
    expect(record.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(JSON.stringify(record.body)).not.toMatch(/李建国/);
  });

  it("refuses further guesses for a code after repeated failures, even with the right answer", async () => {
    const code = await registerNeighbourDispute("13957116677");
    for (let i = 0; i < 5; i++)
      expect((await track({ code, verification: `${1000 + i}` })).body.data).toEqual({ trackDispute: null });
    const blocked = await track({ code, verification: "6677" });
    expect(blocked.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });
});

/**
 * A client at its own address: on Linux every 127.x.y.z is this machine, so a request sent from 127.0.40.2
 * reaches the gateway as another client than one from 127.0.40.1 (the gateway trusts no forwarding header).
 */
const fromAddress = new Agent({ keepAlive: true });
function trackFrom(
  address: string,
  variables: { code: string; verification: string } | null,
  headers: Record<string, string> = {},
): Promise<{
  ms: number;
  body: { data?: { trackDispute: TrackedView | null } | null; errors?: { extensions?: { code?: string } }[] };
}> {
  // Without variables, a query that reaches no department: it only opens the address's connection.
  const payload = JSON.stringify(variables ? { query: TRACK, variables } : { query: "{ __typename }" });
  const url = new URL(gatewayUrl);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const sent = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress: address,
        agent: fromAddress,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            ms: performance.now() - started,
            body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Awaited<ReturnType<typeof trackFrom>>["body"],
          }),
        );
        response.on("error", reject);
      },
    );
    sent.on("error", reject);
    sent.end(payload);
  });
}

/** The q-quantile, interpolated between the two nearest samples. */
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)]!;
  return below + (sorted[Math.ceil(at)]! - below) * (at - Math.floor(at));
};
const median = (values: number[]) => quantile(values, 0.5);

describe("tracking that cannot be used to harass or to find codes", () => {
  it("takes as long for a wrong answer to an existing code as for a code nobody holds", async () => {
    const phone = `139${randomInt(10_000_000, 100_000_000)}`;
    const code = await registerNeighbourDispute(phone);
    const wrongAnswer = String((Number(phone.slice(-4)) + 5_000) % 10_000).padStart(4, "0");
    const PAIRS = 60;
    const WARM_UP = 4;
    const existing: number[] = [];
    const unknown: number[] = [];
    // Interleaved pairs in a random order, so load on the machine falls on both kinds alike; each pair from an
    // address of its own, so no guess is ever refused (the lockout counts per code and address).
    for (let i = 0; i < PAIRS + WARM_UP; i++) {
      const address = `127.0.${41 + Math.floor(i / 200)}.${1 + (i % 200)}`;
      const unused = formatDisputeCode({ region: "330122", year: 2026, sequence: randomInt(600_000, 1_000_000) });
      const asks = [
        async () => ({ kind: "existing", ...(await trackFrom(address, { code, verification: wrongAnswer })) }),
        async () => ({ kind: "unknown", ...(await trackFrom(address, { code: unused, verification: wrongAnswer })) }),
      ];
      if (randomInt(2) === 1) asks.reverse();
      // The connection is opened first, so neither measured answer pays for it.
      await trackFrom(address, null);
      for (const ask of asks) {
        const { kind, ms, body } = await ask();
        expect(body).toEqual({ data: { trackDispute: null } });
        if (i >= WARM_UP) (kind === "existing" ? existing : unknown).push(ms);
      }
    }
    // A busy machine adds delays of tens of milliseconds to either kind at random; what the code costs shows in
    // the fastest answers, which an attacker would compare too: the lower quartile, and the paired differences.
    const pairedDifference = median(existing.map((ms, i) => ms - unknown[i]!));
    const quartileDifference = quantile(existing, 0.25) - quantile(unknown, 0.25);
    const report = [
      `existing: lower quartile ${quantile(existing, 0.25).toFixed(1)} ms, median ${median(existing).toFixed(1)} ms`,
      `unknown: lower quartile ${quantile(unknown, 0.25).toFixed(1)} ms, median ${median(unknown).toFixed(1)} ms`,
      `paired difference ${pairedDifference.toFixed(1)} ms`,
    ].join("; ");
    expect(Math.abs(quartileDifference), report).toBeLessThan(1.5);
    expect(Math.abs(pairedDifference), report).toBeLessThan(1.2);
  });

  it("locks out the stranger's address, not the resident's device, and never the signed-in party", async () => {
    const owner = residentId();
    const phone = `139${randomInt(10_000_000, 100_000_000)}`;
    const code = await registerDispute(gql, {
      title: "相邻排水沟占用纠纷",
      description: "村民与邻居因排水沟走向及宅基地边界发生争执，请求村调委会调处。",
      category: "邻里",
      region: "330122",
      peopleInvolved: 2,
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "李建国", residentId: owner, phone }],
      respondents: [{ kind: "PERSON", name: "张海明" }],
    });
    const right = phone.slice(-4);
    const [stranger, residentsPhone] = ["127.0.40.1", "127.0.40.2"];
    for (let i = 0; i < 5; i++) {
      const guess = String((Number(right) + 1 + i) % 10_000).padStart(4, "0");
      expect((await trackFrom(stranger, { code, verification: guess })).body).toEqual({ data: { trackDispute: null } });
    }
    const codeOf = (body: Awaited<ReturnType<typeof trackFrom>>["body"]) => body.errors?.[0]?.extensions?.code;
    expect(codeOf((await trackFrom(stranger, { code, verification: right })).body)).toBe("RATE_LIMITED");

    // The resident's own phone, elsewhere, still opens it with her answer.
    const hers = await trackFrom(residentsPhone, { code, verification: right });
    expect(hers.body.data?.trackDispute).toMatchObject({ status: "REGISTERED" });

    // Signed in, the party sees her dispute even from the locked-out address, and needs no answer.
    const signedIn = await trackFrom(stranger, { code, verification: "0000" }, await as(resident(owner)));
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.data?.trackDispute).toMatchObject({ status: "REGISTERED" });
    // Signing in as someone else changes nothing for the stranger.
    const other = await trackFrom(stranger, { code, verification: right }, await as(resident(residentId())));
    expect(codeOf(other.body)).toBe("RATE_LIMITED");
  });
});
