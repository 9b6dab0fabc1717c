// The court's directory (法院机构名录, 承办法官名册) is kept by the department's directory administrator, within their
// county; a case opens only in an active body of the court, the one the registry sent the dispute to, and records
// it.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_COURT_BODIES } from "@onedoor/shared/demo/court-directory";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "./subgraph.js";

const ADMINISTRATOR = caller("directoryAdministrator", {
  userId: "lou-jing",
  department: "litigation",
  region: "330122",
});
const OTHER_COUNTY_ADMINISTRATOR = caller("directoryAdministrator", { department: "litigation", region: "330903" });
const CLERK = caller("courtClerk", { department: "litigation" });
const named = (name: string) => DEMO_COURT_BODIES.find((b) => b.name === name)!;
const CENTRE = named("桐庐县人民法院诉讼服务中心");
const FENSHUI = named("桐庐县人民法院分水人民法庭");
const CHENGNAN = named("桐庐县人民法院城南人民法庭");

const ADD = `mutation ($v: AddCourtBodyInput!) { r: addCourtBody(input: $v) { id name kind courtCode regionCode categories status version } }`;
const CHANGE = `mutation ($v: ChangeCourtBodyStatusInput!) { r: changeCourtBodyStatus(input: $v) { status statusReason version } }`;
const REGISTER = `mutation ($v: RegisterCourtJudgeInput!) { r: registerCourtJudge(input: $v) { id bodyId name status } }`;
const CHANGE_JUDGE = `mutation ($v: ChangeCourtJudgeStatusInput!) { r: changeCourtJudgeStatus(input: $v) { status version } }`;
const BODIES = `query ($f: CourtBodyFilter) { courtBodies(filter: $f) { name status } }`;
const JUDGES = `query ($f: CourtJudgeFilter) { courtJudges(filter: $f) { name status } }`;
const FILE = `mutation ($v: FileCourtCaseInput!) { r: fileCourtCase(input: $v) { id bodyId body { name kind } } }`;

let sequence = 870_000;
const lawsuit = (disputeCode: string, more: Record<string, unknown> = {}) => ({
  disputeCode,
  causeOfActionCode: "PRIVATE_LENDING",
  trialProcedure: "SIMPLIFIED",
  parties: [
    { role: "PLAINTIFF", kind: "PERSON", name: "方志强" },
    { role: "DEFENDANT", kind: "PERSON", name: "钱小军" },
  ],
  ...more,
});

