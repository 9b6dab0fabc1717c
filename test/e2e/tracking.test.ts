// The registry's one history (统一归集) and a resident following their matter by code (zero runs).
import { describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { as } from "../support/callers.js";
import { residentId } from "../support/identities.js";
import { registerDispute } from "../support/registration.js";

const gql = sharedGateway(inject("gatewayUrl"));

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
    const dispatched = await gql(`mutation ($code: ID!) { dispatchDispute(code: $code, to: MEDIATION) { code } }`, {
      code,
    });
    expect(dispatched.body.errors).toBeUndefined();
    const closed = await gql(
      `mutation ($code: ID!) { closeDispute(code: $code, result: "经村调委会调解，双方同意按原走向重修排水沟。") { code } }`,
      { code },
    );
    expect(closed.body.errors).toBeUndefined();

    const { body } = await gql<{ dispute: { timeline: Step[] } }>(
      `query ($code: ID!) { dispute(code: $code) { timeline { source type summary occurredAt } } }`,
      { code },
    );
    const steps = body.data!.dispute.timeline;
    expect(steps.map((s) => s.type)).toEqual(["DISPUTE_REGISTERED", "DISPUTE_DISPATCHED", "DISPUTE_CLOSED"]);
    expect(steps.every((s) => s.source === "PETITIONS")).toBe(true);
    expect(steps.map((s) => s.occurredAt)).toEqual([...steps.map((s) => s.occurredAt)].sort());
    // The history is for residents too: no names in it.
    expect(JSON.stringify(steps)).not.toMatch(/李建国|张海明|1395711/);
  });

  it("shows a resident their progress with the last 4 digits of their phone, and nothing for a wrong answer", async () => {
    const code = await registerNeighbourDispute("13957114455");
    await gql(`mutation ($code: ID!) { dispatchDispute(code: $code, to: MEDIATION) { code } }`, { code });

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
    expect(record.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
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
