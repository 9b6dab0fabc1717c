// The hotline's promise (首次响应): a matter the 12345 hotline passes on carries its work order, and the body
// it is sent to calls the resident back within the hour when it is urgent, within a working day otherwise.
// The call is a contact, not a run; the timeline says the matter came from 12345.
import { describe, expect, inject, it } from "vitest";
import { addWorkingMinutes } from "@onedoor/shared/clock/working-hours";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import { STAFF, as, resident } from "../support/callers.js";
import { residentId } from "../support/identities.js";
import { sentTo } from "../support/registration.js";
import { sharedGateway } from "../support/system.js";
import { timelineOf } from "../support/timeline.js";

const gql = sharedGateway(inject("gatewayUrl"));
const MINUTE = 60_000;

const DISPUTE = /* GraphQL */ `
  fragment FirstResponse on Dispute {
    code
    channel
    hotlineOrder {
      orderNumber
      calledAt
      requestType
      urgent
    }
    firstContactAt
    visitCount
    runs {
      runs
    }
    clocks {
      kind
      startedAt
      deadline
      state
      overdue
      onTime
    }
  }
`;

interface Clock {
  kind: string;
  startedAt: string;
  deadline: string;
  state: string;
  overdue: boolean;
  onTime: boolean | null;
}
interface FirstResponseView {
  code: string;
  channel: string;
  hotlineOrder: { orderNumber: string; calledAt: string; requestType: string; urgent: boolean } | null;
  firstContactAt: string | null;
  visitCount: number;
  runs: { runs: number };
  clocks: Clock[];
}

const REGISTER = `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { ...FirstResponse } } ${DISPUTE}`;
const READ = `query ($code: ID!) { dispute(code: $code) { ...FirstResponse } } ${DISPUTE}`;
const CONTACT = `mutation ($input: RecordPartyContactInput!) { recordPartyContact(input: $input) { ...FirstResponse } } ${DISPUTE}`;

/** A shopper's complaint passed on by the 12345 hotline in 普陀区 (the seeds' Putuo story). */
function hotlineMatter(order: Record<string, unknown> | null, over: Record<string, unknown> = {}) {
  return {
    title: "网购海鲜礼盒变质商家拒绝退款",
    description:
      "居民在沈家门某水产店网购海鲜礼盒，收货时已变质，商家以“生鲜不退不换”为由拒绝退款，居民拨打12345投诉。",
    category: "损害赔偿",
    region: "330903",
    amountInvolved: "688",
    channel: "HOTLINE_12345",
    parties: [{ kind: "PERSON", name: "林海燕", residentId: residentId(), phone: "13857291234" }],
    respondents: [{ kind: "ORGANISATION", name: "舟山市普陀区沈家门某水产商行" }],
    hotlineOrder: order,
    ...over,
  };
}

const orderNumber = () => `ZS12345-${Date.now().toString(36).toUpperCase()}-${Math.floor(Math.random() * 1e6)}`;
const firstResponse = (d: FirstResponseView) => d.clocks.find((c) => c.kind === "FIRST_RESPONSE");

async function register(input: Record<string, unknown>): Promise<FirstResponseView> {
  const { body } = await gql<{ registerDispute: FirstResponseView }>(REGISTER, { input });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.registerDispute;
}

