// Jurisdiction for arbitration through the gateway: the commission's staff and the commander see and act on
// only their own county's cases, at their own commission (one per county). Each attack has its control: the
// same request from the county and commission that hold the case succeeds.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { chinaDate, chinaDaysAgo } from "../support/calendar.js";
import { COMMANDER, STAFF, as, within, type Caller } from "../support/callers.js";
import { registeredAndSentTo } from "../support/registration.js";

const gql = sharedGateway(inject("gatewayUrl"));

const PUTUO = "330903"; // 舟山市普陀区
const TONGLU = "330122"; // 杭州市桐庐县
const PUTUO_COMMISSION = "普陀区劳动人事争议仲裁院";
const TONGLU_COMMISSION = "桐庐县劳动人事争议仲裁院";

// The commission holding the case; the same kind of body elsewhere; the right county with another county's body.
const putuoArbitrator = within(STAFF.arbitration, PUTUO, PUTUO_COMMISSION);
const tongluArbitrator = within(STAFF.arbitration, TONGLU, TONGLU_COMMISSION);
const wrongBody = within(STAFF.arbitration, PUTUO, TONGLU_COMMISSION);
const putuoCommander = within(COMMANDER, PUTUO);
const tongluCommander = within(COMMANDER, TONGLU);
const provinceCommander = within(COMMANDER, "330000");

/** A wage dispute at a fish-processing plant in 普陀区, for one worker. */
const wageDispute = (workerId: string) => ({
  title: "水产加工厂拖欠工人工资",
  description: "工人在普陀区沈家门某水产加工厂工作，近两个月工资共计一万六千元未发放，申请劳动仲裁。",
  category: "拖欠农民工工资",
  region: PUTUO,
  amountInvolved: "16000",
  channel: "WALK_IN",
  parties: [{ kind: "PERSON", name: "林海波", residentId: workerId, phone: "139 5801 2746" }],
  respondents: [{ kind: "ORGANISATION", name: "舟山普陀沈家门海鲜水产加工有限公司" }],
});

const application = (disputeCode: string, workerId: string) => ({
  disputeCode,
  applicants: [{ name: "林海波", residentId: workerId }],
  respondent: { name: "舟山普陀沈家门海鲜水产加工有限公司", creditCode: "91330122MA2H3K7P50" },
  claims: [
    {
      kind: "WAGE_ARREARS",
      description: "支付近两个月拖欠工资16000元",
      amount: "16000.00",
      knewOfInfringementOn: chinaDaysAgo(30),
      employmentEndedOn: chinaDaysAgo(30),
    },
  ],
});

const FILE = `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id status } }`;
const CASE = `query ($id: ID!) { arbitrationCase(id: $id) { id status } }`;
const DISPUTE_CASES = `query ($code: ID!) { dispute(code: $code) { code arbitrationCases { id } } }`;
const PARTY_CASES = `query ($id: ID!) { party(id: $id) { id arbitrationCases(first: 100) { edges { node { id } } } } }`;
const QUEUE = `query ($from: LocalDate) {
  arbitrationCases(filter: { from: $from }, first: 100) { edges { node { id disputeCode } } }
}`;
const ACCEPT = `mutation ($input: AcceptArbitrationCaseInput!) { acceptArbitrationCase(input: $input) { id status } }`;

