// Who may call each family of the registry's mutations, run in process on the schema: the roles the
// operation names may, everyone else is refused (UNAUTHENTICATED when anonymous, FORBIDDEN when signed in), and record checks
// (a resident's own dispute, the receiving department of a hand-off) come on top of the role.
import { describe, expect, it } from "vitest";
import type { Identity } from "@onedoor/shared/auth/identity";
import { caller, refusalOf, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import {
  ANONYMOUS,
  APPLICANT,
  ARBITRATOR,
  CLERK,
  COMMANDER,
  LEADER,
  MEDIATOR,
  OFFICER,
  registerDispute,
  SOMEONE_ELSE,
} from "../testing/callers.js";

const CLOSE = `mutation ($code: ID!) { closeDispute(input: { code: $code, outcome: RESOLVED_BY_AGREEMENT, result: "当场调解，双方和解" }) { status } }`;
const VISIT = `mutation ($code: ID!) { recordVisit(input: { code: $code, place: "综合受理窗口", purpose: "补充材料" }) { visitCount } }`;
const EVALUATE = `mutation ($code: ID!) { evaluateDispute(input: { code: $code, satisfaction: SATISFIED }) { evaluation { satisfaction } } }`;
const FILE = `mutation ($code: ID!) { filePetition(input: { code: $code }) { status } }`;
const HAND_OFF = `mutation ($code: ID!) { handOffDispute(input: { code: $code, to: ARBITRATION, reason: "涉及劳动报酬，转仲裁" }) { id status } }`;
const RESPOND = `mutation ($id: ID!) { respondToHandOff(input: { id: $id, accept: true }) { status } }`;
const DISPATCH_TO_MEDIATION = `mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION, reason: "当事人申请人民调解" }) { code } }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeAlert(input: { id: $id }) { status version } }`;

describe("who may call the registry's mutations", () => {
  const kit = useSubgraphKit(subgraph, { seed: true });

  /** The error code each caller gets (OK when none), in the callers' order. */
  const outcomes = async (callers: Identity[], source: string, variables: () => Promise<Record<string, unknown>>) => {
    const results: unknown[] = [];
    for (const identity of callers) results.push((await kit.run(identity, source, await variables())).codes[0] ?? "OK");
    return results;
  };
  /** Each caller refused: UNAUTHENTICATED when anonymous, FORBIDDEN when signed in. */
  const expectRefused = async (
    callers: Identity[],
    source: string,
    variables: () => Promise<Record<string, unknown>>,
  ) => expect(await outcomes(callers, source, variables)).toEqual(callers.map(refusalOf));
  const freshDispute = async () => ({ code: (await registerDispute(kit)).code });

  it("registration: the window's clerk only", async () => {
    const REGISTER = `mutation { registerDispute(input: { title: "x", description: "x", category: "x", region: "x", channel: WALK_IN, parties: [] }) { code } }`;
    const clerkOfAnotherDepartment = caller("intakeClerk", { department: "mediation" });
    const refused = [OFFICER, COMMANDER, MEDIATOR, clerkOfAnotherDepartment, APPLICANT, ANONYMOUS];
    expect(await outcomes(refused, REGISTER, async () => ({}))).toEqual(refused.map(refusalOf));
    expect((await registerDispute(kit)).version).toBe(1);
  });

  it("the window's steps: the roles each names, no one else", async () => {
    // Not yet dispatched, the window leads it: the window's staff and the commander close it.
    expect(await outcomes([CLERK, OFFICER, COMMANDER], CLOSE, freshDispute)).toEqual(["OK", "OK", "OK"]);
    await expectRefused([LEADER, APPLICANT, ANONYMOUS], CLOSE, freshDispute);
    // Staff of a department that does not lead it: refused by the closing rule, with its reason.
    expect(await outcomes([MEDIATOR], CLOSE, freshDispute)).toEqual(["INVALID_STATE"]);
    expect(await outcomes([CLERK, OFFICER], VISIT, freshDispute)).toEqual(["OK", "OK"]);
    await expectRefused([COMMANDER, MEDIATOR, ANONYMOUS], VISIT, freshDispute);
  });

  it("the closure: the lead department, not the window, once a department leads the dispute", async () => {
    const dispatched = async () => {
      const { code } = await freshDispute();
      const sent = await kit.run(CLERK, DISPATCH_TO_MEDIATION, { code });
      expect(sent.codes).toEqual([]);
      return { code };
    };
    expect(await outcomes([MEDIATOR, COMMANDER], CLOSE, dispatched)).toEqual(["OK", "OK"]);
    expect(await outcomes([CLERK, ARBITRATOR], CLOSE, dispatched)).toEqual(["INVALID_STATE", "INVALID_STATE"]);
    const { code } = await dispatched();
    const refused = await kit.run(CLERK, CLOSE, { code });
    expect(refused.errors[0]!.extensions).toMatchObject({
      reason: "NOT_LEAD",
      messageZh: expect.stringContaining("牵头部门"),
    });
  });

  it("the evaluation: the window or the party themself, not another resident", async () => {
    const closedDispute = async () => {
      const { code } = await freshDispute();
      await kit.run(CLERK, CLOSE, { code });
      return { code };
    };
    expect(await outcomes([APPLICANT, CLERK], EVALUATE, closedDispute)).toEqual(["OK", "OK"]);
    await expectRefused([SOMEONE_ELSE, MEDIATOR, COMMANDER, ANONYMOUS], EVALUATE, closedDispute);
  });

  it("petitions: the petitions officer only", async () => {
    expect(await outcomes([OFFICER], FILE, freshDispute)).toEqual(["OK"]);
    await expectRefused([CLERK, COMMANDER, MEDIATOR, ANONYMOUS], FILE, freshDispute);
  });

  it("hand-offs: the window or the commander sends one; only the receiving department or the commander answers", async () => {
    await expectRefused([MEDIATOR, OFFICER, ANONYMOUS], HAND_OFF, freshDispute);
    const handedOff = async () => {
      const { data, errors } = await kit.run(CLERK, HAND_OFF, await freshDispute());
      expect(errors).toEqual([]);
      return { id: data!.handOffDispute.id };
    };
    await expectRefused([MEDIATOR, CLERK, ANONYMOUS], RESPOND, handedOff);
    expect(await outcomes([ARBITRATOR, COMMANDER], RESPOND, handedOff)).toEqual(["OK", "OK"]);
  });

  it("alerts: the command center works them; leaders only read aggregates", async () => {
    const alerts = await kit.store().alert.findMany({ where: { status: "NEW" }, take: 3 });
    expect(alerts).toHaveLength(3);
    const ids = alerts.map((alert) => alert.id);
    const nextAlert = async () => ({ id: ids.shift() });
    await expectRefused([LEADER, MEDIATOR, APPLICANT, ANONYMOUS], ACKNOWLEDGE, async () => ({ id: alerts[0]!.id }));
    expect(await outcomes([COMMANDER, OFFICER, CLERK], ACKNOWLEDGE, nextAlert)).toEqual(["OK", "OK", "OK"]);
  });
});
