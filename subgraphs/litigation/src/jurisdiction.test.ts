// Jurisdiction (管辖) on the court's schema: a county's court reads, lists and acts on its own county's cases
// only; another county's court and commander are refused each, and an aggregate-level token lists nothing.
// Each refusal has its control: the same request from the court that holds the case succeeds.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_COURT_BODIES } from "@onedoor/shared/demo/court-directory";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { courtPartyId } from "./domain/access.js";
import { subgraph } from "./subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const PUTUO = "330903"; // 舟山市普陀区
const TONGLU = "330122"; // 杭州市桐庐县
const clerkAt = (region: string, organization: string) =>
  caller("courtClerk", { department: "litigation", region, organization });
const PUTUO_CLERK = clerkAt(PUTUO, "普陀区人民法院诉讼服务中心");
const TONGLU_CLERK = clerkAt(TONGLU, "桐庐县人民法院诉讼服务中心");
/** A court clerk's role with a token naming another kind of body in the right county. */
const COMMITTEE_CLERK = clerkAt(PUTUO, "普陀区联合人民调解委员会");
const TONGLU_COMMANDER = caller("commander", { region: TONGLU });
const PROVINCE_COMMANDER = caller("commander", { region: "330000" });

const PLAINTIFF_ID = "33090319780923401X";
let sequence = 840_000;
const freshCode = (region: string) => formatDisputeCode({ region, year: 2026, sequence: ++sequence });

const filing = (disputeCode: string, courtRegionCode?: string) => ({
  disputeCode,
  ...(courtRegionCode ? { courtRegionCode } : {}),
  causeOfActionCode: "PRIVATE_LENDING",
  trialProcedure: "SIMPLIFIED",
  parties: [
    { role: "PLAINTIFF", kind: "PERSON", name: "王海军", idNumber: PLAINTIFF_ID },
    { role: "DEFENDANT", kind: "PERSON", name: "陈阿福" },
  ],
  claims: [{ description: "归还借款", amount: "30000" }],
});

