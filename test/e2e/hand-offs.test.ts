// 件件有着落: hand-offs between departments keep exactly one lead owner at every moment.
import { describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { chinaDaysAgo } from "../support/calendar.js";

const gql = sharedGateway(inject("gatewayUrl"));

async function dispatchedWageDispute(headers: Record<string, string> = {}): Promise<string> {
  const registered = await gql<{ registerDispute: { code: string } }>(
    `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
    {
      input: {
        title: "加工厂拖欠工资",
        description: "申请人在某加工厂工作，被拖欠两个月工资，多次催讨未果。",
        category: "劳动争议",
        region: "330122",
        amountInvolved: "9600",
        peopleInvolved: 1,
        channel: "WALK_IN",
        parties: [{ kind: "PERSON", name: "吴小军", residentId: residentId(), phone: "13706718899" }],
        respondents: [{ kind: "ORGANISATION", name: "桐庐某加工厂" }],
      },
    },
    headers,
  );
  expect(registered.body.errors).toBeUndefined();
  const code = registered.body.data!.registerDispute.code;
  const dispatched = await gql(
    `mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION }) { code } }`,
    { code },
    headers,
  );
  expect(dispatched.body.errors).toBeUndefined();
  return code;
}

const OWNER = `query ($code: ID!) { dispute(code: $code) { leadOwner handlingBody handOffs { status toDepartment } timeline { edges { node { type } } } } }`;
interface OwnerView {
  dispute: {
    leadOwner: string;
    handlingBody: string;
    handOffs: { status: string; toDepartment: string }[];
    timeline: { edges: { node: { type: string } }[] };
  };
}
const HAND_OFF = `mutation ($code: ID!, $reason: String!) { handOffDispute(input: { code: $code, to: ARBITRATION, reason: $reason }) { id status respondBy fromDepartment } }`;

describe("hand-offs", () => {
  it("the sender leads until the receiver accepts; then the receiver leads", async () => {
    const code = await dispatchedWageDispute();
    const requested = await gql<{
      handOffDispute: { id: string; status: string; fromDepartment: string; respondBy: string };
    }>(HAND_OFF, {
      code,
      reason: "调解不成，申请人要求劳动仲裁",
    });
    expect(requested.body.errors).toBeUndefined();
    expect(requested.body.data!.handOffDispute).toMatchObject({ status: "PENDING", fromDepartment: "MEDIATION" });
    expect((await gql<OwnerView>(OWNER, { code })).body.data!.dispute.leadOwner).toBe("MEDIATION");

    // A second hand-off while one waits is refused.
    const again = await gql(HAND_OFF, { code, reason: "重复移交" });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "HAND_OFF_PENDING" });

    const accepted = await gql(
      `mutation ($id: ID!) { respondToHandOff(input: { id: $id, accept: true }) { status } }`,
      {
        id: requested.body.data!.handOffDispute.id,
      },
    );
    expect(accepted.body.errors).toBeUndefined();
    const view = (await gql<OwnerView>(OWNER, { code })).body.data!.dispute;
    expect(view.leadOwner).toBe("ARBITRATION");
    expect(view.handlingBody).toContain("劳动人事争议仲裁委员会");
    expect(view.timeline.edges.map((e) => e.node.type)).toEqual(
      expect.arrayContaining(["HANDOFF_REQUESTED", "HANDOFF_ACCEPTED"]),
    );
  });

  it("a rejected hand-off returns the dispute to the catch-all window, on the commander's list", async () => {
    const code = await dispatchedWageDispute();
    const requested = await gql<{ handOffDispute: { id: string } }>(HAND_OFF, { code, reason: "移交仲裁" });
    const id = requested.body.data!.handOffDispute.id;

    const withoutReason = await gql(
      `mutation ($id: ID!) { respondToHandOff(input: { id: $id, accept: false }) { status } }`,
      {
        id,
      },
    );
    expect(withoutReason.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const rejected = await gql(
      `mutation ($id: ID!) { respondToHandOff(input: { id: $id, accept: false, reason: "尚未经劳动争议调解，且申请材料不全" }) { status responseReason } }`,
      { id },
    );
    expect(rejected.body.errors).toBeUndefined();
    expect((await gql<OwnerView>(OWNER, { code })).body.data!.dispute.leadOwner).toBe("COMPREHENSIVE_WINDOW");

    const returned = await gql<{ handOffs: { edges: { node: { id: string; disputeCode: string } }[] } }>(
      `{ handOffs(filter: { statuses: [REJECTED, EXPIRED] }, first: 100) { edges { node { id disputeCode } } } }`,
    );
    expect(returned.body.data!.handOffs.edges.map((e) => e.node.id)).toContain(id);

    const answeredTwice = await gql(
      `mutation ($id: ID!) { respondToHandOff(input: { id: $id, accept: true }) { status } }`,
      {
        id,
      },
    );
    expect(answeredTwice.body.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "ANSWERED" });
  });

  it("an unanswered hand-off expires after its working days and returns the dispute to the catch-all window", async () => {
    // Played in the simulated past (演练时间): the story starts twenty days ago, so the hand-off's three working
    // days are over now whatever holidays lie between (the longest, 春节, is nine days). Expiry always runs on real time.
    // Each step gets its own, later simulated time: a request acts at the time its header gives plus the time
    // it has taken, so two steps sent with the same header could be recorded in either order.
    const storyStart = Date.now() - 20 * 86_400_000;
    const at = (minutes: number) => ({
      "x-onedoor-simulated-time": new Date(storyStart + minutes * 60_000).toISOString(),
    });
    const code = await dispatchedWageDispute(at(0));
    const requested = await gql<{ handOffDispute: { id: string; status: string; respondBy: string } }>(
      HAND_OFF,
      { code, reason: "调解不成，移交仲裁" },
      at(60),
    );
    expect(requested.body.errors).toBeUndefined();
    const { id, status, respondBy } = requested.body.data!.handOffDispute;
    expect(status).toBe("PENDING");
    expect(Date.parse(respondBy)).toBeLessThan(Date.now());

    // The commander's list finds it expired, and the window catches the dispute (兜底).
    const listed = await gql<{ handOffs: { edges: { node: { id: string; status: string } }[] } }>(
      `{ handOffs(filter: { statuses: [EXPIRED] }, first: 100) { edges { node { id status } } } }`,
    );
    expect(listed.body.data!.handOffs.edges.map((e) => e.node.id)).toContain(id);
    const view = (await gql<OwnerView>(OWNER, { code })).body.data!.dispute;
    expect(view.leadOwner).toBe("COMPREHENSIVE_WINDOW");
    expect(view.handOffs).toEqual([{ status: "EXPIRED", toDepartment: "ARBITRATION" }]);
    expect(view.timeline.edges.map((e) => e.node.type).slice(-2)).toEqual(["HANDOFF_REQUESTED", "HANDOFF_EXPIRED"]);

    const late = await gql(`mutation ($id: ID!) { respondToHandOff(input: { id: $id, accept: true }) { status } }`, {
      id,
    });
    expect(late.body.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "ANSWERED" });
    const withoutOwner = await gql<{ disputes: { totalCount: number; edges: { node: { code: string } }[] } }>(
      `{ disputes(filter: { withoutLeadDepartment: true }, first: 100) { totalCount edges { node { code } } } }`,
    );
    expect(withoutOwner.body.data!.disputes).toEqual({ totalCount: 0, edges: [] });
  });

  it("no open, dispatched dispute is ever without a lead owner", async () => {
    const { body } = await gql<{ disputes: { totalCount: number; edges: { node: { code: string } }[] } }>(
      `{ disputes(filter: { withoutLeadDepartment: true }, first: 100) { totalCount edges { node { code } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.disputes).toEqual({ totalCount: 0, edges: [] });
  });

  it("a petition routed out to arbitration is handed to it, and arbitration filing the application takes it", async () => {
    const code = await dispatchedWageDispute();
    await gql(`mutation ($code: ID!) { filePetition(input: { code: $code }) { status } }`, { code });
    const routed = await gql(
      `mutation ($code: ID!) { advancePetition(input: { code: $code, type: ROUTE_OUT, routeTo: ARBITRATION }) { status } }`,
      { code },
    );
    expect(routed.body.errors).toBeUndefined();
    expect((await gql<OwnerView>(OWNER, { code })).body.data!.dispute.handOffs).toEqual([
      { status: "PENDING", toDepartment: "ARBITRATION" },
    ]);

    const filed = await gql(
      `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id } }`,
      {
        input: {
          disputeCode: code,
          applicants: [{ name: "吴小军", residentId: residentId() }],
          respondent: { name: "桐庐某加工厂", creditCode: "91330122MA2KDL8Q7N" },
          claims: [
            {
              kind: "WAGE_ARREARS",
              description: "支付两个月工资9600元",
              amount: "9600.00",
              knewOfInfringementOn: chinaDaysAgo(30),
            },
          ],
          evidence: [{ title: "工资条", submittedBy: "申请人" }],
        },
      },
    );
    expect(filed.body.errors).toBeUndefined();
    await expect
      .poll(async () => (await gql<OwnerView>(OWNER, { code })).body.data!.dispute.leadOwner, {
        timeout: 15_000,
        interval: 250,
      })
      .toBe("ARBITRATION");
  });
});
