// The department's directory, commissions (仲裁委名录) and the arbitrators' roster (仲裁员名册), is kept by the
// department's directory administrator, within their county: only they add commissions and arbitrators and
// suspend, reinstate or retire them; a commission with undecided cases does not retire, and one that is not
// active receives no application; a tribunal is composed only of active arbitrators of the case's commission's
// roster; the roster shows each status and filters by it.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_COMMISSIONS } from "@onedoor/shared/demo/arbitration-directory";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { recordKey } from "@onedoor/shared/graphql/node-id";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, refusalOf, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";

const ADMINISTRATOR = caller("directoryAdministrator", { userId: "shen-hui", department: "arbitration" });
const STAFF = caller("arbitrator", { userId: "arbitrator-1", department: "arbitration" });
const REFUSED = {
  "legal aid's directory administrator": caller("directoryAdministrator", { department: "legal-aid" }),
  "the commission's staff": STAFF,
  commander: caller("commander"),
  resident: caller("resident", { partyId: partyIdOf({ residentId: "330122198203142516" }) }),
  anonymous: caller(null),
};
const OTHER_COUNTY_ADMINISTRATOR = caller("directoryAdministrator", { department: "arbitration", region: "330903" });

const REGISTER = `mutation ($v: RegisterArbitrationArbitratorInput!) {
  r: registerArbitrationArbitrator(input: $v) { id name commission status version } }`;
const CHANGE = `mutation ($v: ChangeArbitrationArbitratorStatusInput!) {
  r: changeArbitrationArbitratorStatus(input: $v) { id status statusReason statusChangedAt version } }`;
const ROSTER = `query ($f: ArbitrationArbitratorFilter) { arbitrationArbitrators(filter: $f) { name status } }`;
const FILE = `mutation ($v: FileArbitrationApplicationInput!) { r: fileArbitrationApplication(input: $v) { id } }`;
const ACCEPT = `mutation ($id: ID!) { r: acceptArbitrationCase(input: { caseId: $id }) { id } }`;
const COMPOSE = `mutation ($v: ComposeArbitrationTribunalInput!) {
  r: composeArbitrationTribunal(input: $v) { id status tribunal { arbitrators presidingArbitrator } } }`;

const ADD_COMMISSION = `mutation ($v: AddArbitrationCommissionInput!) {
  r: addArbitrationCommission(input: $v) { id name kind regionCode categories status version } }`;
const CHANGE_COMMISSION = `mutation ($v: ChangeArbitrationCommissionStatusInput!) {
  r: changeArbitrationCommissionStatus(input: $v) { id status statusReason version } }`;
const COMMISSIONS = `query ($f: ArbitrationCommissionFilter) { arbitrationCommissions(filter: $f) { id name status } }`;

const [TONGLU, PUTUO] = ["330122", "330903"].map((region) => DEMO_COMMISSIONS.find((c) => c.regionCode === region)!);
const CODE = "330122260000027";
const application = {
  disputeCode: CODE,
  applicants: [{ name: "吴建军", residentId: "330122198203142516" }],
  respondent: { name: "桐庐横村锦绣针织服饰有限公司", creditCode: "91330122MA2H3K7P50" },
  claims: [
    {
      kind: "WAGE_ARREARS",
      description: "支付2026年7月至9月拖欠工资22500元",
      amount: "22500.00",
      knewOfInfringementOn: "2026-09-30",
      employmentEndedOn: "2026-09-30",
    },
  ],
};

