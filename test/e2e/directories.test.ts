// Directories kept by their owners, through the gateway: each department's directory administrator (名录管理员)
// adds its people and suspends, reinstates or retires them; someone who is not active is given no new matter.
import { randomUUID } from "node:crypto";
import { describe, expect, inject, it, vi } from "vitest";
import { demoId } from "@onedoor/shared/demo/mediation-directory";
import { sharedGateway } from "../support/system.js";
import { COMMANDER, STAFF, as, directoryAdministrator } from "../support/callers.js";
import { ROUTING_RULES, type RoutingRule } from "../../subgraphs/petitions/src/domain/routing.js";
import { chinaDaysAgo } from "../support/calendar.js";
import { residentId } from "../support/identities.js";
import { contestedFine, fineApplication } from "../support/administrative-review.js";
import { handlingBodyOf, registerDispute, registeredAndSentTo } from "../support/registration.js";

const gql = sharedGateway(inject("gatewayUrl"));

const EMPLOYER = { name: "桐庐横村锦绣针织服饰有限公司", creditCode: "91330122MA2H3K7P50" };
const TONGLU_COMMISSION = "桐庐县劳动人事争议仲裁委员会";
const TONGLU_LEGAL_AID = "桐庐县法律援助中心";

/** A worker's application for the wages owed, on the dispute, to the commission named (by default its county's). */
const wageApplication = (disputeCode: string, worker: { name: string; residentId: string }, commissionId?: string) => ({
  disputeCode,
  ...(commissionId ? { commissionId } : {}),
  applicants: [worker],
  respondent: EMPLOYER,
  claims: [
    {
      kind: "WAGE_ARREARS",
      description: "支付2026年7月至9月拖欠工资22500元",
      amount: "22500.00",
      knewOfInfringementOn: "2026-09-30",
      employmentEndedOn: "2026-09-30",
    },
  ],
});

/** A worker's unpaid wages in the county, mediation declined: the rules send it to labour arbitration. */
const declinedWages = (worker: { name: string; residentId: string }, region: string) =>
  registerDispute(gql, {
    title: "工厂拖欠工人工资，工人不同意调解",
    description: "工人2026年7月至9月工资未发放，要求直接申请劳动仲裁。",
    category: "拖欠农民工工资",
    region,
    channel: "WALK_IN",
    flags: ["MEDIATION_DECLINED"],
    parties: [{ kind: "PERSON", name: worker.name, residentId: worker.residentId, phone: "13857112436" }],
    respondents: [{ kind: "ORGANISATION", name: EMPLOYER.name }],
  });

const ROUTING = `query ($code: ID!) { dispute(code: $code) {
  suggestedRouting { ruleId department body bodyId }
  suitableBodies(department: ARBITRATION) { id name availableStaff } } }`;
const DISPATCH = `mutation ($code: ID!, $bodyId: ID!) {
  dispatchDispute(input: { code: $code, to: ARBITRATION, bodyId: $bodyId }) { leadDepartment handlingBody handlingBodyId } }`;
const FILE = `mutation ($v: FileArbitrationApplicationInput!) {
  fileArbitrationApplication(input: $v) { id commissionId commission caseNumber } }`;

/** A worker's unpaid wages, registered at the window and sent to `to`. */
const wagesSentTo = (worker: { name: string; residentId: string }, to: "ARBITRATION" | "LEGAL_AID") =>
  registeredAndSentTo(gql, wageDispute(worker), to);

/** A worker's unpaid wages in 桐庐县, as registered at the window. */
const wageDispute = (worker: { name: string; residentId: string }) => ({
  title: "服装厂拖欠工人三个月工资",
  description: "工人在桐庐县横村镇某服装厂工作，2026年7月至9月工资未发放，老板失联。",
  category: "拖欠农民工工资",
  region: "330122",
  channel: "WALK_IN",
  parties: [{ kind: "PERSON", name: worker.name, residentId: worker.residentId, phone: "13857112436" }],
  respondents: [{ kind: "ORGANISATION", name: EMPLOYER.name }],
});

