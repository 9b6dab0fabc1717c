// The data cockpit by region through the gateway: a county commander's figures are their county's, a region
// outside their claim is FORBIDDEN, a province account counts the counties under it. Each refusal has its
// control: the same question from a caller whose region holds it is answered.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { as, COCKPIT_VIEWER, COMMANDER, within, type Caller } from "../support/callers.js";

const gql = sharedGateway(inject("gatewayUrl"));

const PUTUO = "330903"; // 舟山市普陀区
const TONGLU = "330122"; // 杭州市桐庐县

const putuoCommander = within(COMMANDER, PUTUO);
const tongluCommander = within(COMMANDER, TONGLU);
const provinceLeader = within(COCKPIT_VIEWER, "330000");

/**
 * One China-time day about 170 days ahead (演练时间, within the gateway's half year): no other file registers
 * there, and never in the demo window. Figures are compared before and after all the same.
 */
const DAY = new Date(Date.now() + 170 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
const PERIOD = { from: DAY, to: DAY };
const AT_NOON = { "x-onedoor-simulated-time": new Date(`${DAY}T12:00:00+08:00`).toISOString() };

const COCKPIT = `query ($filter: CockpitFilter!) { cockpit(filter: $filter) {
  key regionCode
  intake { disputesAccepted { value } }
  overall { closedRate { denominator } }
  mediation { acceptedCases { value } }
  arbitration { accepted { value } }
  litigation { judicialConfirmationsApplied { value } }
  legalAid { applications { value } }
} }`;

interface Figures {
  key: string;
  regionCode: string | null;
  accepted: number;
}

const errorCodes = (errors: { extensions?: { code?: string } }[] | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

/** The cockpit for the period as `caller`, every section answered (a section's refusal would show as an error). */
async function cockpit(caller: Caller, regionCode?: string): Promise<Figures> {
  const { body } = await gql<{
    cockpit: { key: string; regionCode: string | null; intake: { disputesAccepted: { value: number } } };
  }>(COCKPIT, { filter: { ...PERIOD, ...(regionCode ? { regionCode } : {}) } }, await as(caller));
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const { key, regionCode: region, intake } = body.data!.cockpit;
  return { key, regionCode: region, accepted: intake.disputesAccepted.value };
}

/** What the cockpit answers `caller` for a region: the error codes (empty when answered). */
async function refusal(caller: Caller, regionCode: string): Promise<(string | undefined)[]> {
  const { body } = await gql(COCKPIT, { filter: { ...PERIOD, regionCode } }, await as(caller));
  return errorCodes(body.errors);
}

/** A walk-in matter registered in `region` at noon of the period's day, as the window's staff. */
async function registerIn(region: string): Promise<string> {
  const { body } = await gql<{ registerDispute: { code: string } }>(
    `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
    {
      input: {
        title: "相邻通行纠纷",
        description: "两户邻居因宅前通道被堆放杂物占用发生争执，请求调解。",
        category: "邻里",
        region,
        channel: "WALK_IN",
        parties: [{ kind: "PERSON", name: "应建国", residentId: residentId({ region }), phone: "139 5718 3052" }],
      },
    },
    AT_NOON,
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.registerDispute.code;
}

let before: Record<"putuo" | "tonglu" | "province" | "commander" | "putuoAsked", Figures>;
let after: typeof before;

const figures = async () => ({
  putuo: await cockpit(putuoCommander),
  tonglu: await cockpit(tongluCommander),
  province: await cockpit(provinceLeader),
  commander: await cockpit(COMMANDER),
  putuoAsked: await cockpit(COMMANDER, PUTUO),
});

beforeAll(async () => {
  before = await figures();
  const codes = [await registerIn(PUTUO), await registerIn(TONGLU)];
  expect(codes.map((code) => code.slice(0, 6))).toEqual([PUTUO, TONGLU]);
  after = await figures();
});

describe("the cockpit by the caller's region", () => {
  it("gives a county commander who names no region their own county: the 普陀区 dispute counts, the 桐庐县 one does not", () => {
    expect(after.putuo).toMatchObject({ key: `${DAY}|${DAY}|${PUTUO}|`, regionCode: PUTUO });
    expect(after.putuo.accepted - before.putuo.accepted).toBe(1);
    expect(after.tonglu).toMatchObject({ regionCode: TONGLU });
    expect(after.tonglu.accepted - before.tonglu.accepted).toBe(1);
    // The same figure as the unnarrowed commander's for 普陀区.
    expect(after.putuo.accepted).toBe(after.putuoAsked.accepted);
  });

  it("counts both counties for a province account, as for the unnarrowed commander (the control)", () => {
    expect(after.province).toMatchObject({ key: `${DAY}|${DAY}|330000|`, regionCode: "330000" });
    expect(after.province.accepted - before.province.accepted).toBe(2);
    expect(after.commander).toMatchObject({ key: `${DAY}|${DAY}||`, regionCode: null });
    expect(after.commander.accepted - before.commander.accepted).toBe(2);
  });

  it("refuses a 普陀区 commander another county, a town of it, or the province; his own county and town are answered", async () => {
    expect(await refusal(putuoCommander, TONGLU)).toEqual(["FORBIDDEN"]);
    expect(await refusal(putuoCommander, "330122101")).toEqual(["FORBIDDEN"]);
    expect(await refusal(putuoCommander, "330000")).toEqual(["FORBIDDEN"]);
    const { body } = await gql(COCKPIT, { filter: { ...PERIOD, regionCode: TONGLU } }, await as(putuoCommander));
    expect(body.errors?.[0]?.extensions?.messageZh).toContain("辖区");
    // Controls: his own county and a town of it; 桐庐县 for its own commander and for the province.
    expect(await refusal(putuoCommander, PUTUO)).toEqual([]);
    expect(await refusal(putuoCommander, "330903101")).toEqual([]);
    expect(await refusal(tongluCommander, TONGLU)).toEqual([]);
    expect((await cockpit(provinceLeader, TONGLU)).accepted).toBe((await cockpit(COMMANDER, TONGLU)).accepted);
  });

  it("lists a county commander's own county's alerts only: the 桐庐县 salon surge is not 普陀区's", async () => {
    const ALERTS = `{ alerts(filter: { kinds: [SURGE], statuses: [NEW, ACKNOWLEDGED, HANDLED] }, first: 100) { edges { node { summary disputeCodes } } } }`;
    const salonFor = async (caller: Caller) => {
      const { body } = await gql<{ alerts: { edges: { node: { summary: string; disputeCodes: string[] } }[] } }>(
        ALERTS,
        {},
        await as(caller),
      );
      expect(body.errors).toBeUndefined();
      return body.data!.alerts.edges.map((e) => e.node).find((a) => a.summary.includes("某连锁美容院"));
    };
    expect(await salonFor(putuoCommander)).toBeUndefined();
    // Control: 桐庐县's commander sees it with its evidence, all in his county.
    const salon = await salonFor(tongluCommander);
    expect(salon?.disputeCodes).toHaveLength(12);
    expect(salon!.disputeCodes.every((code) => code.startsWith(TONGLU))).toBe(true);
  });
});