describe("the court's directory of bodies and judges, and the body a case opens in", () => {
  const kit = useSubgraphKit(subgraph);
  beforeAll(() => kit.store().courtBody.createMany({ data: [CENTRE, FENSHUI, CHENGNAN] }));

  /** A fresh dispute of 桐庐县 the registry sent to `body` (by name and id), or to the court without naming one. */
  async function sentTo(body?: { name: string; id: string }): Promise<string> {
    const code = formatDisputeCode({ region: "330122", year: 2026, sequence: ++sequence });
    await kit.notify(code, "SENT", body);
    return code;
  }

  it("lets only the department's directory administrator of the county add a body, checked at the edge", async () => {
    const tribunal = {
      name: "桐庐县人民法院江南人民法庭",
      kind: "PEOPLES_TRIBUNAL",
      regionCode: "330122",
      categories: ["邻里", "婚姻家庭"],
    };
    expect((await kit.run(CLERK, ADD, { v: tribunal })).codes).toEqual(["FORBIDDEN"]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, ADD, { v: tribunal })).codes).toEqual(["FORBIDDEN"]);
    const bad = await kit.run(ADMINISTRATOR, ADD, {
      v: {
        name: "桐庐县人民法院诉讼服务中心二部",
        kind: "LITIGATION_SERVICE_CENTRE",
        regionCode: "3301",
        categories: ["邻里"],
      },
    });
    expect(bad.codes).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors[0]!.extensions!.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: ["input", "regionCode"] }),
        expect.objectContaining({ field: ["input", "categories"], reason: "NOT_APPLICABLE" }),
      ]),
    );
    const added = await kit.run(ADMINISTRATOR, ADD, { v: tribunal });
    expect(added.errors).toEqual([]);
    expect(added.data!.r).toMatchObject({
      name: "桐庐县人民法院江南人民法庭",
      kind: "PEOPLES_TRIBUNAL",
      courtCode: "浙0122",
      regionCode: "330122",
      categories: ["邻里", "婚姻家庭"],
      status: "ACTIVE",
      version: 1,
    });
    const again = await kit.run(ADMINISTRATOR, ADD, { v: tribunal });
    expect(again.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "COURT_BODY_ALREADY_IN_DIRECTORY",
    });
    expect((await kit.run(CLERK, BODIES, { f: { courtCode: "浙0122" } })).data!.courtBodies).toHaveLength(4);
  });

  it("keeps each body's judges, only active ones listed by default", async () => {
    const judge = await kit.run(ADMINISTRATOR, REGISTER, { v: { bodyId: CHENGNAN.id, name: "俞志刚" } });
    expect(judge.errors).toEqual([]);
    expect(judge.data!.r).toMatchObject({ bodyId: CHENGNAN.id, name: "俞志刚", status: "ACTIVE" });
    const twice = await kit.run(ADMINISTRATOR, REGISTER, { v: { bodyId: CHENGNAN.id, name: "俞志刚" } });
    expect(twice.errors[0]!.extensions).toMatchObject({ reason: "JUDGE_ALREADY_ON_ROSTER" });
    expect(
      (await kit.run(OTHER_COUNTY_ADMINISTRATOR, REGISTER, { v: { bodyId: CHENGNAN.id, name: "姚丽君" } })).codes,
    ).toEqual(["FORBIDDEN"]);
    const id = (judge.data!.r as { id: string }).id;
    const suspended = await kit.run(ADMINISTRATOR, CHANGE_JUDGE, {
      v: { judgeId: id, status: "SUSPENDED", reason: "休假" },
    });
    expect(suspended.data!.r).toMatchObject({ status: "SUSPENDED", version: 2 });
    expect((await kit.run(CLERK, JUDGES, { f: { bodyId: CHENGNAN.id } })).data!.courtJudges).toEqual([]);
    expect(
      (await kit.run(CLERK, JUDGES, { f: { bodyId: CHENGNAN.id, statuses: ["SUSPENDED"] } })).data!.courtJudges,
    ).toEqual([{ name: "俞志刚", status: "SUSPENDED" }]);
    expect((await kit.run(CLERK, JUDGES, { f: { bodyId: "not-an-id" } })).codes).toEqual(["BAD_USER_INPUT"]);
  });

  it("opens a case in the body the registry sent the dispute to, and refuses it in another body", async () => {
    const toTribunal = await sentTo(FENSHUI);
    const filed = await kit.run(CLERK, FILE, { v: lawsuit(toTribunal) });
    expect(filed.errors).toEqual([]);
    expect(filed.data!.r).toMatchObject({ bodyId: FENSHUI.id, body: { name: FENSHUI.name, kind: "PEOPLES_TRIBUNAL" } });

    const elsewhere = await sentTo(FENSHUI);
    const refused = await kit.run(CLERK, FILE, { v: lawsuit(elsewhere, { bodyId: CENTRE.id }) });
    expect(refused.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "SENT_TO_ANOTHER_BODY",
      bodyId: FENSHUI.id,
      messageZh: `登记中心已将该纠纷派往${FENSHUI.name}，非本单位；如需改由本单位承办，请登记中心重新派单`,
    });
    expect(await kit.store().courtCase.count({ where: { disputeCode: elsewhere } })).toBe(0);

    // Sent to the court without a body named (as before the court published its bodies): its service centre.
    const toCourt = await sentTo();
    expect((await kit.run(CLERK, FILE, { v: lawsuit(toCourt) })).data!.r).toMatchObject({ bodyId: CENTRE.id });
    // A body of another court, and an id that names none, are refused at the edge or by the body's court.
    const putuo = named("普陀区人民法院诉讼服务中心");
    await kit.store().courtBody.create({ data: putuo });
    const ofAnotherCourt = await kit.run(CLERK, FILE, { v: lawsuit(await sentTo(putuo), { bodyId: putuo.id }) });
    expect(ofAnotherCourt.errors[0]!.extensions).toMatchObject({ reason: "BODY_OF_ANOTHER_COURT" });
    const unknown = await kit.run(CLERK, FILE, {
      v: lawsuit(await sentTo(), { bodyId: "00000000-0000-4000-8000-000000000000" }),
    });
    expect(unknown.errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("opens nothing in a suspended body, and retires a body only once its cases are concluded", async () => {
    const code = await sentTo(CHENGNAN);
    const opened = await kit.run(CLERK, FILE, { v: lawsuit(code) });
    expect(opened.errors).toEqual([]);
    const retire = await kit.run(ADMINISTRATOR, CHANGE, {
      v: { bodyId: CHENGNAN.id, status: "RETIRED", reason: "法庭撤并" },
    });
    expect(retire.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "OPEN_CASES" });

    const suspend = await kit.run(ADMINISTRATOR, CHANGE, {
      v: { bodyId: CHENGNAN.id, status: "SUSPENDED", reason: "装修暂停受理" },
    });
    expect(suspend.data!.r).toMatchObject({ status: "SUSPENDED", statusReason: "装修暂停受理" });
    const refused = await kit.run(CLERK, FILE, { v: lawsuit(await sentTo(CHENGNAN)) });
    expect(refused.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "DIRECTORY_ENTRY_SUSPENDED" });
    expect(
      (
        await kit.run(OTHER_COUNTY_ADMINISTRATOR, CHANGE, {
          v: { bodyId: CHENGNAN.id, status: "ACTIVE", reason: "恢复" },
        })
      ).codes,
    ).toEqual(["FORBIDDEN"]);
  });
});