async function ok<T>(query: string, variables: Record<string, unknown>, headers?: Record<string, string>) {
  const { body } = await gql<Record<string, T>>(query, variables, headers);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return Object.values(body.data!)[0]!;
}

describe("directories kept by their owners", () => {
  it("routes a labour dispute to its county's arbitration commission by id, which alone takes it", async () => {
    const tonglu = demoId(TONGLU_COMMISSION);
    const worker = { name: "张德胜", residentId: residentId() };
    const code = await declinedWages(worker, "330122");
    const { dispute } = await gql<{ dispute: Record<string, any> }>(ROUTING, { code }).then((r) => r.body.data!);
    expect(dispute.suggestedRouting).toEqual({
      ruleId: "labour-arbitration",
      department: "ARBITRATION",
      body: TONGLU_COMMISSION,
      bodyId: tonglu,
    });
    expect(dispute.suitableBodies).toContainEqual({
      id: tonglu,
      name: TONGLU_COMMISSION,
      availableStaff: expect.any(Number),
    });
    expect(await ok(DISPATCH, { code, bodyId: tonglu })).toEqual({
      leadDepartment: "ARBITRATION",
      handlingBody: TONGLU_COMMISSION,
      handlingBodyId: tonglu,
    });
    expect(await ok(FILE, { v: wageApplication(code, worker, tonglu) })).toMatchObject({
      commissionId: tonglu,
      commission: TONGLU_COMMISSION,
      caseNumber: expect.stringMatching(/^桐劳人仲案字/),
    });
  });

  it("adds a commission and its arbitrator: the registry routes to it once published; another commission is refused the dispute", async () => {
    const admin = await as(directoryAdministrator("arbitration"));
    // 淳安县 has no commission in the demo: the new one is the county's only (other files' disputes are elsewhere).
    const mark = randomUUID().slice(0, 4);
    const name = `淳安县劳动人事争议仲裁委员会${mark}`;
    const added = await ok<{ id: string; status: string }>(
      `mutation ($v: AddArbitrationCommissionInput!) { addArbitrationCommission(input: $v) { id status } }`,
      {
        v: {
          name,
          kind: "LABOUR_PERSONNEL",
          regionCode: "330127",
          categories: ["劳动争议", "拖欠农民工工资"],
          caseNumberPrefix: `淳劳人仲${mark}字`,
        },
      },
      admin,
    );
    expect(added.status).toBe("ACTIVE");
    await ok(
      `mutation ($v: RegisterArbitrationArbitratorInput!) { registerArbitrationArbitrator(input: $v) { id } }`,
      { v: { commissionId: added.id, name: "余国强" } },
      admin,
    );

    const worker = { name: "方卫国", residentId: residentId() };
    const code = await declinedWages(worker, "330127");
    // Arbitration publishes its directory just after the change: the registry suggests the commission shortly.
    await vi.waitFor(
      async () => {
        const { body } = await gql<{ dispute: Record<string, any> }>(ROUTING, { code });
        expect(body.data!.dispute.suggestedRouting).toMatchObject({ department: "ARBITRATION", bodyId: added.id });
        expect(body.data!.dispute.suitableBodies).toEqual([{ id: added.id, name, availableStaff: 1 }]);
      },
      { timeout: 15_000, interval: 100 },
    );
    expect(await ok(DISPATCH, { code, bodyId: added.id })).toMatchObject({ handlingBodyId: added.id });

    // The Tonglu commission may not take the dispute the registry sent to the new one.
    const { body: refused } = await gql(FILE, { v: wageApplication(code, worker, demoId(TONGLU_COMMISSION)) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "SENT_TO_ANOTHER_BODY",
      bodyId: added.id,
      messageZh: expect.stringContaining(name),
    });
    expect(await ok(FILE, { v: wageApplication(code, worker) })).toMatchObject({
      commissionId: added.id,
      commission: name,
    });
  });

  it("adds a people's tribunal and its judge: the registry sends it a family dispute by id, and only it opens the case", async () => {
    const admin = await as(directoryAdministrator("litigation"));
    // 淳安县's court keeps only its service centre in the demo: the new tribunal is the county's only one.
    const name = `淳安县人民法院千岛湖人民法庭${randomUUID().slice(0, 4)}`;
    const tribunal = await ok<{ id: string; courtCode: string; status: string }>(
      `mutation ($v: AddCourtBodyInput!) { addCourtBody(input: $v) { id courtCode status } }`,
      { v: { name, kind: "PEOPLES_TRIBUNAL", regionCode: "330127", categories: ["婚姻家庭", "邻里"] } },
      admin,
    );
    expect(tribunal).toMatchObject({ courtCode: "浙0127", status: "ACTIVE" });
    // Without a judge it is not staffed: the registry does not suggest it yet.
    await ok(
      `mutation ($v: RegisterCourtJudgeInput!) { registerCourtJudge(input: $v) { id } }`,
      { v: { bodyId: tribunal.id, name: "余红霞" } },
      admin,
    );

    const code = await registerDispute(gql, {
      title: "离婚后子女抚养费纠纷",
      description: "双方离婚后，男方未按约定支付子女抚养费，女方要求起诉，不同意调解。",
      category: "婚姻家庭",
      region: "330127",
      channel: "WALK_IN",
      flags: ["MEDIATION_DECLINED"],
      parties: [{ kind: "PERSON", name: "汪秀芳", residentId: residentId(), phone: "13967145526" }],
      respondents: [{ kind: "PERSON", name: "余建军" }],
    });
    const COURT_BODIES = `query ($code: ID!) { dispute(code: $code) { suitableBodies(department: LITIGATION) { id name availableStaff } } }`;
    // The court publishes its directory just after the change: the registry knows the tribunal shortly.
    await vi.waitFor(
      async () => {
        const { body } = await gql<{ dispute: Record<string, any> }>(COURT_BODIES, { code });
        expect(body.data!.dispute.suitableBodies).toContainEqual({ id: tribunal.id, name, availableStaff: 1 });
      },
      { timeout: 15_000, interval: 100 },
    );
    expect(
      await ok(
        `mutation ($code: ID!, $bodyId: ID!) {
          dispatchDispute(input: { code: $code, to: LITIGATION, bodyId: $bodyId, reason: "当事人居住在千岛湖镇" }) {
            leadDepartment handlingBody handlingBodyId } }`,
        { code, bodyId: tribunal.id },
      ),
    ).toEqual({ leadDepartment: "LITIGATION", handlingBody: name, handlingBodyId: tribunal.id });

    const FILE_COURT = `mutation ($v: FileCourtCaseInput!) { fileCourtCase(input: $v) { bodyId body { name kind } caseNumber } }`;
    const lawsuit = (bodyId?: string) => ({
      disputeCode: code,
      ...(bodyId ? { bodyId } : {}),
      causeOfActionCode: "CHILD_SUPPORT",
      trialProcedure: "SIMPLIFIED",
      parties: [
        { role: "PLAINTIFF", kind: "PERSON", name: "汪秀芳" },
        { role: "DEFENDANT", kind: "PERSON", name: "余建军" },
      ],
    });
    // The county's service centre may not open the case the registry sent to the tribunal.
    const { body: refused } = await gql(FILE_COURT, { v: lawsuit(demoId("淳安县人民法院诉讼服务中心")) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "SENT_TO_ANOTHER_BODY",
      bodyId: tribunal.id,
      messageZh: expect.stringContaining(name),
    });
    expect(await ok(FILE_COURT, { v: lawsuit() })).toMatchObject({
      bodyId: tribunal.id,
      body: { name, kind: "PEOPLES_TRIBUNAL" },
      caseNumber: expect.stringMatching(/^\(\d{4}\)浙0127民初\d+号$/),
    });

    // A tribunal with an open case does not retire.
    const { body: retire } = await gql(
      `mutation ($v: ChangeCourtBodyStatusInput!) { changeCourtBodyStatus(input: $v) { status } }`,
      { v: { bodyId: tribunal.id, status: "RETIRED", reason: "法庭撤并" } },
      admin,
    );
    expect(retire.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "OPEN_CASES" });
  });

  it("retires an arbitrator: the roster shows it, and appointing him to a new tribunal is refused", async () => {
    const admin = await as(directoryAdministrator("arbitration"));
    const arbitrator = await ok<{ id: string; status: string }>(
      `mutation ($v: RegisterArbitrationArbitratorInput!) { registerArbitrationArbitrator(input: $v) { id status } }`,
      { v: { commissionId: demoId(TONGLU_COMMISSION), name: "潘永康" } },
      admin,
    );
    expect(arbitrator.status).toBe("ACTIVE");

    // Another department's administrator, and the commission's own staff, may not keep this roster.
    const retire = {
      v: { arbitratorId: arbitrator.id, status: "RETIRED", reason: "聘任期满，不再续聘" },
    };
    const CHANGE = `mutation ($v: ChangeArbitrationArbitratorStatusInput!) {
      changeArbitrationArbitratorStatus(input: $v) { status statusReason } }`;
    for (const caller of [directoryAdministrator("legal-aid"), STAFF.arbitration]) {
      const { body } = await gql(CHANGE, retire, await as(caller));
      expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await ok(CHANGE, retire, admin)).toEqual({ status: "RETIRED", statusReason: "聘任期满，不再续聘" });

    const roster = await ok<{ name: string; status: string }[]>(
      `query { arbitrationArbitrators(filter: { commissionRegion: "330122", statuses: [ACTIVE, RETIRED] }) { name status } }`,
      {},
    );
    expect(roster).toContainEqual({ name: "潘永康", status: "RETIRED" });
    expect(roster).toContainEqual({ name: "方建明", status: "ACTIVE" });

    const worker = { name: "吴建军", residentId: residentId() };
    const filed = await ok<{ id: string }>(
      `mutation ($v: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $v) { id } }`,
      { v: wageApplication(await wagesSentTo(worker, "ARBITRATION"), worker) },
    );
    await ok(`mutation ($id: ID!) { acceptArbitrationCase(input: { caseId: $id }) { id } }`, { id: filed.id });
    const COMPOSE = `mutation ($v: ComposeArbitrationTribunalInput!) {
      composeArbitrationTribunal(input: $v) { status tribunal { presidingArbitrator } } }`;
    const sole = (name: string) => ({
      v: { caseId: filed.id, kind: "SOLE", arbitrators: [name], presidingArbitrator: name },
    });
    const { body: refused } = await gql(COMPOSE, sole("潘永康"));
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "DIRECTORY_ENTRY_RETIRED",
      messageZh: "仲裁员潘永康已退出名录，不能承接新的事项",
      messageEn: "Arbitrator 潘永康 is retired and takes no new matters",
    });
    expect(await ok(COMPOSE, sole("方建明"))).toEqual({
      status: "TRIBUNAL_FORMED",
      tribunal: { presidingArbitrator: "方建明" },
    });
  });

  it("suspends and reinstates a legal aid lawyer: while suspended she is assigned no case", async () => {
    const admin = await as(directoryAdministrator("legal-aid"));
    const lawyer = await ok<{ id: string }>(
      `mutation ($v: RegisterLegalAidProviderInput!) { registerLegalAidProvider(input: $v) { id } }`,
      {
        v: {
          name: "邵佳敏",
          kind: "LAWYER",
          organisation: "浙江桐君律师事务所",
          licenseNumber: "13301201910356721",
          centreId: demoId(TONGLU_LEGAL_AID),
          specialties: ["LABOUR"],
          maxOpenCases: 5,
        },
      },
      admin,
    );
    const CHANGE = `mutation ($v: ChangeLegalAidProviderStatusInput!) {
      changeLegalAidProviderStatus(input: $v) { status statusReason version } }`;
    expect(
      await ok(CHANGE, { v: { providerId: lawyer.id, status: "SUSPENDED", reason: "执业证暂扣审查中" } }, admin),
    ).toEqual({ status: "SUSPENDED", statusReason: "执业证暂扣审查中", version: 2 });
    const { body: officer } = await gql(
      CHANGE,
      { v: { providerId: lawyer.id, status: "ACTIVE", reason: "审查结束" } },
      await as(STAFF["legal-aid"]),
    );
    expect(officer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const worker = { name: "俞小红", residentId: residentId() };
    const applied = await ok<{ id: string }>(
      `mutation ($v: ApplyForLegalAidInput!) { applyForLegalAid(input: $v) { id } }`,
      {
        v: {
          disputeCode: await wagesSentTo(worker, "LEGAL_AID"),
          matter: "CLAIM_LABOUR_REMUNERATION",
          applicant: { ...worker, groups: ["MIGRANT_WORKER"] },
        },
      },
    );
    expect(
      await ok(`mutation ($id: ID!) { decideLegalAid(input: { caseId: $id }) { status } }`, { id: applied.id }),
    ).toEqual({ status: "GRANTED" });
    const ASSIGN = `mutation ($id: ID!, $p: ID) {
      assignLegalAidCase(input: { caseId: $id, providerId: $p }) { assignment { provider { name status } } } }`;
    const { body: refused } = await gql(ASSIGN, { id: applied.id, p: lawyer.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: "承办人员邵佳敏已暂停，不能承接新的事项",
    });

    await ok(CHANGE, { v: { providerId: lawyer.id, status: "ACTIVE", reason: "审查结束，恢复执业" } }, admin);
    expect(await ok(ASSIGN, { id: applied.id, p: lawyer.id })).toEqual({
      assignment: { provider: { name: "邵佳敏", status: "ACTIVE" } },
    });
  });

  it("retires a court's invited mediator: no new pre-filing mediation is delegated to her", async () => {
    const admin = await as(directoryAdministrator("litigation"));
    const mediator = await ok<{ id: string }>(
      `mutation ($v: RegisterCourtInvitedMediatorInput!) { registerCourtInvitedMediator(input: $v) { id } }`,
      { v: { courtCode: "浙0122", name: "华丽君", organisation: "桐庐县律师协会特邀调解工作室" } },
      admin,
    );
    await ok(
      `mutation ($v: ChangeCourtInvitedMediatorStatusInput!) { changeCourtInvitedMediatorStatus(input: $v) { status } }`,
      { v: { mediatorId: mediator.id, status: "RETIRED", reason: "聘期届满" } },
      admin,
    );
    const disputeCode = await registeredAndSentTo(
      gql,
      {
        title: "厂房租金纠纷",
        description: "承租方拖欠厂房租金十八万余元，出租方诉至法院，法院先行诉前调解。",
        category: "合同",
        region: "330122",
        channel: "WALK_IN",
        amountInvolved: "186000.50",
        parties: [{ kind: "PERSON", name: "徐建明", residentId: residentId(), phone: "13757106683" }],
      },
      "LITIGATION",
    );
    const { body } = await gql(
      `mutation ($v: DelegatePreFilingMediationInput!) { delegatePreFilingMediation(input: $v) { id } }`,
      {
        v: {
          disputeCode,
          causeOfActionCode: "PREMISES_LEASE",
          parties: [
            { role: "PLAINTIFF", kind: "ORGANISATION", name: "桐庐某纺织有限公司" },
            { role: "DEFENDANT", kind: "PERSON", name: "徐建明" },
          ],
          claims: [{ description: "支付拖欠厂房租金", amount: "186000.50" }],
          mediatorKind: "INVITED_MEDIATOR",
          mediatorBody: "桐庐县律师协会特邀调解工作室",
          mediatorName: "华丽君",
        },
      },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "DIRECTORY_ENTRY_RETIRED",
      messageZh: "特邀调解员华丽君已退出名录，不能承接新的事项",
    });
  });
});

