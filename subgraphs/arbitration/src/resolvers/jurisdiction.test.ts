// Jurisdiction (管辖) in process, on the subgraph's schema: the commission's staff and the commander read, list
// and change only their own county's cases, at their own commission; each refusal has its control.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_COMMISSIONS } from "@onedoor/shared/demo/arbitration-directory";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const PUTUO = "330903"; // 舟山市普陀区
const TONGLU = "330122"; // 杭州市桐庐县
const putuoArbitrator = caller("arbitrator", {
  userId: "arbitrator-putuo",
  department: "arbitration",
  region: PUTUO,
  organization: "普陀区劳动人事争议仲裁院",
});
const tongluArbitrator = caller("arbitrator", {
  userId: "arbitrator-tonglu",
  department: "arbitration",
  region: TONGLU,
  organization: "桐庐县劳动人事争议仲裁院",
});
/** The right county, but a body of another kind named in the token. */
const putuoCommitteeToken = { ...putuoArbitrator, organization: "普陀区联合人民调解委员会" };
const putuoCommander = caller("commander", { userId: "commander-putuo", region: PUTUO });
const tongluCommander = caller("commander", { userId: "commander-tonglu", region: TONGLU });
const provinceCommander = caller("commander", { userId: "commander-zhejiang", region: "330000" });

const FILE = `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id status } }`;
const ACCEPT = `mutation ($input: AcceptArbitrationCaseInput!) { acceptArbitrationCase(input: $input) { id status } }`;
const AWARD = `mutation ($input: IssueArbitrationAwardInput!) { issueArbitrationAward(input: $input) { id status } }`;
const READ = `query ($id: ID!) { arbitrationCase(id: $id) { id status } }`;
const QUEUE = `{ arbitrationCases(first: 100) { edges { node { id } } } }`;

let sequence = 700_000;
const freshCode = (region: string) => formatDisputeCode({ region, year: 2026, sequence: ++sequence });

const application = (disputeCode: string, more: Record<string, unknown> = {}) => ({
  disputeCode,
  applicants: [{ name: "吴建军", residentId: "330122198203142516" }],
  respondent: { name: "舟山普陀沈家门某水产加工有限公司", creditCode: "91330122MA2H3K7P50" },
  claims: [
    {
      kind: "WAGE_ARREARS",
      description: "支付2026年7月至9月拖欠工资22500元",
      amount: "22500.00",
      knewOfInfringementOn: "2026-09-30",
      employmentEndedOn: "2026-09-30",
    },
  ],
  ...more,
});

describe("an arbitration case of 普陀区", () => {
  const { store, run, notify } = useSubgraphKit(subgraph);
  beforeAll(() => store().arbitrationCommission.createMany({ data: DEMO_COMMISSIONS }));
  let caseId: string;

  beforeAll(async () => {
    const code = freshCode(PUTUO);
    await notify(code);
    const { data, errors } = await run(putuoArbitrator, FILE, { input: application(code) });
    expect(errors).toEqual([]);
    caseId = data!.fileArbitrationApplication.id;
  });

  const unchanged = async () =>
    expect(await store().arbitrationCase.findUniqueOrThrow({ where: { id: recordKey(caseId) } })).toMatchObject({
      status: "RECEIVED",
      version: 1,
    });

  it("is read by id by its county's commission and commander, and refused to another county's", async () => {
    for (const identity of [putuoArbitrator, putuoCommander]) {
      expect((await run(identity, READ, { id: caseId })).data!.arbitrationCase).toEqual({
        id: caseId,
        status: "RECEIVED",
      });
    }
    for (const identity of [tongluArbitrator, tongluCommander, putuoCommitteeToken, provinceCommander]) {
      expect((await run(identity, READ, { id: caseId })).codes).toEqual(["FORBIDDEN"]);
    }
  });

  it("is in its county's queue only, and a province-level token gets no queue at all", async () => {
    const queue = async (identity: typeof putuoArbitrator) => {
      const { data, codes } = await run(identity, QUEUE);
      return data?.arbitrationCases.edges.map((e: { node: { id: string } }) => e.node.id) ?? codes;
    };
    expect(await queue(putuoArbitrator)).toContain(caseId);
    expect(await queue(putuoCommander)).toContain(caseId);
    expect(await queue(tongluArbitrator)).not.toContain(caseId);
    expect(await queue(tongluCommander)).not.toContain(caseId);
    expect(await queue(putuoCommitteeToken)).toEqual([]);
    expect(await queue(provinceCommander)).toEqual(["FORBIDDEN"]);
  });

  it("cannot be taken a step by another county's commission or another body, and stays as it was", async () => {
    for (const identity of [tongluArbitrator, putuoCommitteeToken]) {
      const accept = await run(identity, ACCEPT, { input: { caseId } });
      expect(accept.codes).toEqual(["FORBIDDEN"]);
      expect(accept.errors[0]!.extensions).toMatchObject({ messageZh: "该仲裁案件属于其他仲裁机构或县区，您无权办理" });
      // The award examines the case before its step: refused before anything of it shows.
      const award = await run(identity, AWARD, {
        input: { caseId, documentNumber: "普劳人仲裁字〔2026〕第1号", decisions: [] },
      });
      expect(award.codes).toEqual(["FORBIDDEN"]);
      // Nor does a stale version tell them anything about it.
      expect((await run(identity, ACCEPT, { input: { caseId, expectedVersion: 7 } })).codes).toEqual(["FORBIDDEN"]);
    }
    await unchanged();
    expect(
      await store().auditEntry.count({ where: { entityId: recordKey(caseId), action: "acceptArbitrationCase" } }),
    ).toBe(0);
  });

  it("is taken a step by its own commission (the control)", async () => {
    const { data, codes } = await run(putuoArbitrator, ACCEPT, { input: { caseId } });
    expect(codes).toEqual([]);
    expect(data!.acceptArbitrationCase).toEqual({ id: caseId, status: "ACCEPTED" });
  });
});

describe("filing an application at the window", () => {
  const { store, run, notify } = useSubgraphKit(subgraph);
  beforeAll(() => store().arbitrationCommission.createMany({ data: DEMO_COMMISSIONS }));
  const casesOn = (disputeCode: string) => store().arbitrationCase.count({ where: { disputeCode } });

  it("is refused to another county's commission and to another body, for the dispute or the commission named", async () => {
    const code = freshCode(PUTUO);
    await notify(code);
    const attempts: [typeof putuoArbitrator, Record<string, unknown>][] = [
      [tongluArbitrator, application(code)],
      [tongluArbitrator, application(code, { commissionRegion: TONGLU })],
      [putuoArbitrator, application(code, { commissionRegion: TONGLU })],
      [putuoCommitteeToken, application(code)],
    ];
    for (const [identity, input] of attempts) {
      const { codes, errors } = await run(identity, FILE, { input });
      expect(codes).toEqual(["FORBIDDEN"]);
      expect(errors[0]!.extensions).toMatchObject({ messageZh: "仲裁机构只能以本机构名义受理本县区纠纷的仲裁申请" });
    }
    expect(await casesOn(code)).toBe(0);
    // The control: the county's own commission files it.
    expect((await run(putuoArbitrator, FILE, { input: application(code) })).codes).toEqual([]);
    expect(await casesOn(code)).toBe(1);
  });
});