describe("the arbitrators' roster and its keeper", () => {
  const kit = useSubgraphKit(subgraph);
  beforeAll(() => kit.store().arbitrationCommission.createMany({ data: [TONGLU!, PUTUO!] }));

  async function ok(identity: ReturnType<typeof caller>, source: string, variables: Record<string, unknown>) {
    const result = await kit.run(identity, source, variables);
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
    return result.data!.r as Record<string, any>;
  }

  async function acceptedCase(): Promise<string> {
    await kit.notify(CODE);
    const filed = await ok(STAFF, FILE, { v: application });
    await ok(STAFF, ACCEPT, { id: filed.id });
    return filed.id;
  }

  it("lets only the department's directory administrator keep the roster, within their county", async () => {
    const tonglu = { commissionId: TONGLU!.id, name: "叶国庆" };
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, REGISTER, { v: tonglu })).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, REGISTER, { v: tonglu })).codes).toEqual(["FORBIDDEN"]);
    const added = await ok(ADMINISTRATOR, REGISTER, { v: tonglu });
    expect(added).toMatchObject({ name: "叶国庆", commission: "桐庐县劳动人事争议仲裁委员会", status: "ACTIVE" });
    const twice = await kit.run(ADMINISTRATOR, REGISTER, { v: tonglu });
    expect(twice.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "ARBITRATOR_ALREADY_ON_ROSTER",
    });

    const suspend = { arbitratorId: added.id, status: "SUSPENDED", reason: "回避调查期间" };
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, CHANGE, { v: suspend })).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, CHANGE, { v: suspend })).codes).toEqual(["FORBIDDEN"]);
  });

  it("checks the inputs at the edge", async () => {
    const bad = await kit.run(ADMINISTRATOR, REGISTER, { v: { commissionId: TONGLU!.id, name: " " } });
    expect(bad.codes).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors[0]!.extensions!.problems).toEqual([expect.objectContaining({ field: ["input", "name"] })]);
    const nowhere = await kit.run(ADMINISTRATOR, REGISTER, { v: { commissionId: "not-an-id", name: "蒋秀英" } });
    expect(nowhere.codes).toEqual(["NOT_FOUND"]);
    const added = await ok(ADMINISTRATOR, REGISTER, { v: { commissionId: TONGLU!.id, name: "蒋秀英" } });
    const noReason = await kit.run(ADMINISTRATOR, CHANGE, {
      v: { arbitratorId: added.id, status: "RETIRED", reason: "" },
    });
    expect(noReason.codes).toEqual(["BAD_USER_INPUT"]);
  });

  it("appoints only active arbitrators of the case's commission; retiring is for good and audited", async () => {
    const fang = await ok(ADMINISTRATOR, REGISTER, { v: { commissionId: TONGLU!.id, name: "方建明" } });
    await ok(ADMINISTRATOR, REGISTER, { v: { commissionId: PUTUO!.id, name: "林海峰" } });
    const caseId = await acceptedCase();
    const sole = (name: string) => ({ caseId, kind: "SOLE", arbitrators: [name], presidingArbitrator: name });

    const elsewhere = await kit.run(STAFF, COMPOSE, { v: sole("林海峰") });
    expect(elsewhere.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "ARBITRATOR_NOT_ON_ROSTER",
      messageZh: "林海峰不在桐庐县劳动人事争议仲裁委员会仲裁员名册中",
    });

    const retired = await ok(ADMINISTRATOR, CHANGE, {
      v: { arbitratorId: fang.id, status: "RETIRED", reason: "任期届满", expectedVersion: 1 },
    });
    expect(retired).toMatchObject({ status: "RETIRED", statusReason: "任期届满", version: 2 });
    const refused = await kit.run(STAFF, COMPOSE, { v: sole("方建明") });
    expect(refused.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "DIRECTORY_ENTRY_RETIRED",
      status: "ACCEPTED",
      messageZh: "仲裁员方建明已退出名录，不能承接新的事项",
    });
    expect(await kit.store().arbitrationCase.findUniqueOrThrow({ where: { id: recordKey(caseId) } })).toMatchObject({
      status: "ACCEPTED",
      arbitrators: [],
    });
    const back = await kit.run(ADMINISTRATOR, CHANGE, {
      v: { arbitratorId: fang.id, status: "ACTIVE", reason: "返聘" },
    });
    expect(back.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "DIRECTORY_ENTRY_RETIRED" });

    const zhou = await ok(ADMINISTRATOR, REGISTER, { v: { commissionId: TONGLU!.id, name: "周丽华" } });
    await ok(ADMINISTRATOR, CHANGE, { v: { arbitratorId: zhou.id, status: "SUSPENDED", reason: "病休" } });
    expect((await kit.run(STAFF, COMPOSE, { v: sole("周丽华") })).errors[0]!.extensions).toMatchObject({
      reason: "DIRECTORY_ENTRY_SUSPENDED",
    });
    await ok(ADMINISTRATOR, CHANGE, { v: { arbitratorId: zhou.id, status: "ACTIVE", reason: "病休结束" } });
    expect(await ok(STAFF, COMPOSE, { v: sole("周丽华") })).toMatchObject({
      status: "TRIBUNAL_FORMED",
      tribunal: { arbitrators: ["周丽华"], presidingArbitrator: "周丽华" },
    });

    const audit = await kit
      .store()
      .auditEntry.findMany({ where: { entityId: recordKey(zhou.id) }, orderBy: { at: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actor, entry.entity])).toEqual([
      ["registerArbitrationArbitrator", "shen-hui", "ArbitrationArbitrator"],
      ["changeArbitrationArbitratorStatus", "shen-hui", "ArbitrationArbitrator"],
      ["changeArbitrationArbitratorStatus", "shen-hui", "ArbitrationArbitrator"],
    ]);
  });

  it("lists the active roster by default and any statuses asked for", async () => {
    await ok(ADMINISTRATOR, REGISTER, { v: { commissionId: PUTUO!.id, name: "王素芬" } });
    const gone = await ok(ADMINISTRATOR, REGISTER, { v: { commissionId: PUTUO!.id, name: "郑国栋" } });
    await ok(ADMINISTRATOR, CHANGE, { v: { arbitratorId: gone.id, status: "RETIRED", reason: "调离" } });
    const roster = async (filter: Record<string, unknown>) =>
      (await kit.run(STAFF, ROSTER, { f: { commissionRegion: "330903", ...filter } })).data!.arbitrationArbitrators;
    expect(await roster({})).toEqual(expect.not.arrayContaining([expect.objectContaining({ name: "郑国栋" })]));
    expect(await roster({})).toContainEqual({ name: "王素芬", status: "ACTIVE" });
    expect(await roster({ statuses: ["RETIRED"] })).toEqual([{ name: "郑国栋", status: "RETIRED" }]);
  });
});

