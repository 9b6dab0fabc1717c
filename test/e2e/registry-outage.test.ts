// 统一归集 survives the registry being down: departments keep working, their events wait in their own
// outboxes, and when the registry is back everything arrives, once, in order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSystem } from "@onedoor/shared/system/launcher";
import { graphql, startSystem, testDatabases, type TestDatabases } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { registerDispute } from "../support/registration.js";

describe("registry outage", () => {
  let databases: TestDatabases;
  let system: RunningSystem;
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(system.gatewayUrl, query, variables);
  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await gql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  beforeAll(async () => {
    databases = await testDatabases();
    system = await startSystem(databases, { env: { SEED_DEMO_DATA: "1", OUTBOX_POLL_MS: "200" } });
  });
  afterAll(async () => {
    await system?.stop();
    await databases?.drop();
  });

  const wageDispute = async () => {
    const code = await registerDispute(gql, {
      title: "装修工人追索劳务费",
      description: "申请人为某装修公司提供木工劳务，被拖欠劳务费，要求调解。",
      category: "劳动争议",
      region: "330122",
      amountInvolved: "12800",
      peopleInvolved: 1,
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "钱志强", residentId: residentId(), phone: "13905710011" }],
      respondents: [{ kind: "ORGANISATION", name: "桐庐某装饰工程有限公司" }],
    });
    await ok(`mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION }) { code } }`, { code });
    return code;
  };
  const accept = async (disputeCode: string, committeeId: string) =>
    ok<{ acceptMediationCase: { id: string } }>(
      `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
      {
        input: {
          disputeCode,
          committeeId,
          source: "DISPATCH",
          sourceReference: "桐矛派〔2026〕1123-09",
          participatingDepartments: [],
        },
      },
    );
  const mediationSteps = async (code: string) => {
    // Read inline, not with timelineOf: while the registry is down the answer is an error, and that is no step.
    const { body } = await gql<{ dispute: { timeline: { edges: { node: { source: string; type: string } }[] } } }>(
      `query ($code: ID!) { dispute(code: $code) { timeline { edges { node { source type } } } } }`,
      { code },
    );
    return (body.data?.dispute?.timeline.edges ?? [])
      .map((e) => e.node)
      .filter((s) => s.source === "MEDIATION")
      .map((s) => s.type);
  };
  /** Whether the mediation committee's inbox has read a notice about `disputeCode` from the registry. */
  const inboxHas = (disputeCode: string) =>
    system
      .output("mediation")
      .split("\n")
      .some((line) => line.includes("registry notices received") && line.includes(disputeCode));
  /** How often the mediation committee's relay has found the registry unreachable so far. */
  const failedDeliveries = () =>
    system.output("mediation").split("registry unreachable; events kept for retry").length - 1;

  it("loses no event while the registry is down and applies each once, in order, when it is back", async () => {
    const code = await wageDispute();
    // Dispatched now, accepted only after the mediation committee restarts below.
    const later = await wageDispute();
    const committees = await ok<{ committees: { edges: { node: { id: string; name: string } }[] } }>(
      `{ committees(first: 100) { edges { node { id name } } } }`,
    );
    const committeeId = committees.committees.edges.find((e) => e.node.name === "桐庐县劳动争议人民调解委员会")!.node
      .id;
    const mediators = await ok<{ mediators: { edges: { node: { id: string; name: string } }[] } }>(
      `query ($committeeId: ID) { mediators(filter: { committeeId: $committeeId }, first: 10) { edges { node { id name } } } }`,
      { committeeId },
    );
    const mediatorId = mediators.mediators.edges[0]!.node.id;

    // The committee has read both dispatches from the registry's feed (派件) before the registry goes away.
    await expect.poll(() => [code, later].every((c) => inboxHas(c)), { timeout: 15_000, interval: 100 }).toBe(true);
    const failedBefore = failedDeliveries();
    await system.stopProcess("petitions");

    // The mediation committee keeps working while the registry is away.
    const { acceptMediationCase } = await accept(code, committeeId);
    const caseId = acceptMediationCase.id;
    await ok(`mutation ($input: AssignMediatorInput!) { assignMediator(input: $input) { id } }`, {
      input: { caseId, mediatorId },
    });
    await ok(`mutation ($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id } }`, {
      input: {
        caseId,
        mode: "IN_PERSON",
        startsAt: new Date().toISOString(),
        place: "桐庐县社会治理综合服务中心调解室",
        attendees: ["申请人", "被申请人代表"],
        notes: "双方就劳务费金额分歧较大。",
      },
    });
    await ok(`mutation ($input: FailMediationInput!) { failMediation(input: $input) { id } }`, {
      input: { caseId, reason: "双方对劳务费金额分歧较大，调解不成", suggestedNextStep: "ARBITRATION" },
    });
    // The relay has tried while the registry was down, and kept the events.
    await expect.poll(failedDeliveries, { timeout: 15_000, interval: 100 }).toBeGreaterThan(failedBefore);

    await system.startSubgraph("petitions");

    const expected = ["MEDIATION_ACCEPTED", "MEDIATOR_ASSIGNED", "MEDIATION_SESSION_HELD", "MEDIATION_FAILED"];
    // The relay's retries back off up to 30 s while the registry is down (shared/src/events/outbox.ts), so the
    // next try may come that long after the registry is back.
    await expect.poll(() => mediationSteps(code), { timeout: 40_000, interval: 250 }).toEqual(expected);

    // The failed mediation named arbitration as the next step: the registry handed the dispute on, once.
    const { dispute } = await ok<{
      dispute: { leadOwner: string; handOffs: { toDepartment: string; status: string }[] };
    }>(`query ($code: ID!) { dispute(code: $code) { leadOwner handOffs { toDepartment status } } }`, { code });
    expect(dispute.handOffs).toEqual([{ toDepartment: "ARBITRATION", status: "PENDING" }]);
    expect(dispute.leadOwner).toBe("MEDIATION");

    // Restarting the department redelivers nothing that was already applied.
    await system.stopProcess("mediation");
    await system.startSubgraph("mediation");
    // A step recorded after the restart reaches the registry: the relay delivers oldest first, so anything it
    // would have sent again has been sent by then.
    await accept(later, committeeId);
    await expect.poll(() => mediationSteps(later), { timeout: 15_000, interval: 250 }).toEqual(["MEDIATION_ACCEPTED"]);
    expect(await mediationSteps(code)).toEqual(expected);
  }, 90_000);
});
