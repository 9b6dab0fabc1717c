// Jurisdiction of the court through the gateway: a county's court (诉讼服务中心) sees and acts on its own county's
// cases only; another county's court and commander are refused, the case is left out of their queue, and a
// province-level token lists none. Each attack has its control: the same request from the court holding the case.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { COMMANDER, STAFF, as, within, type Caller } from "../support/callers.js";
import { registeredAndSentTo } from "../support/registration.js";

const gql = sharedGateway(inject("gatewayUrl"));

const PUTUO = "330903"; // 舟山市普陀区
const TONGLU = "330122"; // 杭州市桐庐县
const PUTUO_COURT = "普陀区人民法院诉讼服务中心";

// The court that holds the case, the same kind of body in another county, a body of another kind.
const putuoClerk = within(STAFF.litigation, PUTUO, PUTUO_COURT);
const tongluClerk = within(STAFF.litigation, TONGLU, "桐庐县人民法院诉讼服务中心");
const committeeClerk = within(STAFF.litigation, PUTUO, "普陀区联合人民调解委员会");
const putuoCommander = within(COMMANDER, PUTUO);
const tongluCommander = within(COMMANDER, TONGLU);
const provinceCommander = within(COMMANDER, "330000");

/** A loan dispute in 普陀区, registered at the window and sent to the county's court. */
const loanDispute = () =>
  registeredAndSentTo(
    gql,
    {
      title: "民间借贷纠纷",
      description: "原告称被告借款三万元逾期未还，多次催讨未果，到中心要求起诉。",
      category: "合同",
      region: PUTUO,
      amountInvolved: "30000",
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "方志强", residentId: residentId({ region: PUTUO }), phone: "138 5712 3456" }],
    },
    "LITIGATION",
    PUTUO_COURT,
  );

const filing = (disputeCode: string) => ({
  disputeCode,
  causeOfActionCode: "PRIVATE_LENDING",
  trialProcedure: "SIMPLIFIED",
  parties: [
    { role: "PLAINTIFF", kind: "PERSON", name: "方志强" },
    { role: "DEFENDANT", kind: "PERSON", name: "钱小军" },
  ],
  claims: [{ description: "归还借款", amount: "30000" }],
});

const CASE = `query ($id: ID!) { courtCase(id: $id) { id status version } }`;
const DISPUTE_CASES = `query ($code: ID!) { dispute(code: $code) { code courtCases { id } } }`;
const QUEUE = `query ($code: String) { courtCases(filter: { disputeCode: $code }) { edges { node { id } } } }`;
const FILE = `mutation ($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { id } }`;
const JUDGE = `mutation ($id: ID!) { recordJudgment(input: { caseId: $id }) { id status } }`;

const errorCodes = (errors: { extensions?: { code?: string } }[] | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

let code: string;
let caseId: string;

beforeAll(async () => {
  code = await loanDispute();
  const { body } = await gql<{ fileCourtCase: { id: string } }>(FILE, { input: filing(code) }, await as(putuoClerk));
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  caseId = body.data!.fileCourtCase.id;
});

async function read(caller: Caller) {
  const [byId, throughDispute, queue] = await Promise.all([
    gql<{ courtCase: { id: string } | null }>(CASE, { id: caseId }, await as(caller)),
    gql<{ dispute: { courtCases: { id: string }[] | null } | null }>(DISPUTE_CASES, { code }, await as(caller)),
    gql<{ courtCases: { edges: { node: { id: string } }[] } }>(QUEUE, { code }, await as(caller)),
  ]);
  return {
    byId: byId.body.data?.courtCase?.id ?? errorCodes(byId.body.errors),
    throughDispute: throughDispute.body.data?.dispute?.courtCases?.map((c) => c.id) ?? null,
    queue: queue.body.data?.courtCases.edges.map((e) => e.node.id) ?? errorCodes(queue.body.errors),
  };
}

describe("a county court's case", () => {
  it("is read by the court holding it and its county's commander, by id, through the dispute and in the queue", async () => {
    const all = { byId: caseId, throughDispute: [caseId], queue: [caseId] };
    expect(await read(putuoClerk)).toEqual(all);
    expect(await read(putuoCommander)).toEqual(all);
  });

  it("is refused to another county's court, by id and through the dispute, and left out of its queue", async () => {
    expect(await read(tongluClerk)).toEqual({ byId: ["FORBIDDEN"], throughDispute: null, queue: [] });
  });

  it("is refused to another county's commander, and left out of the commander's queue", async () => {
    expect(await read(tongluCommander)).toEqual({ byId: ["FORBIDDEN"], throughDispute: null, queue: [] });
  });

  it("is refused to a court clerk's token naming a body of another kind", async () => {
    const { byId } = await read(committeeClerk);
    expect(byId).toEqual(["FORBIDDEN"]);
  });

  it("cannot be changed by another county's court, and stays as it was", async () => {
    for (const caller of [tongluClerk, committeeClerk]) {
      const { body } = await gql(JUDGE, { id: caseId }, await as(caller));
      expect(errorCodes(body.errors)).toEqual(["FORBIDDEN"]);
    }
    const { body } = await gql<{ courtCase: { status: string; version: number } }>(
      CASE,
      { id: caseId },
      await as(putuoClerk),
    );
    expect(body.data?.courtCase).toMatchObject({ status: "FILED", version: 1 });
  });

  it("cannot be filed by another county's court for this county's dispute; the county's own court files it", async () => {
    const another = await loanDispute();
    const refused = await gql(FILE, { input: filing(another) }, await as(tongluClerk));
    expect(errorCodes(refused.body.errors)).toEqual(["FORBIDDEN"]);
    const queue = await gql<{ courtCases: { edges: unknown[] } }>(QUEUE, { code: another }, await as(putuoClerk));
    expect(queue.body.data?.courtCases.edges).toEqual([]);
    const filed = await gql(FILE, { input: filing(another) }, await as(putuoClerk));
    expect(filed.body.errors, JSON.stringify(filed.body.errors)).toBeUndefined();
  });
});

describe("the court's queue", () => {
  it("holds only the caller's county's cases, narrowed in the query", async () => {
    const { body } = await gql<{ courtCases: { edges: { node: { disputeCode: string } }[] } }>(
      `{ courtCases(first: 100) { edges { node { disputeCode } } } }`,
      {},
      await as(tongluClerk),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.courtCases.edges.filter((e) => !e.node.disputeCode.startsWith(TONGLU))).toEqual([]);
  });

  it("is no list at all for a province-level token", async () => {
    const { body } = await gql(QUEUE, { code: null }, await as(provinceCommander));
    expect(errorCodes(body.errors)).toEqual(["FORBIDDEN"]);
  });
});
