// The roster of lawyers and legal aid workers (承办人员名册) is kept by the center's directory administrator:
// only they add providers and suspend, reinstate or retire them, within their county; a provider who is not
// active is assigned no new case; the roster shows each provider's status and filters by it.
import { beforeAll, describe, expect, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { recordKey } from "@onedoor/shared/graphql/node-id";
import { caller, refusalOf, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { DIRECTORY_STATUSES } from "@onedoor/shared/directory/lifecycle";
import { DirectoryStatus } from "../generated/prisma/enums.js";
import { demoCountyCentre } from "@onedoor/shared/demo/legal-aid-directory";
import { subgraph } from "../subgraph.js";

const ADMINISTRATOR = caller("directoryAdministrator", { userId: "xu-lan", department: "legal-aid" });
const OFFICER = caller("legalAidOfficer", { userId: "ye-zhigang", department: "legal-aid" });
const REFUSED = {
  "mediation's directory administrator": caller("directoryAdministrator", { department: "mediation" }),
  "legal aid officer": OFFICER,
  mediator: caller("mediator", { department: "mediation" }),
  commander: caller("commander"),
  resident: caller("resident", { partyId: partyIdOf({ residentId: "330122198503142016" }) }),
  anonymous: caller(null),
};
const OTHER_COUNTY_ADMINISTRATOR = caller("directoryAdministrator", { department: "legal-aid", region: "330903" });

const REGISTER = `mutation ($v: RegisterLegalAidProviderInput!) { r: registerLegalAidProvider(input: $v) { id status version } }`;
const CHANGE = `mutation ($v: ChangeLegalAidProviderStatusInput!) {
  r: changeLegalAidProviderStatus(input: $v) { id status statusReason statusChangedAt version active } }`;
const ROSTER = `query ($f: LegalAidProviderFilter) { legalAidProviders(filter: $f, first: 100) { edges { node { name status } } } }`;
const APPLY = `mutation ($v: ApplyForLegalAidInput!) { r: applyForLegalAid(input: $v) { id } }`;
const DECIDE = `mutation ($id: ID!) { r: decideLegalAid(input: { caseId: $id }) { id status } }`;
const ASSIGN = `mutation ($id: ID!, $p: ID) { r: assignLegalAidCase(input: { caseId: $id, providerId: $p }) { id assignment { provider { name } } } }`;

/** The rosters' centres: 桐庐县's, and 富阳区's (a county of the region table the demo does not seed). */
const TONGLU = demoCountyCentre("330122");
const FUYANG = {
  id: "6f0c1f8e-3c1a-4c55-9d1e-2b7a0d4e5f61",
  name: "杭州市富阳区法律援助中心",
  kind: "CENTRE" as const,
  regionCode: "330111",
  categories: [],
  coversAllCategories: true,
};

let sequence = 800_000;
const lawyer = (name: string, centreId = TONGLU.id) => ({
  name,
  kind: "LAWYER",
  organisation: "浙江桐君律师事务所",
  centreId,
  specialties: ["LABOUR"],
  maxOpenCases: 3,
});

describe("the legal aid roster and its keeper", () => {
  const kit = useSubgraphKit(subgraph);
  beforeAll(() => kit.store().legalAidCentre.createMany({ data: [TONGLU, FUYANG] }));

  async function ok(identity: ReturnType<typeof caller>, source: string, variables: Record<string, unknown>) {
    const result = await kit.run(identity, source, variables);
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
    return result.data!.r as Record<string, any>;
  }

  /** A migrant worker's wage claim on a dispute sent here, granted and waiting for a lawyer. */
  async function grantedCase(): Promise<string> {
    const disputeCode = formatDisputeCode({ region: "330122", year: 2026, sequence: ++sequence });
    await kit.notify(disputeCode);
    const applied = await ok(OFFICER, APPLY, {
      v: {
        disputeCode,
        matter: "CLAIM_LABOUR_REMUNERATION",
        applicant: { name: "汪建新", residentId: "330122198503142016", groups: ["MIGRANT_WORKER"] },
      },
    });
    await ok(OFFICER, DECIDE, { id: applied.id });
    return applied.id;
  }

  it("declares the shared directory statuses in the database", () => {
    expect(Object.values(DirectoryStatus)).toEqual(DIRECTORY_STATUSES);
  });

  it("lets only the center's directory administrator keep the roster, within their county", async () => {
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, REGISTER, { v: lawyer("冯晓燕") })).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, REGISTER, { v: lawyer("冯晓燕") })).codes).toEqual(["FORBIDDEN"]);
    const added = await ok(ADMINISTRATOR, REGISTER, { v: lawyer("冯晓燕") });
    expect(added).toMatchObject({ status: "ACTIVE", version: 1 });

    const suspend = { providerId: added.id, status: "SUSPENDED", reason: "执业证暂扣" };
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, CHANGE, { v: suspend })).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, CHANGE, { v: suspend })).codes).toEqual(["FORBIDDEN"]);
    const row = await kit.store().legalAidProvider.findUniqueOrThrow({ where: { id: recordKey(added.id) } });
    expect(row).toMatchObject({ status: "ACTIVE", version: 1 });
  });

  it("checks the reason at the edge and refuses an unknown provider", async () => {
    const added = await ok(ADMINISTRATOR, REGISTER, { v: lawyer("孙国强") });
    const blank = await kit.run(ADMINISTRATOR, CHANGE, {
      v: { providerId: added.id, status: "SUSPENDED", reason: " " },
    });
    expect(blank.codes).toEqual(["BAD_USER_INPUT"]);
    expect(blank.errors[0]!.extensions!.problems).toEqual([
      expect.objectContaining({ field: ["input", "reason"], messageZh: expect.stringContaining("理由") }),
    ]);
    const unknown = await kit.run(ADMINISTRATOR, CHANGE, {
      v: { providerId: "00000000-0000-4000-8000-000000000000", status: "SUSPENDED", reason: "调离" },
    });
    expect(unknown.codes).toEqual(["NOT_FOUND"]);
  });

  it("suspends, reinstates and retires a provider: only an active one is assigned, the audit log keeps each change", async () => {
    const added = await ok(ADMINISTRATOR, REGISTER, { v: lawyer("柳青") });
    const suspended = await ok(ADMINISTRATOR, CHANGE, {
      v: { providerId: added.id, status: "SUSPENDED", reason: "执业证暂扣", expectedVersion: 1 },
    });
    expect(suspended).toMatchObject({
      status: "SUSPENDED",
      statusReason: "执业证暂扣",
      statusChangedAt: expect.any(String),
      version: 2,
      active: false,
    });

    const caseId = await grantedCase();
    const refused = await kit.run(OFFICER, ASSIGN, { id: caseId, p: added.id });
    expect(refused.codes).toEqual(["INVALID_STATE"]);
    expect(refused.errors[0]!.extensions).toMatchObject({
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: "承办人员柳青已暂停，不能承接新的事项",
      messageEn: "柳青 is suspended and takes no new matters",
    });

    const stale = await kit.run(ADMINISTRATOR, CHANGE, {
      v: { providerId: added.id, status: "ACTIVE", reason: "恢复执业", expectedVersion: 1 },
    });
    expect(stale.codes).toEqual(["CONFLICT"]);
    await ok(ADMINISTRATOR, CHANGE, { v: { providerId: added.id, status: "ACTIVE", reason: "恢复执业" } });
    expect(await ok(OFFICER, ASSIGN, { id: caseId, p: added.id })).toMatchObject({
      assignment: { provider: { name: "柳青" } },
    });

    // Retiring keeps the case already assigned, and nothing brings the provider back.
    await ok(ADMINISTRATOR, CHANGE, { v: { providerId: added.id, status: "RETIRED", reason: "调离本县" } });
    const again = await kit.run(ADMINISTRATOR, CHANGE, {
      v: { providerId: added.id, status: "ACTIVE", reason: "返回" },
    });
    expect(again.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "DIRECTORY_ENTRY_RETIRED",
      status: "RETIRED",
    });
    const next = await kit.run(OFFICER, ASSIGN, { id: await grantedCase(), p: added.id });
    expect(next.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "DIRECTORY_ENTRY_RETIRED" });
    expect(await kit.store().legalAidCase.findUniqueOrThrow({ where: { id: recordKey(caseId) } })).toMatchObject({
      assigneeId: recordKey(added.id),
    });

    const audit = await kit.store().auditEntry.findMany({
      where: { entityId: recordKey(added.id) },
      orderBy: { at: "asc" },
    });
    expect(audit.map((entry) => [entry.action, entry.actor, entry.fields])).toEqual([
      ["registerLegalAidProvider", "xu-lan", expect.arrayContaining(["name", "centreId"])],
      ["changeLegalAidProviderStatus", "xu-lan", ["providerId", "status", "reason", "expectedVersion"]],
      ["changeLegalAidProviderStatus", "xu-lan", ["providerId", "status", "reason"]],
      ["changeLegalAidProviderStatus", "xu-lan", ["providerId", "status", "reason"]],
    ]);
  });

  it("lists the active roster by default and any statuses asked for", async () => {
    const kept = await ok(ADMINISTRATOR, REGISTER, { v: lawyer("钱文杰", FUYANG.id) });
    const gone = await ok(ADMINISTRATOR, REGISTER, { v: lawyer("蒋丽华", FUYANG.id) });
    await ok(ADMINISTRATOR, CHANGE, { v: { providerId: gone.id, status: "RETIRED", reason: "退休" } });
    const names = async (filter: Record<string, unknown>) =>
      (await kit.run(OFFICER, ROSTER, { f: { regionCode: "330111", ...filter } })).data!.legalAidProviders.edges.map(
        (edge: { node: { name: string; status: string } }) => `${edge.node.name} ${edge.node.status}`,
      );
    expect(kept.status).toBe("ACTIVE");
    expect(await names({})).toEqual(["钱文杰 ACTIVE"]);
    expect(await names({ statuses: ["RETIRED"] })).toEqual(["蒋丽华 RETIRED"]);
    expect(await names({ statuses: ["ACTIVE", "RETIRED"] })).toEqual(["蒋丽华 RETIRED", "钱文杰 ACTIVE"]);
    expect(await names({ activeOnly: false })).toEqual(["蒋丽华 RETIRED", "钱文杰 ACTIVE"]);
    expect(await names({ centreId: FUYANG.id })).toEqual(["钱文杰 ACTIVE"]);
    // A centre id that is no id at all is the caller's mistake, named as such, not a failure of the database.
    const malformed = await kit.run(OFFICER, ROSTER, { f: { centreId: "not-an-id" } });
    expect(malformed.errors[0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [expect.objectContaining({ field: ["filter", "centreId"] })],
    });
  });
});

