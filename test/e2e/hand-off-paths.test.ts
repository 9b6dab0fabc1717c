// 件件有着落 along every hand-off path of the chain (法–调–仲–访–诉), through the gateway: the hand-off
// appears, the receiver takes it (or refuses it and the catch-all window leads), the lead owner moves,
// no dispatched dispute is ever without one, and the timeline keeps the steps in order.
// hand-offs.test.ts covers the hand-off mechanics (manual request, refusal rules, a petition routed to
// arbitration); chain.test.ts a failed mediation taken by arbitration's filing.
import { describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { STAFF, as } from "../support/callers.js";
import { timelineOf } from "../support/timeline.js";

const gql = sharedGateway(inject("gatewayUrl"));
const ok = async <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => {
  const { body } = await gql<T>(query, variables, headers);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
};

interface Person {
  name: string;
  residentId: string;
  phone: string;
}
const person = (name: string, phone: string): Person => ({ name, residentId: residentId(), phone });

async function register(input: {
  title: string;
  description: string;
  category: string;
  amountInvolved: string;
  applicant: Person;
  respondent: string;
  flags?: string[];
}): Promise<string> {
  const { registerDispute } = await ok<{ registerDispute: { code: string } }>(
    `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
    {
      input: {
        title: input.title,
        description: input.description,
        category: input.category,
        region: "330122",
        amountInvolved: input.amountInvolved,
        peopleInvolved: 1,
        channel: "WALK_IN",
        parties: [{ kind: "PERSON", ...input.applicant }],
        respondents: [{ kind: "ORGANISATION", name: input.respondent }],
        ...(input.flags ? { flags: input.flags } : {}),
      },
    },
  );
  return registerDispute.code;
}

const dispatch = (code: string, to: string, reason?: string) =>
  ok(
    `mutation ($code: ID!, $to: Department!, $reason: String) { dispatchDispute(input: { code: $code, to: $to, reason: $reason }) { code } }`,
    { code, to, reason: reason ?? null },
  );

interface HandOffView {
  id: string;
  fromDepartment: string;
  toDepartment: string;
  toBody: string;
  status: string;
  reason: string;
  responseReason: string | null;
}
interface Owner {
  leadOwner: string;
  handlingBody: string;
  handOffs: HandOffView[];
}
const owner = async (code: string): Promise<Owner> =>
  (
    await ok<{ dispute: Owner }>(
      `query ($code: ID!) { dispute(code: $code) { leadOwner handlingBody handOffs { id fromDepartment toDepartment toBody status reason responseReason } } }`,
      { code },
    )
  ).dispute;
const poll = { timeout: 15_000, interval: 250 };

/** The dispute's timeline as [source, type], waiting until the departments' events have arrived. */
async function expectTimeline(code: string, expected: [string, string][]): Promise<void> {
  const steps = async () =>
    (await timelineOf<{ source: string; type: string; occurredAt: string }>(gql, code, "source type occurredAt"))!;
  await expect
    .poll(async () => (await steps()).map((s) => [s.source, s.type]), { timeout: 20_000, interval: 300 })
    .toEqual(expected);
  const instants = (await steps()).map((s) => s.occurredAt);
  expect(instants).toEqual([...instants].sort());
}

async function expectEveryDisputeLed(): Promise<void> {
  const { disputes } = await ok<{ disputes: { totalCount: number; edges: { node: { code: string } }[] } }>(
    `{ disputes(filter: { withoutLeadDepartment: true }, first: 100) { totalCount edges { node { code } } } }`,
  );
  expect(disputes).toEqual({ totalCount: 0, edges: [] });
}

const committeeIds = new Map<string, string>();
async function committee(name: string): Promise<string> {
  if (committeeIds.size === 0) {
    const { committees } = await ok<{ committees: { edges: { node: { id: string; name: string } }[] } }>(
      `{ committees(first: 100) { edges { node { id name } } } }`,
    );
    for (const e of committees.edges) committeeIds.set(e.node.name, e.node.id);
  }
  const id = committeeIds.get(name);
  expect(id, name).toBeDefined();
  return id!;
}

async function acceptMediation(
  code: string,
  committeeName: string,
  source = "DISPATCH",
  sourceReference = "桐矛派〔2026〕1124-03",
): Promise<string> {
  const { acceptMediationCase } = await ok<{ acceptMediationCase: { id: string } }>(
    `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
    { input: { disputeCode: code, committeeId: await committee(committeeName), source, sourceReference } },
  );
  return acceptMediationCase.id;
}

/** Assigns the committee's first mediator and holds one session. */
async function mediate(caseId: string, committeeName: string, notes: string): Promise<void> {
  const { mediators } = await ok<{ mediators: { edges: { node: { id: string } }[] } }>(
    `query ($id: ID) { mediators(filter: { committeeId: $id }, first: 5) { edges { node { id } } } }`,
    { id: await committee(committeeName) },
  );
  await ok(`mutation ($input: AssignMediatorInput!) { assignMediator(input: $input) { id } }`, {
    input: { caseId, mediatorId: mediators.edges[0]!.node.id },
  });
  await ok(`mutation ($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id } }`, {
    input: {
      caseId,
      mode: "IN_PERSON",
      startsAt: new Date().toISOString(),
      place: "桐庐县社会治理综合服务中心调解室",
      attendees: ["申请人", "被申请人代表"],
      notes,
    },
  });
}

const MEDIATED = [
  ["PETITIONS", "DISPUTE_REGISTERED"],
  ["PETITIONS", "DISPUTE_DISPATCHED"],
  ["MEDIATION", "MEDIATION_ACCEPTED"],
  ["MEDIATION", "MEDIATOR_ASSIGNED"],
  ["MEDIATION", "MEDIATION_SESSION_HELD"],
] as [string, string][];

describe("hand-off paths of the chain", () => {
  it("mediation failed → litigation: the registry hands the dispute to the court, and filing the case takes it", async () => {
    const applicant = person("蒋丽华", "13819905521");
    const code = await register({
      title: "装修款结算纠纷",
      description: "申请人委托某装饰公司装修住房，工程逾期三个月且存在质量问题，双方对尾款结算争执不下。",
      category: "合同",
      amountInvolved: "38000",
      applicant,
      respondent: "桐庐某装饰工程有限公司",
    });
    await dispatch(code, "MEDIATION");
    const caseId = await acceptMediation(code, "桐庐县联合人民调解委员会");
    await mediate(caseId, "桐庐县联合人民调解委员会", "双方对返工范围和尾款金额分歧较大。");
    await ok(`mutation ($input: FailMediationInput!) { failMediation(input: $input) { id } }`, {
      input: { caseId, reason: "被申请人不同意返工，申请人坚持起诉", suggestedNextStep: "LITIGATION" },
    });

    await expect
      .poll(async () => (await owner(code)).handOffs.map((h) => [h.fromDepartment, h.toDepartment, h.status]), poll)
      .toEqual([["MEDIATION", "LITIGATION", "PENDING"]]);
    expect((await owner(code)).leadOwner).toBe("MEDIATION"); // the sender leads until the court takes it
    await expectEveryDisputeLed();

    await ok(`mutation ($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { id } }`, {
      input: {
        disputeCode: code,
        causeOfActionCode: "SERVICE_CONTRACT",
        parties: [
          { role: "PLAINTIFF", kind: "PERSON", name: applicant.name, idNumber: applicant.residentId },
          { role: "DEFENDANT", kind: "ORGANISATION", name: "桐庐某装饰工程有限公司" },
        ],
        claims: [{ description: "返还多付装修款并赔偿损失", amount: "38000" }],
        trialProcedure: "SIMPLIFIED",
      },
    });
    await expect.poll(async () => (await owner(code)).leadOwner, poll).toBe("LITIGATION");
    const after = await owner(code);
    expect(after.handOffs.map((h) => h.status)).toEqual(["ACCEPTED"]);
    expect(after.handlingBody).toContain("人民法院");
    await expectEveryDisputeLed();
    await expectTimeline(code, [
      ...MEDIATED,
      ["MEDIATION", "MEDIATION_FAILED"],
      ["PETITIONS", "HANDOFF_REQUESTED"],
      ["LITIGATION", "CASE_FILED"],
      ["PETITIONS", "HANDOFF_ACCEPTED"],
    ]);
  });

  it("mediation failed → arbitration, refused by the commission with a reason: the catch-all window leads and the commander sees it", async () => {
    const code = await register({
      title: "快递分拣员工伤待遇纠纷",
      description: "申请人在分拣中心工作时手部受伤，已认定工伤，公司拒绝支付停工留薪期工资。",
      category: "劳动争议",
      amountInvolved: "15600",
      applicant: person("鲁国庆", "13957183306"),
      respondent: "桐庐某快递服务有限公司",
    });
    await dispatch(code, "MEDIATION");
    const caseId = await acceptMediation(code, "桐庐县劳动争议人民调解委员会");
    await mediate(caseId, "桐庐县劳动争议人民调解委员会", "公司仅同意支付一半停工留薪期工资。");
    await ok(`mutation ($input: FailMediationInput!) { failMediation(input: $input) { id } }`, {
      input: { caseId, reason: "公司不同意全额支付，申请人要求仲裁", suggestedNextStep: "ARBITRATION" },
    });
    await expect
      .poll(async () => (await owner(code)).handOffs.map((h) => [h.toDepartment, h.status]), poll)
      .toEqual([["ARBITRATION", "PENDING"]]);
    const handOff = (await owner(code)).handOffs[0]!;

    const reason = "申请人尚未提交书面仲裁申请及工伤认定决定书，请补正后另行申请";
    // The receiving commission answers it itself.
    await ok(
      `mutation ($id: ID!, $reason: String) { respondToHandOff(input: { id: $id, accept: false, reason: $reason }) { status } }`,
      { id: handOff.id, reason },
      await as(STAFF.arbitration),
    );
    const after = await owner(code);
    expect(after.leadOwner).toBe("COMPREHENSIVE_WINDOW");
    expect(after.handlingBody).toContain("综合调处窗口");
    expect(after.handOffs).toMatchObject([{ id: handOff.id, status: "REJECTED", responseReason: reason }]);
    const { handOffs } = await ok<{ handOffs: { edges: { node: { id: string } }[] } }>(
      `{ handOffs(filter: { statuses: [REJECTED, EXPIRED] }, first: 100) { edges { node { id } } } }`,
    );
    expect(handOffs.edges.map((e) => e.node.id)).toContain(handOff.id);
    await expectEveryDisputeLed();
    await expectTimeline(code, [
      ...MEDIATED,
      ["MEDIATION", "MEDIATION_FAILED"],
      ["PETITIONS", "HANDOFF_REQUESTED"],
      ["PETITIONS", "HANDOFF_REJECTED"],
    ]);
  });

  it("a petition that belongs to litigation is routed out to the court, which takes it by filing the case", async () => {
    const applicant = person("邵建军", "13605719982");
    const code = await register({
      title: "宅基地使用权纠纷",
      description: "申请人多次到信访局反映，村经济合作社收回其家庭使用多年的宅基地，要求确认宅基地使用权。",
      category: "房屋宅基地",
      amountInvolved: "260000",
      applicant,
      respondent: "桐庐县某村经济合作社",
      flags: ["PETITION_MATTER", "MEDIATION_DECLINED"],
    });
    // The rules send a civil matter to the court; the clerk records the petition first, as the resident insists.
    await dispatch(code, "PETITIONS", "当事人坚持以信访形式反映，先登记信访事项，再依法导入诉讼程序");
    await ok(`mutation ($code: ID!) { filePetition(input: { code: $code }) { status } }`, { code });
    await ok(
      `mutation ($code: ID!) { advancePetition(input: { code: $code, type: ROUTE_OUT, routeTo: LITIGATION }) { status } }`,
      { code },
    );
    const handOffs = (await owner(code)).handOffs;
    expect(handOffs.map((h) => [h.fromDepartment, h.toDepartment, h.status])).toEqual([
      ["PETITIONS", "LITIGATION", "PENDING"],
    ]);
    expect((await owner(code)).leadOwner).toBe("PETITIONS");

    await ok(`mutation ($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { id } }`, {
      input: {
        disputeCode: code,
        causeOfActionCode: "HOMESTEAD_USE",
        parties: [
          { role: "PLAINTIFF", kind: "PERSON", name: applicant.name, idNumber: applicant.residentId },
          { role: "DEFENDANT", kind: "ORGANISATION", name: "桐庐县某村经济合作社" },
        ],
        claims: [{ description: "确认申请人享有宅基地使用权" }],
        trialProcedure: "ORDINARY",
      },
    });
    await expect.poll(async () => (await owner(code)).leadOwner, poll).toBe("LITIGATION");
    expect((await owner(code)).handOffs.map((h) => h.status)).toEqual(["ACCEPTED"]);
    await expectEveryDisputeLed();
    await expectTimeline(code, [
      ["PETITIONS", "DISPUTE_REGISTERED"],
      ["PETITIONS", "DISPUTE_DISPATCHED"],
      ["PETITIONS", "PETITION_FILED"],
      ["PETITIONS", "HANDOFF_REQUESTED"],
      ["PETITIONS", "PETITION_ADVANCED"],
      ["LITIGATION", "CASE_FILED"],
      ["PETITIONS", "HANDOFF_ACCEPTED"],
    ]);
  });

  it("a court delegates pre-filing mediation (诉前委派): the committee accepting the delegation takes the lead", async () => {
    const applicant = person("姚春燕", "13588061274");
    const code = await register({
      title: "商铺租金纠纷",
      description: "申请人承租某公司沿街商铺，因道路施工停业两个月，双方就减免租金发生争议，申请人已到法院起诉。",
      category: "合同",
      amountInvolved: "24000",
      applicant,
      respondent: "桐庐某商业管理有限公司",
      flags: ["MEDIATION_DECLINED"],
    });
    await dispatch(code, "LITIGATION");
    expect((await owner(code)).leadOwner).toBe("LITIGATION");

    const { delegatePreFilingMediation: court } = await ok<{
      delegatePreFilingMediation: { id: string; caseNumber: string };
    }>(
      `mutation ($input: DelegatePreFilingMediationInput!) { delegatePreFilingMediation(input: $input) { id caseNumber } }`,
      {
        input: {
          disputeCode: code,
          causeOfActionCode: "PREMISES_LEASE",
          parties: [
            { role: "PLAINTIFF", kind: "PERSON", name: applicant.name, idNumber: applicant.residentId },
            { role: "DEFENDANT", kind: "ORGANISATION", name: "桐庐某商业管理有限公司" },
          ],
          claims: [{ description: "减免停业期间租金", amount: "24000" }],
          mediatorKind: "MEDIATION_COMMITTEE",
          mediatorBody: "桐庐县商事人民调解委员会",
          mediatorName: "程伟",
        },
      },
    );
    // The delegation is the court's act; hearing of it, the registry hands the dispute on to the committee.
    await expect
      .poll(async () => (await owner(code)).handOffs.map((h) => [h.fromDepartment, h.toDepartment, h.status]), poll)
      .toEqual([["LITIGATION", "MEDIATION", "PENDING"]]);
    expect((await owner(code)).leadOwner).toBe("LITIGATION");
    await expectEveryDisputeLed();

    const caseId = await acceptMediation(code, "桐庐县商事人民调解委员会", "COURT_DELEGATION", court.caseNumber);
    // One mediation, one deadline: the committee runs the court's 30-day pre-filing clock, not its own.
    interface Clock {
      kind: string;
      startedAt: string;
      deadline: string;
      state: string;
    }
    const CLOCK = "kind startedAt deadline state";
    const { mediationCase } = await ok<{ mediationCase: { clockKind: string; clock: Clock } }>(
      `query ($id: ID!) { mediationCase(id: $id) { clockKind clock { ${CLOCK} } } }`,
      { id: caseId },
    );
    const { courtCase } = await ok<{ courtCase: { clocks: Clock[] } }>(
      `query ($id: ID!) { courtCase(id: $id) { clocks { ${CLOCK} } } }`,
      { id: court.id },
    );
    const courtClock = courtCase.clocks.find((c) => c.kind === "PRE_FILING_MEDIATION")!;
    expect(mediationCase).toEqual({ clockKind: "COURT_PRE_FILING", clock: courtClock });
    // The registry shows that clock once, as its owner (the court) reports it.
    await expect
      .poll(
        async () =>
          (
            await ok<{ dispute: { clocks: Clock[] } }>(
              `query ($code: ID!) { dispute(code: $code) { clocks { ${CLOCK} } } }`,
              { code },
            )
          ).dispute.clocks.filter((c) => c.kind === "PRE_FILING_MEDIATION"),
        poll,
      )
      .toEqual([courtClock]);
    await expect.poll(async () => (await owner(code)).leadOwner, poll).toBe("MEDIATION");
    const after = await owner(code);
    expect(after.handlingBody).toBe("桐庐县商事人民调解委员会");
    expect(after.handOffs.map((h) => h.status)).toEqual(["ACCEPTED"]);
    await expectEveryDisputeLed();
    await expectTimeline(code, [
      ["PETITIONS", "DISPUTE_REGISTERED"],
      ["PETITIONS", "DISPUTE_DISPATCHED"],
      ["LITIGATION", "PRE_FILING_MEDIATION_DELEGATED"],
      ["PETITIONS", "HANDOFF_REQUESTED"],
      ["MEDIATION", "MEDIATION_ACCEPTED"],
      ["PETITIONS", "HANDOFF_ACCEPTED"],
    ]);
  });

  it("a court-delegated mediation reaching an agreement: the court's pre-filing case records it by itself", async () => {
    const applicant = person("邵丽君", "13588064417");
    const respondent = "桐庐某物业服务有限公司";
    const code = await register({
      title: "物业服务费纠纷",
      description: "申请人认为物业服务不达标，拒交物业费，物业公司已到法院起诉。",
      category: "合同",
      amountInvolved: "6400",
      applicant,
      respondent,
      flags: ["MEDIATION_DECLINED"],
    });
    await dispatch(code, "LITIGATION");
    const { delegatePreFilingMediation: court } = await ok<{
      delegatePreFilingMediation: { id: string; caseNumber: string };
    }>(
      `mutation ($input: DelegatePreFilingMediationInput!) { delegatePreFilingMediation(input: $input) { id caseNumber } }`,
      {
        input: {
          disputeCode: code,
          causeOfActionCode: "PREMISES_LEASE",
          parties: [
            { role: "PLAINTIFF", kind: "ORGANISATION", name: respondent },
            { role: "DEFENDANT", kind: "PERSON", name: applicant.name, idNumber: applicant.residentId },
          ],
          claims: [{ description: "支付物业服务费", amount: "6400" }],
          mediatorKind: "MEDIATION_COMMITTEE",
          mediatorBody: "桐庐县商事人民调解委员会",
          mediatorName: "孙国平",
        },
      },
    );
    // The committee takes the delegation once the registry has handed the dispute on to it.
    await expect
      .poll(async () => (await owner(code)).handOffs.map((h) => [h.toDepartment, h.status]), poll)
      .toEqual([["MEDIATION", "PENDING"]]);
    const committeeCase = await acceptMediation(code, "桐庐县商事人民调解委员会", "COURT_DELEGATION", court.caseNumber);
    await mediate(committeeCase, "桐庐县商事人民调解委员会", "双方同意减免部分物业费。");
    const { reachMediationAgreement } = await ok<{ reachMediationAgreement: { id: string } }>(
      `mutation ($input: ReachMediationAgreementInput!) { reachMediationAgreement(input: $input) { id } }`,
      {
        input: {
          caseId: committeeCase,
          terms: `${applicant.name}于协议签订之日起支付${respondent}物业服务费5000元。`,
          obligations: [{ payer: applicant.name, payee: respondent, amount: "5000", description: "一次性付清" }],
          performanceDeadline: new Date(Date.now() + 3_600_000).toISOString(),
          signatories: [applicant.name, respondent],
        },
      },
    );
    // Nobody at the court records it: the registry relays the agreement, and the court's case moves once.
    const courtCase = async () =>
      (
        await ok<{
          courtCase: {
            status: string;
            preFilingMediation: { success: string | null; agreement: { id: string } | null };
          };
        }>(`query ($id: ID!) { courtCase(id: $id) { status preFilingMediation { success agreement { id } } } }`, {
          id: court.id,
        })
      ).courtCase;
    await expect.poll(courtCase, poll).toEqual({
      status: "RESOLVED",
      preFilingMediation: { success: "AGREEMENT", agreement: { id: reachMediationAgreement.id } },
    });
    const resolved = async () =>
      (await timelineOf<{ source: string; type: string }>(gql, code, "source type"))!
        .filter((e) => e.type === "PRE_FILING_MEDIATION_RESOLVED")
        .map((e) => e.source);
    await expect.poll(resolved, poll).toEqual(["LITIGATION"]);
  });

  it("a referral to legal aid: the legal aid centre accepts and leads", async () => {
    const applicant = person("童金花", "13706716630");
    const code = await register({
      title: "赡养费纠纷",
      description: "申请人年逾七十，三名子女未按约定支付赡养费，申请人无固定收入。",
      category: "婚姻家庭",
      amountInvolved: "18000",
      applicant,
      respondent: "桐庐县某村民委员会",
    });
    await dispatch(code, "MEDIATION");
    const { handOffDispute } = await ok<{ handOffDispute: { id: string } }>(
      `mutation ($code: ID!, $reason: String!) { handOffDispute(input: { code: $code, to: LEGAL_AID, reason: $reason }) { id } }`,
      { code, reason: "申请人年老无固定收入，子女拒绝调解，转介法律援助代为起诉" },
    );
    expect((await owner(code)).handOffs.map((h) => [h.fromDepartment, h.toDepartment, h.status])).toEqual([
      ["MEDIATION", "LEGAL_AID", "PENDING"],
    ]);
    expect((await owner(code)).leadOwner).toBe("MEDIATION");
    await expectEveryDisputeLed();

    // Only the receiver (or the commander) answers: the sending committee cannot accept on its behalf.
    const bySender = await gql(
      `mutation ($id: ID!) { respondToHandOff(input: { id: $id, accept: true }) { status } }`,
      { id: handOffDispute.id },
      await as(STAFF.mediation),
    );
    expect(bySender.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await owner(code)).handOffs.map((h) => h.status)).toEqual(["PENDING"]);

    await ok(
      `mutation ($id: ID!) { respondToHandOff(input: { id: $id, accept: true }) { status } }`,
      { id: handOffDispute.id },
      await as(STAFF["legal-aid"]),
    );
    const after = await owner(code);
    expect(after.leadOwner).toBe("LEGAL_AID");
    expect(after.handlingBody).toContain("法律援助中心");
    expect(after.handOffs.map((h) => h.status)).toEqual(["ACCEPTED"]);
    await expectEveryDisputeLed();
    await expectTimeline(code, [
      ["PETITIONS", "DISPUTE_REGISTERED"],
      ["PETITIONS", "DISPUTE_DISPATCHED"],
      ["PETITIONS", "HANDOFF_REQUESTED"],
      ["PETITIONS", "HANDOFF_ACCEPTED"],
    ]);
  });

  /** Mediation up to a signed agreement; returns the agreement id. */
  async function agreement(code: string, applicant: Person, obligor: string, amount: string): Promise<string> {
    await dispatch(code, "MEDIATION");
    const caseId = await acceptMediation(code, "桐庐县联合人民调解委员会");
    await mediate(caseId, "桐庐县联合人民调解委员会", "双方同意分期付款。");
    const { reachMediationAgreement } = await ok<{ reachMediationAgreement: { id: string } }>(
      `mutation ($input: ReachMediationAgreementInput!) { reachMediationAgreement(input: $input) { id } }`,
      {
        input: {
          caseId,
          terms: `${obligor}于协议签订之日起支付${applicant.name}${amount}元。`,
          obligations: [{ payer: obligor, payee: applicant.name, amount, description: "一次性付清" }],
          performanceDeadline: new Date(Date.now() + 3_600_000).toISOString(),
          signatories: [applicant.name, obligor],
        },
      },
    );
    // The registry has filed the agreement, and so relayed it to the court that may confirm it.
    await expectTimeline(code, AGREED);
    return reachMediationAgreement.id;
  }
  const notPerformed = (agreementId: string) =>
    ok(`mutation ($input: RecordPerformanceFollowUpInput!) { recordPerformanceFollowUp(input: $input) { id } }`, {
      input: { agreementId, status: "NOT_PERFORMED", notes: "回访：义务人未按协议付款，电话无人接听。" },
    });
  const AGREED = [...MEDIATED, ["MEDIATION", "MEDIATION_AGREEMENT_REACHED"]] as [string, string][];

  it("an agreement not performed → judicial confirmation: the court taking the application takes the dispute", async () => {
    const applicant = person("华小兰", "13858176604");
    const obligor = "桐庐某农产品合作社";
    const code = await register({
      title: "茶叶收购款纠纷",
      description: "申请人向合作社交售春茶，合作社拖欠收购款。",
      category: "合同",
      amountInvolved: "9800",
      applicant,
      respondent: obligor,
    });
    const agreementId = await agreement(code, applicant, obligor, "9800");
    await notPerformed(agreementId);
    await expect
      .poll(async () => (await owner(code)).handOffs.map((h) => [h.fromDepartment, h.toDepartment, h.status]), poll)
      .toEqual([["MEDIATION", "LITIGATION", "PENDING"]]);
    await expectEveryDisputeLed();

    await ok(
      `mutation ($input: ApplyForJudicialConfirmationInput!) { applyForJudicialConfirmation(input: $input) { id } }`,
      {
        input: {
          disputeCode: code,
          causeOfActionCode: "SALE_CONTRACT",
          agreementId,
          parties: [
            { role: "APPLICANT", kind: "PERSON", name: applicant.name, idNumber: applicant.residentId },
            { role: "APPLICANT", kind: "ORGANISATION", name: obligor },
          ],
          claims: [{ description: "确认调解协议有效", amount: "9800" }],
        },
      },
    );
    await expect.poll(async () => (await owner(code)).leadOwner, poll).toBe("LITIGATION");
    expect((await owner(code)).handOffs.map((h) => h.status)).toEqual(["ACCEPTED"]);
    await expectEveryDisputeLed();
    await expectTimeline(code, [
      ...AGREED,
      ["MEDIATION", "AGREEMENT_PERFORMANCE_RECORDED"],
      ["PETITIONS", "HANDOFF_REQUESTED"],
      ["LITIGATION", "JUDICIAL_CONFIRMATION_FILED"],
      ["PETITIONS", "HANDOFF_ACCEPTED"],
    ]);
  });

  it("a confirmed agreement not performed → enforcement: the court's enforcement filing takes the dispute", async () => {
    const applicant = person("金海波", "13567102239");
    const obligor = "桐庐某五金制品厂";
    const code = await register({
      title: "配件货款纠纷",
      description: "申请人向五金厂供应铜配件，五金厂拖欠货款。",
      category: "合同",
      amountInvolved: "21500",
      applicant,
      respondent: obligor,
    });
    const agreementId = await agreement(code, applicant, obligor, "21500");
    // Confirmed by the court while the committee still leads (no hand-off is waiting then).
    const { applyForJudicialConfirmation: confirmation } = await ok<{
      applyForJudicialConfirmation: { id: string; parties: { id: string }[] };
    }>(
      `mutation ($input: ApplyForJudicialConfirmationInput!) { applyForJudicialConfirmation(input: $input) { id parties { id } } }`,
      {
        input: {
          disputeCode: code,
          causeOfActionCode: "SALE_CONTRACT",
          agreementId,
          parties: [
            { role: "APPLICANT", kind: "PERSON", name: applicant.name, idNumber: applicant.residentId },
            { role: "APPLICANT", kind: "ORGANISATION", name: obligor },
          ],
          claims: [{ description: "确认调解协议有效", amount: "21500" }],
        },
      },
    );
    // Both parties at the court's window: the clerk records each one's consent.
    for (const party of confirmation.parties)
      await ok(
        `mutation ($input: ConsentToJudicialConfirmationInput!) { consentToJudicialConfirmation(input: $input) { id } }`,
        { input: { caseId: confirmation.id, casePartyId: party.id, channel: "IN_PERSON" } },
      );
    await ok(
      `mutation ($input: DecideJudicialConfirmationAcceptanceInput!) { decideJudicialConfirmationAcceptance(input: $input) { id } }`,
      {
        input: { caseId: confirmation.id, granted: true },
      },
    );
    await ok(
      `mutation ($input: RuleOnJudicialConfirmationInput!) { ruleOnJudicialConfirmation(input: $input) { id } }`,
      {
        input: { caseId: confirmation.id, granted: true },
      },
    );
    expect((await owner(code)).leadOwner).toBe("MEDIATION");

    await notPerformed(agreementId);
    await expect
      .poll(async () => (await owner(code)).handOffs.map((h) => [h.toDepartment, h.status]), poll)
      .toEqual([["LITIGATION", "PENDING"]]);
    await ok(`mutation ($input: ApplyForEnforcementInput!) { applyForEnforcement(input: $input) { id } }`, {
      input: { basisCaseId: confirmation.id },
    });
    await expect.poll(async () => (await owner(code)).leadOwner, poll).toBe("LITIGATION");
    expect((await owner(code)).handOffs.map((h) => h.status)).toEqual(["ACCEPTED"]);
    await expectEveryDisputeLed();
    await expectTimeline(code, [
      ...AGREED,
      ["LITIGATION", "JUDICIAL_CONFIRMATION_FILED"],
      ["LITIGATION", "JUDICIAL_CONFIRMATION_CONSENTED"],
      ["LITIGATION", "JUDICIAL_CONFIRMATION_CONSENTED"],
      ["LITIGATION", "JUDICIAL_CONFIRMATION_APPLIED"],
      ["LITIGATION", "JUDICIAL_CONFIRMATION_ACCEPTANCE_DECIDED"],
      ["LITIGATION", "JUDICIAL_CONFIRMATION_RULED"],
      ["MEDIATION", "AGREEMENT_PERFORMANCE_RECORDED"],
      ["PETITIONS", "HANDOFF_REQUESTED"],
      ["LITIGATION", "ENFORCEMENT_APPLIED"],
      ["PETITIONS", "HANDOFF_ACCEPTED"],
    ]);
  });
});