const errorCodes = (errors: { extensions?: { code?: string } }[] | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

let workerId: string;
let code: string;
let caseId: string;
/** The day of the filing: the queue is read from here, so older cases do not crowd it. */
let filedFrom: string;

beforeAll(async () => {
  workerId = residentId({ region: PUTUO });
  code = await registeredAndSentTo(gql, wageDispute(workerId), "ARBITRATION");
  filedFrom = chinaDate(Date.now() - 60_000);
  const { body } = await gql<{ fileArbitrationApplication: { id: string } }>(
    FILE,
    { input: application(code, workerId) },
    await as(putuoArbitrator),
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  caseId = body.data!.fileArbitrationApplication.id;
});

/** The case as `caller` reaches it: by id, through its dispute, through its worker as a party, in the queue. */
async function read(caller: Caller) {
  const headers = await as(caller);
  const [byId, throughDispute, throughParty, queue] = await Promise.all([
    gql<{ arbitrationCase: { id: string } | null }>(CASE, { id: caseId }, headers),
    gql<{ dispute: { arbitrationCases: { id: string }[] } | null }>(DISPUTE_CASES, { code }, headers),
    gql<{ party: { arbitrationCases: { edges: { node: { id: string } }[] } } | null }>(
      PARTY_CASES,
      { id: partyIdOf({ residentId: workerId }) },
      headers,
    ),
    gql<{ arbitrationCases: { edges: { node: { id: string; disputeCode: string } }[] } }>(
      QUEUE,
      { from: filedFrom },
      headers,
    ),
  ]);
  const queued = queue.body.data?.arbitrationCases.edges.map((e) => e.node) ?? null;
  return {
    byId: byId.body.data?.arbitrationCase?.id ?? errorCodes(byId.body.errors),
    throughDispute:
      throughDispute.body.data?.dispute?.arbitrationCases.map((c) => c.id) ?? errorCodes(throughDispute.body.errors),
    throughParty:
      throughParty.body.data?.party?.arbitrationCases.edges.map((e) => e.node.id) ??
      errorCodes(throughParty.body.errors),
    queue: queued ? queued.some((c) => c.id === caseId) : errorCodes(queue.body.errors),
    queueCounties: queued ? [...new Set(queued.map((c) => c.disputeCode.slice(0, 6)))] : null,
  };
}

describe("a commission's case", () => {
  it("is read by the commission holding it, by id, through the dispute and the party, and in its queue", async () => {
    expect(await read(putuoArbitrator)).toEqual({
      byId: caseId,
      throughDispute: [caseId],
      throughParty: [caseId],
      queue: true,
      queueCounties: [PUTUO],
    });
  });

  it("is read by its county's commander", async () => {
    expect(await read(putuoCommander)).toMatchObject({
      byId: caseId,
      throughDispute: [caseId],
      throughParty: [caseId],
      queue: true,
    });
  });

  it("is refused to another county's commission and commander on each path, and left out of their queue", async () => {
    for (const caller of [tongluArbitrator, tongluCommander]) {
      const { queueCounties, ...seen } = await read(caller);
      // The registry refuses the dispute and its party to another county.
      expect(seen).toEqual({
        byId: ["FORBIDDEN"],
        throughDispute: ["FORBIDDEN"],
        throughParty: ["FORBIDDEN"],
        queue: false,
      });
      expect(queueCounties?.filter((county) => county !== TONGLU)).toEqual([]);
    }
  });

  it("is refused to a token of its county naming another county's commission, which lists nothing", async () => {
    expect(await read(wrongBody)).toEqual({
      byId: ["FORBIDDEN"],
      throughDispute: ["FORBIDDEN"],
      throughParty: [],
      queue: false,
      queueCounties: [],
    });
  });

  it("gives a province-level token no list at all, and no case", async () => {
    expect(await read(provinceCommander)).toEqual({
      byId: ["FORBIDDEN"],
      throughDispute: ["FORBIDDEN"],
      throughParty: ["FORBIDDEN"],
      queue: ["FORBIDDEN"],
      queueCounties: null,
    });
  });

  it("cannot be changed by another county's commission and stays as it was; its own commission changes it", async () => {
    const status = async () =>
      (await gql<{ arbitrationCase: { status: string } }>(CASE, { id: caseId }, await as(putuoArbitrator))).body.data
        ?.arbitrationCase.status;
    expect(await status()).toBe("RECEIVED");
    for (const caller of [tongluArbitrator, wrongBody]) {
      const { body } = await gql(ACCEPT, { input: { caseId } }, await as(caller));
      expect(errorCodes(body.errors)).toEqual(["FORBIDDEN"]);
      expect(JSON.stringify(body.errors)).toContain("该仲裁案件属于其他仲裁机构或县区");
    }
    expect(await status()).toBe("RECEIVED");
    // The control: the commission holding it accepts it.
    const { body } = await gql<{ acceptArbitrationCase: { status: string } }>(
      ACCEPT,
      { input: { caseId } },
      await as(putuoArbitrator),
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data!.acceptArbitrationCase.status).toBe("ACCEPTED");
  });
});

describe("an application on another county's dispute", () => {
  it("is refused to that county's neighbours, and filed by its own commission (the control)", async () => {
    const worker = residentId({ region: PUTUO });
    const another = await registeredAndSentTo(gql, wageDispute(worker), "ARBITRATION");
    for (const caller of [tongluArbitrator, wrongBody]) {
      const { body } = await gql(FILE, { input: application(another, worker) }, await as(caller));
      expect(errorCodes(body.errors)).toEqual(["FORBIDDEN"]);
    }
    // Naming 桐庐县's commission for a 普陀区 dispute does not make it 桐庐县's.
    const { body: named } = await gql(
      FILE,
      { input: { ...application(another, worker), commissionRegion: TONGLU } },
      await as(tongluArbitrator),
    );
    expect(errorCodes(named.errors)).toEqual(["FORBIDDEN"]);
    const { body: none } = await gql<{ dispute: { arbitrationCases: unknown[] } }>(
      DISPUTE_CASES,
      { code: another },
      await as(putuoArbitrator),
    );
    expect(none.data?.dispute.arbitrationCases).toEqual([]);
    const { body } = await gql<{ fileArbitrationApplication: { status: string } }>(
      FILE,
      { input: application(another, worker) },
      await as(putuoArbitrator),
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data!.fileArbitrationApplication.status).toBe("RECEIVED");
  });
});