describe("legal aid centres published to the registry", () => {
  const APPLY = `mutation ($v: ApplyForLegalAidInput!) { applyForLegalAid(input: $v) { id centreId } }`;
  const application = (disputeCode: string, worker: { name: string; residentId: string }, centreId?: string) => ({
    disputeCode,
    ...(centreId ? { centreId } : {}),
    matter: "CLAIM_LABOUR_REMUNERATION",
    applicant: { ...worker, groups: ["MIGRANT_WORKER"] },
  });
  const LEGAL_AID_BODIES = `query ($code: ID!) { dispute(code: $code) { suitableBodies(department: LEGAL_AID) { id name } } }`;
  const DISPATCH_LEGAL_AID = `mutation ($code: ID!, $bodyId: ID!) {
    dispatchDispute(input: { code: $code, to: LEGAL_AID, bodyId: $bodyId, reason: "申请人在仲裁院申请法律援助" }) {
      handlingBody handlingBodyId } }`;

  it("sends a dispute to its county's legal aid centre by id, where the application is received", async () => {
    const worker = { name: "蓝秀英", residentId: residentId() };
    const code = await wagesSentTo(worker, "LEGAL_AID");
    expect(await handlingBodyOf(gql, code)).toBe(demoId(TONGLU_LEGAL_AID));
    expect(await ok(APPLY, { v: application(code, worker) })).toMatchObject({ centreId: demoId(TONGLU_LEGAL_AID) });
  });

  it("adds a workstation and its lawyer: the registry sends to it once published, the centre is refused its dispute, and a suspended one receives none", async () => {
    const admin = await as(directoryAdministrator("legal-aid"));
    const name = `桐庐县法律援助中心驻县劳动人事争议仲裁院工作站${randomUUID().slice(0, 4)}`;
    const station = await ok<{ id: string; status: string; version: number }>(
      `mutation ($v: AddLegalAidCentreInput!) { addLegalAidCentre(input: $v) { id status version } }`,
      { v: { name, kind: "WORKSTATION", regionCode: "330122", categories: ["劳动争议", "拖欠农民工工资"] } },
      admin,
    );
    expect(station).toMatchObject({ status: "ACTIVE", version: 1 });
    // An officer keeps no directory.
    const { body: officer } = await gql(
      `mutation ($v: AddLegalAidCentreInput!) { addLegalAidCentre(input: $v) { id } }`,
      { v: { name: `${name}2`, kind: "WORKSTATION", regionCode: "330122" } },
      await as(STAFF["legal-aid"]),
    );
    expect(officer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await ok(
      `mutation ($v: RegisterLegalAidProviderInput!) { registerLegalAidProvider(input: $v) { id } }`,
      {
        v: {
          name: "雷志远",
          kind: "LEGAL_AID_WORKER",
          organisation: TONGLU_LEGAL_AID,
          centreId: station.id,
          specialties: ["LABOUR"],
          maxOpenCases: 6,
        },
      },
      admin,
    );

    const first = { name: "钟美娟", residentId: residentId() };
    const second = { name: "雷建华", residentId: residentId() };
    const codes = [await registerDispute(gql, wageDispute(first)), await registerDispute(gql, wageDispute(second))];
    // Legal aid publishes its directory just after the change: the registry offers the workstation shortly.
    await vi.waitFor(
      async () => {
        const { body } = await gql<{ dispute: { suitableBodies: { id: string }[] } }>(LEGAL_AID_BODIES, {
          code: codes[0],
        });
        expect(body.data!.dispute.suitableBodies).toContainEqual({ id: station.id, name });
      },
      { timeout: 15_000, interval: 100 },
    );
    for (const code of codes)
      expect(await ok(DISPATCH_LEGAL_AID, { code, bodyId: station.id })).toEqual({
        handlingBody: name,
        handlingBodyId: station.id,
      });

    // The county's centre may not receive the application the registry sent to the workstation.
    const { body: refused } = await gql(APPLY, { v: application(codes[0]!, first) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "SENT_TO_ANOTHER_BODY",
      bodyId: station.id,
      messageZh: expect.stringContaining(name),
    });
    expect(await ok(APPLY, { v: application(codes[0]!, first, station.id) })).toMatchObject({ centreId: station.id });

    // With an application in hand the workstation does not retire; suspended, it receives no new one.
    const CHANGE = `mutation ($v: ChangeLegalAidCentreStatusInput!) {
      changeLegalAidCentreStatus(input: $v) { status statusReason version } }`;
    const { body: retire } = await gql(
      CHANGE,
      { v: { centreId: station.id, status: "RETIRED", reason: "工作站撤并" } },
      admin,
    );
    expect(retire.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "OPEN_CASES" });
    expect(
      await ok(
        CHANGE,
        { v: { centreId: station.id, status: "SUSPENDED", reason: "人员调整", expectedVersion: 1 } },
        admin,
      ),
    ).toEqual({ status: "SUSPENDED", statusReason: "人员调整", version: 2 });
    const { body: suspended } = await gql(APPLY, { v: application(codes[1]!, second, station.id) });
    expect(suspended.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: `法律援助机构${name}已暂停，不能承接新的事项`,
    });
  });
});