const FILE = `mutation ($v: FileCourtCaseInput!) { r: fileCourtCase(input: $v) { id status version } }`;
const JUDGE = `mutation ($id: ID!) { r: recordJudgment(input: { caseId: $id }) { id status } }`;
const BY_ID = `query ($id: ID!) { courtCase(id: $id) { id } }`;
const QUEUE = `query ($code: String) { courtCases(filter: { disputeCode: $code }) { totalCount edges { node { id } } } }`;
const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on CourtCase { id }
  ... on Dispute { disputeCases: courtCases { id } }
  ... on Party { partyCases: courtCases(first: 100) { edges { node { id } } } }
} }`;

describe("a county court's case", () => {
  const kit = useSubgraphKit(subgraph);
  // The courts' bodies as the court seeds them: a case opens in one of them.
  beforeAll(() => kit.store().courtBody.createMany({ data: DEMO_COURT_BODIES }));

  /** A Putuo dispute the registry sent to the court, filed by Putuo's court. */
  async function putuoCase(): Promise<{ id: string; code: string }> {
    const code = freshCode(PUTUO);
    await kit.notify(code);
    const result = await kit.run(PUTUO_CLERK, FILE, { v: filing(code) });
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
    return { id: (result.data!.r as { id: string }).id, code };
  }

  async function reads(identity: ReturnType<typeof caller>, { id, code }: { id: string; code: string }) {
    const partyId = courtPartyId("PERSON", PLAINTIFF_ID)!;
    const [byId, entity, dispute, party, queue] = await Promise.all([
      kit.run(identity, BY_ID, { id }),
      kit.run(identity, ENTITIES, { r: [{ __typename: "CourtCase", id }] }),
      kit.run(identity, ENTITIES, { r: [{ __typename: "Dispute", code }] }),
      kit.run(identity, ENTITIES, { r: [{ __typename: "Party", id: partyId }] }),
      kit.run(identity, QUEUE, { code }),
    ]);
    const ids = (list: { id: string }[] | undefined) => list?.map((c) => c.id);
    return {
      byId: byId.data?.courtCase?.id ?? byId.codes,
      entity: entity.data?._entities?.[0]?.id ?? entity.codes,
      dispute: ids(dispute.data?._entities?.[0]?.disputeCases) ?? dispute.codes,
      // The party may appear in other files' cases: only this one matters here.
      party:
        ids(party.data?._entities?.[0]?.partyCases?.edges.map((e: { node: { id: string } }) => e.node))?.filter(
          (c) => c === id,
        ) ?? party.codes,
      queue: queue.data?.courtCases.edges.map((e: { node: { id: string } }) => e.node.id) ?? queue.codes,
    };
  }

  it("is read by its own court by id, by key, through the dispute and the party, and in the queue", async () => {
    const record = await putuoCase();
    const all = { byId: record.id, entity: record.id, dispute: [record.id], party: [record.id], queue: [record.id] };
    expect(await reads(PUTUO_CLERK, record)).toEqual(all);
    expect(await reads(caller("commander", { region: PUTUO }), record)).toEqual(all);
  });

  it("is refused to another county's court and commander, and left out of their lists", async () => {
    const record = await putuoCase();
    const refused = { byId: ["FORBIDDEN"], entity: ["FORBIDDEN"], dispute: [], party: [], queue: [] };
    expect(await reads(TONGLU_CLERK, record)).toEqual(refused);
    expect(await reads(TONGLU_COMMANDER, record)).toEqual(refused);
  });

  it("is refused to a court clerk's token naming another kind of body, whose queue is refused", async () => {
    const record = await putuoCase();
    expect(await reads(COMMITTEE_CLERK, record)).toEqual({
      byId: ["FORBIDDEN"],
      entity: ["FORBIDDEN"],
      dispute: [],
      party: [],
      queue: ["FORBIDDEN"],
    });
  });

  it("counts only the caller's county in the queue", async () => {
    await putuoCase();
    const { data } = await kit.run(TONGLU_CLERK, `{ courtCases(first: 100) { edges { node { disputeCode } } } }`);
    const codes = (data!.courtCases.edges as { node: { disputeCode: string } }[]).map((e) => e.node.disputeCode);
    expect(codes.filter((code) => !code.startsWith(TONGLU))).toEqual([]);
    const { data: putuo } = await kit.run(PUTUO_CLERK, `{ courtCases(first: 100) { totalCount } }`);
    expect(putuo!.courtCases.totalCount).toBeGreaterThan(0);
  });

  it("gives a province-level token no list at all", async () => {
    const { codes } = await kit.run(PROVINCE_COMMANDER, QUEUE, { code: null });
    expect(codes).toEqual(["FORBIDDEN"]);
  });

  it("cannot be changed by another county's court, and stays as it was; its own court changes it", async () => {
    const record = await putuoCase();
    const before = await kit.store().courtCase.findUniqueOrThrow({ where: { id: recordKey(record.id) } });
    const refused = await kit.run(TONGLU_CLERK, JUDGE, { id: record.id });
    expect(refused.codes).toEqual(["FORBIDDEN"]);
    expect(String(refused.errors[0]!.extensions!.messageZh)).toMatch(/[\u4e00-\u9fff]/);
    expect(await kit.store().courtCase.findUniqueOrThrow({ where: { id: recordKey(record.id) } })).toEqual(before);
    expect((await kit.run(COMMITTEE_CLERK, JUDGE, { id: record.id })).codes).toEqual(["FORBIDDEN"]);
    const judged = await kit.run(PUTUO_CLERK, JUDGE, { id: record.id });
    expect(judged.errors, JSON.stringify(judged.errors)).toEqual([]);
    expect(judged.data!.r).toMatchObject({ status: "JUDGED" });
  });

  it("is opened only by its own county's court, in that court's name", async () => {
    const code = freshCode(PUTUO);
    await kit.notify(code);
    expect((await kit.run(TONGLU_CLERK, FILE, { v: filing(code) })).codes).toEqual(["FORBIDDEN"]);
    // The right county's court, filing in another court's name.
    expect((await kit.run(PUTUO_CLERK, FILE, { v: filing(code, TONGLU) })).codes).toEqual(["FORBIDDEN"]);
    expect((await kit.run(COMMITTEE_CLERK, FILE, { v: filing(code) })).codes).toEqual(["FORBIDDEN"]);
    expect(await kit.store().courtCase.count({ where: { disputeCode: code } })).toBe(0);
    const opened = await kit.run(PUTUO_CLERK, FILE, { v: filing(code) });
    expect(opened.errors, JSON.stringify(opened.errors)).toEqual([]);
  });
});