describe("the commissions of the directory and their keeper", () => {
  const kit = useSubgraphKit(subgraph);

  async function ok(identity: ReturnType<typeof caller>, source: string, variables: Record<string, unknown>) {
    const result = await kit.run(identity, source, variables);
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
    return result.data!.r as Record<string, any>;
  }

  const tonglu = {
    name: "桐庐县劳动人事争议仲裁委员会",
    kind: "LABOUR_PERSONNEL",
    regionCode: "330122",
    categories: ["劳动争议", "拖欠农民工工资", "劳动争议"],
    caseNumberPrefix: "桐劳人仲案字",
  };

  it("lets only the department's directory administrator add and change commissions, within their county", async () => {
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, ADD_COMMISSION, { v: tonglu })).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, ADD_COMMISSION, { v: tonglu })).codes).toEqual(["FORBIDDEN"]);
    const added = await ok(ADMINISTRATOR, ADD_COMMISSION, { v: tonglu });
    expect(added).toMatchObject({
      name: "桐庐县劳动人事争议仲裁委员会",
      categories: ["劳动争议", "拖欠农民工工资"],
      status: "ACTIVE",
      version: 1,
    });
    const twice = await kit.run(ADMINISTRATOR, ADD_COMMISSION, { v: { ...tonglu, caseNumberPrefix: "桐劳仲字" } });
    expect(twice.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "COMMISSION_ALREADY_IN_DIRECTORY",
    });

    const suspend = { commissionId: added.id, status: "SUSPENDED", reason: "办公场所搬迁，暂停受理" };
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, CHANGE_COMMISSION, { v: suspend })).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, CHANGE_COMMISSION, { v: suspend })).codes).toEqual(["FORBIDDEN"]);
    expect(await ok(ADMINISTRATOR, CHANGE_COMMISSION, { v: suspend })).toMatchObject({
      status: "SUSPENDED",
      statusReason: "办公场所搬迁，暂停受理",
      version: 2,
    });
    expect((await kit.run(STAFF, COMMISSIONS, { f: { regionCode: "330122", statuses: ["SUSPENDED"] } })).data).toEqual({
      arbitrationCommissions: [{ id: added.id, name: tonglu.name, status: "SUSPENDED" }],
    });
    const audit = await kit.store().auditEntry.findMany({ where: { entityId: added.id }, orderBy: { at: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.entity])).toEqual([
      ["addArbitrationCommission", "ArbitrationCommission"],
      ["changeArbitrationCommissionStatus", "ArbitrationCommission"],
    ]);
  });

  it("checks the inputs at the edge", async () => {
    const bad = await kit.run(ADMINISTRATOR, ADD_COMMISSION, {
      v: { ...tonglu, name: " ", regionCode: "330100", categories: [], caseNumberPrefix: "桐劳人仲案" },
    });
    expect(bad.codes).toEqual(["BAD_USER_INPUT"]);
    const problems = bad.errors[0]!.extensions!.problems as { field: string[] }[];
    expect(problems.map((p) => p.field.join("."))).toEqual([
      "input.name",
      "input.regionCode",
      "input.categories",
      "input.caseNumberPrefix",
    ]);
  });

  it("receives no application while suspended, and does not retire while a case is undecided", async () => {
    const putuo = await ok(ADMINISTRATOR, ADD_COMMISSION, {
      v: { ...tonglu, name: PUTUO!.name, regionCode: "330903", caseNumberPrefix: PUTUO!.caseNumberPrefix },
    });
    const PUTUO_ADMIN = caller("directoryAdministrator", { department: "arbitration", region: "330903" });
    const code = formatDisputeCode({ region: "330903", year: 2026, sequence: 31 });
    await kit.notify(code, "SENT", { name: putuo.name, id: putuo.id });
    const filing = { v: { ...application, disputeCode: code } };

    await ok(PUTUO_ADMIN, CHANGE_COMMISSION, { v: { commissionId: putuo.id, status: "SUSPENDED", reason: "整改" } });
    expect((await kit.run(STAFF, FILE, filing)).errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: `仲裁委员会${putuo.name}已暂停，不能承接新的事项`,
    });
    await ok(PUTUO_ADMIN, CHANGE_COMMISSION, { v: { commissionId: putuo.id, status: "ACTIVE", reason: "整改完毕" } });
    await ok(STAFF, FILE, filing);

    const retire = await kit.run(PUTUO_ADMIN, CHANGE_COMMISSION, {
      v: { commissionId: putuo.id, status: "RETIRED", reason: "机构合并" },
    });
    expect(retire.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "OPEN_CASES",
      messageZh: `仲裁委员会${putuo.name}尚有1件未结案件，须办结后才能退出名录`,
    });
    expect(await kit.store().arbitrationCommission.findUniqueOrThrow({ where: { id: putuo.id } })).toMatchObject({
      status: "ACTIVE",
      version: 3,
    });
  });

  it("refuses a malformed commission id or region in the roster's filter as bad input, naming the field", async () => {
    for (const [field, value] of [
      ["commissionId", "not-an-id"],
      ["commissionRegion", "33A122"],
    ] as const) {
      const malformed = await kit.run(STAFF, ROSTER, { f: { [field]: value } });
      expect(malformed.codes, field).toEqual(["BAD_USER_INPUT"]);
      expect(malformed.errors[0]!.extensions!.field).toEqual(["filter", field]);
    }
    expect((await kit.run(STAFF, ROSTER, { f: { commissionRegion: "330903" } })).errors).toEqual([]);
  });
});