describe("administrative review's offices published to the registry", () => {
  const TONGLU_REVIEW_OFFICE = "桐庐县人民政府行政复议办公室";
  const RECEIVE = `mutation ($v: ReceiveAdministrativeReviewCaseInput!) {
    receiveAdministrativeReviewCase(input: $v) { id officeId } }`;
  const ADD = `mutation ($v: AddReviewOfficeInput!) { addReviewOffice(input: $v) { id status version } }`;
  const REGISTER = `mutation ($v: RegisterReviewOfficerInput!) { registerReviewOfficer(input: $v) { id } }`;
  const CHANGE = `mutation ($v: ChangeReviewOfficeStatusInput!) { changeReviewOfficeStatus(input: $v) { status version } }`;
  const REVIEW_BODIES = `query ($code: ID!) { dispute(code: $code) { suitableBodies(department: ADMINISTRATIVE_REVIEW) { id name } } }`;
  /** A new reception point of 桐庐县 with one officer, as the registry knows it once review has published. */
  async function receptionPoint(admin: Record<string, string>, officer: string) {
    const name = `桐庐县${randomUUID().slice(0, 4)}镇行政复议受理点`;
    const point = await ok<{ id: string; status: string; version: number }>(
      ADD,
      { v: { name, kind: "RECEPTION_POINT", regionCode: "330122" } },
      admin,
    );
    expect(point).toMatchObject({ status: "ACTIVE", version: 1 });
    await ok(REGISTER, { v: { officeId: point.id, name: officer } }, admin);
    return { ...point, name };
  }

  it("sends a contested act to its county's review office by id, where the application is received", async () => {
    const code = await registeredAndSentTo(gql, contestedFine(), "ADMINISTRATIVE_REVIEW");
    expect(await handlingBodyOf(gql, code)).toBe(demoId(TONGLU_REVIEW_OFFICE));
    expect(await ok(RECEIVE, { v: fineApplication(code) })).toMatchObject({ officeId: demoId(TONGLU_REVIEW_OFFICE) });
  });

  it("adds a reception point and its officer: sent a dispute by id, it does not retire with the case open", async () => {
    const admin = await as(directoryAdministrator("administrative-review"));
    // An officer keeps no directory.
    const { body: officer } = await gql(
      ADD,
      { v: { name: "桐庐县某受理点", kind: "RECEPTION_POINT", regionCode: "330122" } },
      await as(STAFF["administrative-review"]),
    );
    expect(officer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const point = await receptionPoint(admin, "袁丽娟");
    const code = await registerDispute(gql, contestedFine());
    // Review publishes its directory just after the change: the registry offers the point shortly.
    await vi.waitFor(
      async () => {
        const { body } = await gql<{ dispute: { suitableBodies: { id: string }[] } }>(REVIEW_BODIES, { code });
        expect(body.data!.dispute.suitableBodies).toContainEqual({ id: point.id, name: point.name });
      },
      { timeout: 15_000, interval: 100 },
    );
    expect(
      await ok(
        `mutation ($code: ID!, $bodyId: ID!) {
          dispatchDispute(input: { code: $code, to: ADMINISTRATIVE_REVIEW, bodyId: $bodyId, reason: "申请人在受理点递交申请" }) {
            handlingBody handlingBodyId } }`,
        { code, bodyId: point.id },
      ),
    ).toEqual({ handlingBody: point.name, handlingBodyId: point.id });
    expect(await ok(RECEIVE, { v: fineApplication(code) })).toMatchObject({ officeId: point.id });

    const { body: retire } = await gql(
      CHANGE,
      { v: { officeId: point.id, status: "RETIRED", reason: "受理点撤并" } },
      admin,
    );
    expect(retire.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "OPEN_CASES" });
  });

  it("refuses to save a routing rule naming a retired review office", { timeout: 60_000 }, async () => {
    const admin = await as(directoryAdministrator("administrative-review"));
    const point = await receptionPoint(admin, "蒋志明");
    expect(
      await ok(
        CHANGE,
        { v: { officeId: point.id, status: "RETIRED", reason: "受理点撤并", expectedVersion: 1 } },
        admin,
      ),
    ).toEqual({ status: "RETIRED", version: 2 });
    const rule: RoutingRule = {
      id: "review-at-point",
      description: "Contested acts of Tonglu at one reception point",
      regionPrefixes: ["330122"],
      flags: ["ADMINISTRATIVE_ACT"],
      department: "ADMINISTRATIVE_REVIEW",
      body: point.name,
      bodyId: point.id,
    };
    const rules = [rule, ...ROUTING_RULES.rules].map(({ minAmountYuan, maxAmountYuan, bodyKind, ...r }) => ({
      ...r,
      ...(bodyKind !== undefined && { bodyKindCode: bodyKind }),
      ...(minAmountYuan !== undefined && { minAmountYuan: String(minAmountYuan) }),
      ...(maxAmountYuan !== undefined && { maxAmountYuan: String(maxAmountYuan) }),
    }));
    const SAVE = `mutation ($input: SaveRoutingRuleSetInput!) { saveRoutingRuleSet(input: $input) { version } }`;
    // Review publishes its directory after each change; the registry then knows the point as retired.
    await vi.waitFor(
      async () => {
        const { body } = await gql(
          SAVE,
          { input: { version: `TL-REVIEW-${randomUUID().slice(0, 4)}`, effectiveFrom: chinaDaysAgo(-1), rules } },
          await as(COMMANDER),
        );
        expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        const problems = body.errors![0]!.extensions!.problems as { field: unknown[]; reason: string }[];
        expect(problems).toEqual([
          expect.objectContaining({ field: ["input", "rules", 0, "bodyId"], reason: "BODY_RETIRED" }),
        ]);
      },
      { timeout: 30_000, interval: 500 },
    );
  });
});