describe("first response to a 12345 work order (首次响应)", () => {
  it("runs an urgent matter's clock in clock hours, which the mediator's call-back stops on time", async () => {
    const calledAt = new Date(Date.now() - 20 * MINUTE);
    const number = orderNumber();
    const registered = await register(
      hotlineMatter({ orderNumber: number, calledAt: calledAt.toISOString(), requestType: "COMPLAINT", urgent: true }),
    );
    expect(registered.hotlineOrder).toEqual({
      orderNumber: number,
      calledAt: calledAt.toISOString(),
      requestType: "COMPLAINT",
      urgent: true,
    });
    expect(firstResponse(registered)).toMatchObject({
      startedAt: calledAt.toISOString(),
      deadline: new Date(calledAt.getTime() + 60 * MINUTE).toISOString(),
      state: "RUNNING",
      overdue: false,
      onTime: null,
    });

    // Sent to mediation; the committee's mediator calls her back (a contact, not a run).
    await sentTo(gql, registered.code, "MEDIATION");
    const contactedAt = new Date(Date.now() - 5 * MINUTE);
    const { body } = await gql<{ recordPartyContact: FirstResponseView }>(
      CONTACT,
      {
        input: {
          code: registered.code,
          contactedAt: contactedAt.toISOString(),
          method: "PHONE",
          summary: "已电话联系当事人，约定今日下午到中心调解",
        },
      },
      await as(STAFF.mediation),
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const contacted = body.data!.recordPartyContact;
    expect(contacted.firstContactAt).toBe(contactedAt.toISOString());
    expect(firstResponse(contacted)).toMatchObject({ state: "STOPPED", overdue: false, onTime: true });
    expect({ visits: contacted.visitCount, runs: contacted.runs.runs }).toEqual({ visits: 0, runs: 0 });

    // The timeline names the channel and the order, and the call as the first response, without personal data.
    const steps = (await timelineOf<{ type: string; summary: string }>(gql, registered.code, "type summary"))!;
    expect(steps.find((s) => s.type === "DISPUTE_REGISTERED")!.summary).toContain(`12345热线转办（工单${number}）`);
    const contact = steps.find((s) => s.type === "PARTY_CONTACTED")!;
    expect(contact.summary).toBe("承办人员电话联系当事人（12345工单首次响应）");
    expect(JSON.stringify(steps)).not.toMatch(/林海燕|13857291234|约定今日/);
  });

  it("gives an ordinary matter one working day, and shows it overdue when nobody called", async () => {
    // Called long ago (before registration, as a work order may be): far more than a working day has passed.
    const calledAt = new Date(Date.now() - 30 * 24 * 60 * MINUTE);
    const registered = await register(
      hotlineMatter({ orderNumber: orderNumber(), calledAt: calledAt.toISOString(), requestType: "HELP" }),
    );
    expect(registered.hotlineOrder!.urgent).toBe(false);
    expect(firstResponse(registered)).toMatchObject({
      deadline: addWorkingMinutes(calledAt, 450, CN_HOLIDAY_CALENDAR).toISOString(),
      state: "OVERDUE",
      overdue: true,
    });
    // A matter without a work order has no first-response clock.
    const walkIn = await register(hotlineMatter(null, { channel: "WALK_IN" }));
    expect(firstResponse(walkIn)).toBeUndefined();
  });

  it("lists the work orders nobody has called back in time, and drops one once it is answered", async () => {
    const order = (minutesAgo: number, urgent: boolean) => ({
      orderNumber: orderNumber(),
      calledAt: new Date(Date.now() - minutesAgo * MINUTE).toISOString(),
      requestType: "COMPLAINT",
      urgent,
    });
    const urgentLate = await register(hotlineMatter(order(90, true)));
    const urgentInTime = await register(hotlineMatter(order(10, true)));
    const ordinaryLate = await register(hotlineMatter(order(30 * 24 * 60, false)));
    const answered = await register(hotlineMatter(order(120, true)));
    await sentTo(gql, answered.code, "MEDIATION");
    const contact = await gql(
      CONTACT,
      {
        input: { code: answered.code, contactedAt: new Date().toISOString(), method: "SMS", summary: "短信告知已受理" },
      },
      await as(STAFF.mediation),
    );
    expect(contact.body.errors, JSON.stringify(contact.body.errors)).toBeUndefined();

    const ours = new Set([urgentLate, urgentInTime, ordinaryLate, answered].map((d) => d.code));
    const queue = async (overdue: boolean) => {
      const { body } = await gql<{ disputes: { edges: { node: { code: string } }[] } }>(
        `query ($filter: DisputeFilter) { disputes(filter: $filter, first: 100) { edges { node { code } } } }`,
        { filter: { firstResponseOverdue: overdue, regionCode: "330903", channel: "HOTLINE_12345" } },
        await as(STAFF.petitions),
      );
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data!.disputes.edges.map((e) => e.node.code).filter((code) => ours.has(code));
    };
    expect((await queue(true)).sort()).toEqual([urgentLate.code, ordinaryLate.code].sort());
    expect(await queue(false)).toEqual([urgentInTime.code]);
  });

  it("refuses a work order off the hotline, a contact by someone not handling it, and one before the call", async () => {
    const walkIn = await gql(REGISTER, {
      input: hotlineMatter(
        { orderNumber: orderNumber(), calledAt: new Date().toISOString(), requestType: "COMPLAINT" },
        { channel: "WALK_IN" },
      ),
    });
    expect(walkIn.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [{ field: ["input", "hotlineOrder"], reason: "CHANNEL" }],
    });
    const badNumber = await gql(REGISTER, {
      input: hotlineMatter({ orderNumber: "工单 1", calledAt: new Date().toISOString(), requestType: "COMPLAINT" }),
    });
    expect(badNumber.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [{ field: ["input", "hotlineOrder", "orderNumber"], reason: "FORMAT" }],
    });

    const calledAt = new Date(Date.now() - 10 * MINUTE);
    const registered = await register(
      hotlineMatter({ orderNumber: orderNumber(), calledAt: calledAt.toISOString(), requestType: "COMPLAINT" }),
    );
    await sentTo(gql, registered.code, "MEDIATION");
    const contact = (contactedAt: Date) => ({
      input: { code: registered.code, contactedAt: contactedAt.toISOString(), method: "PHONE", summary: "电话回访" },
    });
    // Another department sees a summary of the dispute, and may not add to it; a resident may not at all.
    const byArbitration = await gql(CONTACT, contact(new Date()), await as(STAFF.arbitration));
    expect(byArbitration.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byResident = await gql(CONTACT, contact(new Date()), await as(resident(residentId())));
    expect(byResident.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const early = await gql(CONTACT, contact(new Date(calledAt.getTime() - MINUTE)), await as(STAFF.mediation));
    expect(early.body.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "BEFORE_START",
      messageZh: "联系时间不能早于来电或登记时间",
    });
    const read = await gql<{ dispute: FirstResponseView }>(READ, { code: registered.code });
    expect(read.body.data!.dispute.firstContactAt).toBeNull();
    expect(firstResponse(read.body.data!.dispute)!.state).toBe("RUNNING");
  });

  it("shows the seeded 12345 group complaint with its work order, answered within the hour, on its timeline", async () => {
    const staff = await as(STAFF.petitions);
    const read = await gql<{ dispute: FirstResponseView }>(READ, { code: "330122260000042" }, staff);
    const salon = read.body.data!.dispute;
    expect(salon.hotlineOrder).toEqual({
      orderNumber: "ZJ12345-20260903-330122-0417",
      calledAt: "2026-09-03T07:20:00.000Z",
      requestType: "COMPLAINT",
      urgent: true,
    });
    expect(salon.firstContactAt).toBe("2026-09-03T07:58:00.000Z");
    expect(firstResponse(salon)).toMatchObject({
      state: "STOPPED",
      onTime: true,
      deadline: "2026-09-03T08:20:00.000Z",
    });
    const steps = await timelineOf<{ type: string; summary: string }>(gql, salon.code, "type summary", staff);
    expect(steps!.find((s) => s.type === "DISPUTE_REGISTERED")!.summary).toContain(
      "12345热线转办（工单ZJ12345-20260903-330122-0417）",
    );
    expect(steps!.find((s) => s.type === "PARTY_CONTACTED")!.summary).toBe(
      "承办人员电话联系当事人（12345工单首次响应）",
    );
  });
});