describe("the directory of legal aid centres and its keeper", () => {
  const kit = useSubgraphKit(subgraph);
  const ADD = `mutation ($v: AddLegalAidCentreInput!) {
    r: addLegalAidCentre(input: $v) { id name kind regionCode categories coversAllCategories status version } }`;
  const CHANGE_CENTRE = `mutation ($v: ChangeLegalAidCentreStatusInput!) {
    r: changeLegalAidCentreStatus(input: $v) { id status statusReason version } }`;
  const CENTRES = `query ($f: LegalAidCentreFilter) { legalAidCentres(filter: $f) { name status } }`;
  const station = (name: string) => ({ name, kind: "WORKSTATION", regionCode: "330122", categories: ["劳动争议"] });

  async function ok(identity: ReturnType<typeof caller>, source: string, variables: Record<string, unknown>) {
    const result = await kit.run(identity, source, variables);
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
    return result.data!.r as Record<string, any>;
  }

  it("lets only the department's directory administrator add and change centres, within their county", async () => {
    const v = station("桐庐县法律援助中心驻县劳动人事争议仲裁院工作站");
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, ADD, { v })).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, ADD, { v })).codes).toEqual(["FORBIDDEN"]);
    const added = await ok(ADMINISTRATOR, ADD, { v });
    expect(added).toMatchObject({
      kind: "WORKSTATION",
      categories: ["劳动争议"],
      coversAllCategories: false,
      status: "ACTIVE",
      version: 1,
    });
    const suspend = { centreId: added.id, status: "SUSPENDED", reason: "暂停受理" };
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, CHANGE_CENTRE, { v: suspend })).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, CHANGE_CENTRE, { v: suspend })).codes).toEqual(["FORBIDDEN"]);
    expect(await kit.store().legalAidCentre.findUniqueOrThrow({ where: { id: recordKey(added.id) } })).toMatchObject({
      status: "ACTIVE",
      version: 1,
    });
  });

  it("checks a new centre at the edge and refuses a name already in the directory, in both languages", async () => {
    const bad = await kit.run(ADMINISTRATOR, ADD, { v: { ...station(" "), regionCode: "3301" } });
    expect(bad.codes).toEqual(["BAD_USER_INPUT"]);
    const problems = bad.errors[0]!.extensions!.problems as { field: string[] }[];
    expect(problems.map((p) => p.field.join("."))).toEqual(["input.name", "input.regionCode"]);
    const county = await ok(ADMINISTRATOR, ADD, {
      v: { name: "杭州市富阳区法律援助中心", kind: "CENTRE", regionCode: "330111" },
    });
    expect(county).toMatchObject({ categories: [], coversAllCategories: true });
    const again = await kit.run(ADMINISTRATOR, ADD, {
      v: { name: "杭州市富阳区法律援助中心", kind: "CENTRE", regionCode: "330111" },
    });
    expect(again.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "CENTRE_ALREADY_IN_DIRECTORY",
      messageZh: "法律援助机构杭州市富阳区法律援助中心已在名录中",
    });
  });

  it("does not retire a centre with cases in hand, takes no provider onto a retired one, and audits each change", async () => {
    const added = await ok(ADMINISTRATOR, ADD, { v: station("桐庐县法律援助中心驻县人民法院工作站") });
    await kit.store().legalAidCase.create({
      data: {
        matter: "CLAIM_LABOUR_REMUNERATION",
        status: "GRANTED",
        applicantName: "汪建新",
        regionCode: "330122",
        centreId: recordKey(added.id),
        appliedAt: new Date("2026-03-02T02:00:00Z"),
        receivedBy: "ye-zhigang",
      },
    });
    const retire = { centreId: added.id, status: "RETIRED", reason: "工作站撤并" };
    const refused = await kit.run(ADMINISTRATOR, CHANGE_CENTRE, { v: retire });
    expect(refused.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "OPEN_CASES",
      status: "ACTIVE",
      messageZh: "法律援助机构桐庐县法律援助中心驻县人民法院工作站尚有1件未结案件，须办结后才能退出名录",
    });
    await kit.store().legalAidCase.updateMany({ where: { centreId: recordKey(added.id) }, data: { status: "CLOSED" } });
    expect(await ok(ADMINISTRATOR, CHANGE_CENTRE, { v: { ...retire, expectedVersion: 1 } })).toMatchObject({
      status: "RETIRED",
      statusReason: "工作站撤并",
      version: 2,
    });
    const joining = await kit.run(ADMINISTRATOR, REGISTER, { v: lawyer("严文华", added.id) });
    expect(joining.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "DIRECTORY_ENTRY_RETIRED" });
    const unknown = await kit.run(ADMINISTRATOR, REGISTER, {
      v: lawyer("严文华", "00000000-0000-4000-8000-000000000000"),
    });
    expect(unknown.codes).toEqual(["NOT_FOUND"]);

    const listed = await kit.run(OFFICER, CENTRES, { f: { regionCode: "330122", statuses: ["RETIRED"] } });
    expect(listed.data!.legalAidCentres).toEqual([{ name: "桐庐县法律援助中心驻县人民法院工作站", status: "RETIRED" }]);
    const audit = await kit
      .store()
      .auditEntry.findMany({ where: { entityId: recordKey(added.id) }, orderBy: { at: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["addLegalAidCentre", "changeLegalAidCentreStatus"]);
  });
});
