// Jurisdiction through the gateway: staff see and act on their own county's records, and a department's
// staff only on what was sent to their own body; full ID numbers never come back in a list. Each attack
// has its control: the same request from the body or county that holds the record succeeds.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { COMMANDER, STAFF, as, within, type Caller } from "../support/callers.js";
import { registerDispute, registeredAndSentTo } from "../support/registration.js";

const gql = sharedGateway(inject("gatewayUrl"));

const PUTUO = "330903"; // 舟山市普陀区
const TONGLU = "330122"; // 杭州市桐庐县
const FISHERY = "普陀区海事渔业人民调解委员会";

// The committee that holds the case, another committee of the same county, the same kind of body elsewhere.
const fisheryMediator = within(STAFF.mediation, PUTUO, FISHERY);
const otherCommittee = within(STAFF.mediation, PUTUO, "普陀区联合人民调解委员会");
const otherCounty = within(STAFF.mediation, TONGLU, "桐庐县联合人民调解委员会");
const putuoCommander = within(COMMANDER, PUTUO);
const tongluCommander = within(COMMANDER, TONGLU);
const provinceCommander = within(COMMANDER, "330000");
const tongluClerk = within(STAFF.petitions, TONGLU, "桐庐县社会治理综合服务中心综合调处窗口");

/** A fishing-boat quarrel in 普陀区 with one applicant whose full ID number the tests look for. */
const boatQuarrel = (applicantId: string) => ({
  title: "渔船停泊位置纠纷",
  description: "两户渔民因码头停泊位置发生争执，渔船碰擦受损，请求调解。",
  category: "海事渔事",
  region: PUTUO,
  channel: "WALK_IN",
  parties: [{ kind: "PERSON", name: "王海军", residentId: applicantId, phone: "139 5718 3052" }],
});

const CASE = `query ($id: ID!) { mediationCase(id: $id) { id disputeCode committee failureReason } }`;
const DISPUTE_CASES = `query ($code: ID!) { dispute(code: $code) { code mediationCases { id } } }`;
const QUEUE = `query ($code: String) { mediationCases(filter: { disputeCode: $code }) { edges { node { id } } } }`;
const WITHDRAW = `mutation ($input: WithdrawMediationInput!) { withdrawMediation(input: $input) { id status } }`;
const ACCEPT = `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`;

const errorCodes = (errors: { extensions?: { code?: string } }[] | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

let applicantId: string;
let code: string;
let caseId: string;
let fisheryId: string;

beforeAll(async () => {
  applicantId = residentId({ region: PUTUO });
  code = await registeredAndSentTo(gql, boatQuarrel(applicantId), "MEDIATION", FISHERY);
  const { body: list } = await gql<{ committees: { edges: { node: { id: string; name: string } }[] } }>(
    `{ committees(first: 100) { edges { node { id name } } } }`,
  );
  fisheryId = list.data!.committees.edges.find((e) => e.node.name === FISHERY)!.node.id;
  const { body } = await gql<{ acceptMediationCase: { id: string } }>(
    ACCEPT,
    { input: { disputeCode: code, committeeId: fisheryId, source: "DISPATCH" } },
    await as(fisheryMediator),
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  caseId = body.data!.acceptMediationCase.id;
});

async function read(caller: Caller) {
  const [byId, throughDispute, queue] = await Promise.all([
    gql<{ mediationCase: { id: string } | null }>(CASE, { id: caseId }, await as(caller)),
    gql<{ dispute: { mediationCases: { id: string }[] } | null }>(DISPUTE_CASES, { code }, await as(caller)),
    gql<{ mediationCases: { edges: { node: { id: string } }[] } }>(QUEUE, { code }, await as(caller)),
  ]);
  return {
    byId: byId.body.data?.mediationCase?.id ?? errorCodes(byId.body.errors),
    throughDispute: throughDispute.body.data?.dispute?.mediationCases.map((c) => c.id) ?? null,
    queue: queue.body.data?.mediationCases.edges.map((e) => e.node.id) ?? errorCodes(queue.body.errors),
  };
}

describe("a committee's case", () => {
  it("is read by the committee holding it", async () => {
    expect(await read(fisheryMediator)).toEqual({ byId: caseId, throughDispute: [caseId], queue: [caseId] });
  });

  it("is refused to a mediator of another committee of the same county, by id, through the dispute and in a queue", async () => {
    expect(await read(otherCommittee)).toEqual({ byId: ["FORBIDDEN"], throughDispute: null, queue: [] });
  });

  it("is refused to a mediator of another county", async () => {
    expect(await read(otherCounty)).toEqual({ byId: ["FORBIDDEN"], throughDispute: null, queue: [] });
  });

  it("cannot be changed by another committee or county, and stays as it was", async () => {
    for (const caller of [otherCommittee, otherCounty]) {
      const { body } = await gql(WITHDRAW, { input: { caseId, reason: "申请人撤回调解申请" } }, await as(caller));
      expect(errorCodes(body.errors)).toEqual(["FORBIDDEN"]);
    }
    const { body } = await gql<{ mediationCase: { id: string; status?: string } }>(
      `query ($id: ID!) { mediationCase(id: $id) { id status } }`,
      { id: caseId },
      await as(fisheryMediator),
    );
    expect(body.data?.mediationCase.status).toBe("ACCEPTED");
  });

  it("cannot be accepted in another committee's name or for another county's dispute", async () => {
    const another = await registeredAndSentTo(gql, boatQuarrel(residentId({ region: PUTUO })), "MEDIATION", FISHERY);
    for (const caller of [otherCommittee, otherCounty]) {
      const { body } = await gql(
        ACCEPT,
        { input: { disputeCode: another, committeeId: fisheryId, source: "DISPATCH" } },
        await as(caller),
      );
      expect(errorCodes(body.errors)).toEqual(["FORBIDDEN"]);
    }
  });
});

describe("a county's disputes", () => {
  const LIST = `query ($region: String) { disputes(filter: { regionCode: $region }, first: 100) { edges { node { code } } } }`;

  it("are seen by their county's commander, and not by another county's", async () => {
    const seen = async (caller: Caller) => {
      const { body } = await gql<{ dispute: { code: string } | null }>(
        `query ($code: ID!) { dispute(code: $code) { code } }`,
        { code },
        await as(caller),
      );
      return body.data?.dispute?.code ?? errorCodes(body.errors);
    };
    expect(await seen(putuoCommander)).toBe(code);
    expect(await seen(tongluCommander)).toEqual(["FORBIDDEN"]);
  });

  it("are left out of another county's lists in the query itself, and a province sees no list at all", async () => {
    const list = async (caller: Caller, region: string | null) => {
      const { body } = await gql<{ disputes: { edges: { node: { code: string } }[] } }>(
        LIST,
        { region },
        await as(caller),
      );
      return body.data?.disputes.edges.map((e) => e.node.code) ?? errorCodes(body.errors);
    };
    expect(await list(putuoCommander, PUTUO)).toContain(code);
    expect(await list(tongluCommander, PUTUO)).toEqual([]);
    const tonglu = await list(tongluCommander, null);
    expect(tonglu.length).toBeGreaterThan(0);
    expect(tonglu.every((c) => String(c).startsWith(TONGLU))).toBe(true);
    expect(await list(provinceCommander, null)).toEqual(["FORBIDDEN"]);
  });

  it("are left out of another county's hand-off list", async () => {
    const handOffs = async (caller: Caller) => {
      const { body } = await gql<{ handOffs: { edges: { node: { disputeCode: string } }[] } }>(
        `{ handOffs(first: 100) { edges { node { disputeCode } } } }`,
        {},
        await as(caller),
      );
      expect(body.errors).toBeUndefined();
      return body.data!.handOffs.edges.map((e) => e.node.disputeCode);
    };
    // A hand-off in 桐庐县: the unnarrowed commander sees it with every county's.
    const tongluCode = await registeredAndSentTo(
      gql,
      { ...boatQuarrel(residentId()), region: TONGLU, category: "邻里" },
      "MEDIATION",
    );
    const { body: handedOff } = await gql(
      `mutation ($code: ID!) { handOffDispute(input: { code: $code, to: ARBITRATION, reason: "涉及劳动报酬，转仲裁" }) { id } }`,
      { code: tongluCode },
      await as(COMMANDER),
    );
    expect(handedOff.errors, JSON.stringify(handedOff.errors)).toBeUndefined();
    const all = await handOffs(COMMANDER);
    expect(all.some((c) => c.startsWith(TONGLU))).toBe(true);
    const putuo = await handOffs(putuoCommander);
    expect(putuo.filter((c) => !c.startsWith(PUTUO))).toEqual([]);
  });

  it("open their parties to their county's commander, and not to another county's", async () => {
    const party = async (caller: Caller) => {
      const { body } = await gql<{
        party: { displayName: string; disputes: { edges: { node: { code: string } }[] } } | null;
      }>(
        `query ($id: ID!) { party(id: $id) { displayName disputes { edges { node { code } } } } }`,
        { id: partyIdOf({ residentId: applicantId }) },
        await as(caller),
      );
      const party = body.data?.party;
      return party
        ? { displayName: party.displayName, disputes: party.disputes.edges.map((e) => e.node) }
        : errorCodes(body.errors);
    };
    expect(await party(putuoCommander)).toEqual({ displayName: "王海军", disputes: [{ code }] });
    expect(await party(tongluCommander)).toEqual(["FORBIDDEN"]);
  });

  it("are registered only by their own county's window", async () => {
    const { body } = await gql(
      `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
      { input: boatQuarrel(residentId({ region: PUTUO })) },
      await as(tongluClerk),
    );
    expect(errorCodes(body.errors)).toEqual(["FORBIDDEN"]);
    const tongluCode = await registerDispute(gql, { ...boatQuarrel(residentId()), region: TONGLU, category: "邻里" });
    expect(tongluCode.startsWith(TONGLU)).toBe(true);
  });
});

describe("full ID numbers", () => {
  it("come back for one dispute read by code", async () => {
    const { body } = await gql<{ dispute: { parties: { residentIdFull: string | null }[] } }>(
      `query ($code: ID!) { dispute(code: $code) { parties { residentIdFull } } }`,
      { code },
      await as(putuoCommander),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.dispute.parties.map((p) => p.residentIdFull)).toEqual([applicantId]);
  });

  it("never come back in a list, whatever the role", async () => {
    for (const caller of [putuoCommander, COMMANDER]) {
      const { body } = await gql<{ disputes: { edges: { node: { parties: { residentIdFull: string | null }[] } }[] } }>(
        `{ disputes(filter: { department: MEDIATION }, first: 50) { edges { node { code parties { residentIdFull } } } } }`,
        {},
        await as(caller),
      );
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(new Set(body.errors!.map((e) => (e.extensions as { reason?: string }).reason))).toEqual(
        new Set(["BULK_PERSONAL_DATA"]),
      );
      expect(errorCodes(body.errors)).toContain("FORBIDDEN");
      const text = JSON.stringify(body.data);
      expect(text).not.toContain(applicantId);
      expect(text).not.toMatch(/\d{17}[\dX]/);
    }
  });
});
