// The 85-day medical story (医疗纠纷) through the gateway, as the frontend teams play it, in simulated time:
// a family's 12345 call about surgery complications is registered at the window → dispatched to the county's
// medical dispute mediation committee → the family picks (点单) a medical expert from the pool, who mediates →
// an appraisal (鉴定) pauses the committee's 30 working days → mediation fails → the court takes it for
// pre-filing mediation (诉前调解) and delegates it back to the committee, which runs the court's clock →
// agreement (the court's pre-filing case resolves by itself) → each party consents to judicial confirmation
// (司法确认) → the court confirms → the hospital pays, recorded by the court, and the agreement's one
// performance record shows it → the committee closes the dispute, naming itself as the body that resolved it.
// At every step the registry's view (clocks, lead, handling body, timeline, tracking) is compared with what
// the departments themselves say, so any contradiction between them fails the story.
import { describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { as, resident, STAFF, type Caller } from "../support/callers.js";
import { daysAfter } from "../support/simulated-time.js";
import { chinaYear } from "../support/calendar.js";
import { timelineOf } from "../support/timeline.js";

const gql = sharedGateway(inject("gatewayUrl"));
const PUTUO = "330903";
const COMMITTEE = "普陀区医疗纠纷人民调解委员会";
const EXPERT = "孙立群";
const poll = { timeout: 20_000, interval: 250 };

/** A unified social credit code (GB 32100) with its check character: the hospital's, a public institution (12…). */
function creditCode(first17: string): string {
  const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = weights.reduce((acc, w, i) => acc + w * alphabet.indexOf(first17[i]!), 0);
  return first17 + alphabet[(31 - (sum % 31)) % 31]!;
}

// 何晓燕 brings her father's case: after a laparoscopic cholecystectomy at the district hospital he suffered a
// bile duct injury, needed a second operation and three weeks in intensive care.
const DAUGHTER = { name: "何晓燕", residentId: residentId({ region: PUTUO }), phone: "13857206418" };
const HOSPITAL = {
  name: "舟山市普陀区东港人民医院",
  creditCode: creditCode("12330903MB0N4T8Q2"),
  legalRepresentative: "陈卫东",
};
const HOSPITAL_AGENT = "林海峰"; // 医务科科长, the hospital's representative at the court's window
const CLAIMED = "186000.00";
const AGREED = "98500.00";

interface Clock {
  kind: string;
  state: string;
  startedAt: string;
  deadline: string;
  remainingDays: number;
  pausedDays: number;
  overdue: boolean;
  onTime: boolean | null;
  provisionalCalendar: boolean;
}
const CLOCK = "kind state startedAt deadline remainingDays pausedDays overdue onTime provisionalCalendar";

interface Registry {
  status: string;
  leadOwner: string;
  leadDepartment: string | null;
  handlingBody: string | null;
  overdue: boolean;
  outcome: string | null;
  clocks: Clock[];
  handOffs: { fromDepartment: string; toDepartment: string; toBody: string; status: string }[];
}
const REGISTRY = `status leadOwner leadDepartment handlingBody overdue outcome clocks { ${CLOCK} }
  handOffs { fromDepartment toDepartment toBody status }`;

const SERVICE = "CENTER_SERVICE_COMPLEX";
const PROCEDURES = ["MEDICAL_MEDIATION", "PRE_FILING_MEDIATION"];

describe("the medical story, registration to closure, in 85 simulated days", { shuffle: false }, () => {
  it("keeps the registry, the committee and the court in agreement at every step", { timeout: 300_000 }, async () => {
    // Day 0 is today at 09:30 China time; every step is played at its own simulated instant.
    const start = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 + 90 * 60_000);
    let now = daysAfter(start, 0);
    const at = (days: number, hours = 0) => {
      now = daysAfter(start, days, hours);
      return new Date(now["x-onedoor-simulated-time"]!);
    };
    const iso = (days: number, hours = 0) =>
      new Date(start.getTime() + days * 86_400_000 + hours * 3_600_000).toISOString();

    async function ok<T>(query: string, variables: Record<string, unknown> = {}, caller?: Caller | null): Promise<T> {
      const who = caller === undefined ? {} : await as(caller);
      const { body } = await gql<T>(query, variables, { ...now, ...who });
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data!;
    }
    const registry = async (): Promise<Registry> =>
      (await ok<{ dispute: Registry }>(`query ($code: ID!) { dispute(code: $code) { ${REGISTRY} } }`, { code }))
        .dispute;
    const clockOf = (clocks: Clock[], kind: string) => clocks.filter((c) => c.kind === kind);
    /** The registry shows every procedure clock exactly as the department that runs it says. */
    async function registryShows(kind: string, departmentClock: Clock): Promise<Registry> {
      await expect.poll(async () => clockOf((await registry()).clocks, kind), poll).toEqual([departmentClock]);
      return registry();
    }
    /** No procedure clock the registry shows is OVERDUE. */
    const noProcedureOverdue = (r: Registry) =>
      expect(r.clocks.filter((c) => PROCEDURES.includes(c.kind) && c.state === "OVERDUE")).toEqual([]);
    const steps = async () =>
      (await timelineOf<{ source: string; type: string; summary: string }>(gql, code, "source type summary", now))!;
    /** The family tracks the dispute signed in: no verification needed, and it agrees with the registry. */
    async function familyTracks(): Promise<{
      status: string;
      leadDepartment: string | null;
      handlingBody: string | null;
      outcome: string | null;
      timeline: { type: string }[];
    }> {
      const { trackDispute } = await ok<{ trackDispute: Awaited<ReturnType<typeof familyTracks>> }>(
        `query ($code: String!) { trackDispute(code: $code, verification: "0000") {
          status leadDepartment handlingBody outcome timeline { type } } }`,
        { code },
        resident(DAUGHTER.residentId),
      );
      return trackDispute;
    }
    const mediationCaseQuery = (fields: string) => `query ($id: ID!) { mediationCase(id: $id) { ${fields} } }`;
    const courtCaseQuery = (fields: string) => `query ($id: ID!) { courtCase(id: $id) { ${fields} } }`;

    // ── Day -1, evening: she calls 12345; day 0, the window registers the work order (一窗受理). ──
    at(0);
    const orderNumber = `ZS12345-${Date.now().toString(36).toUpperCase()}`;
    const { registerDispute } = await ok<{ registerDispute: { code: string; serviceTier: string } }>(
      `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code serviceTier } }`,
      {
        input: {
          title: "胆囊切除术后胆管损伤医疗损害赔偿纠纷",
          description:
            "申请人父亲何国华在东港人民医院行腹腔镜胆囊切除术，术后出现胆管损伤，二次手术并在重症监护室治疗三周。家属认为医院手术操作存在过错，要求赔偿医疗费、护理费、误工费等共计十八万六千元，申请医疗纠纷人民调解。",
          category: "医疗",
          region: PUTUO,
          amountInvolved: CLAIMED,
          channel: "HOTLINE_12345",
          serviceTier: "COMPLEX",
          hotlineOrder: { orderNumber, calledAt: iso(-1, 10), requestType: "HELP" },
          parties: [{ kind: "PERSON", ...DAUGHTER }],
          respondents: [{ kind: "ORGANISATION", ...HOSPITAL }],
        },
      },
    );
    const code = registerDispute.code;
    expect(registerDispute.serviceTier).toBe("COMPLEX");

    // ── Day 0: dispatched to the county's medical dispute mediation committee (派单). ──
    at(0, 1);
    await ok(
      `mutation ($code: ID!, $body: String) { dispatchDispute(input: { code: $code, to: MEDIATION, body: $body }) { code } }`,
      { code, body: COMMITTEE },
    );
    expect(await registry()).toMatchObject({
      status: "DISPATCHED",
      leadOwner: "MEDIATION",
      leadDepartment: "MEDIATION",
      handlingBody: COMMITTEE,
    });
    // The committee's mediator calls her back the same afternoon: the 12345 first response, not a run.
    at(0, 5);
    await ok(
      `mutation ($input: RecordPartyContactInput!) { recordPartyContact(input: $input) { code } }`,
      { input: { code, method: "PHONE", summary: "已电话联系申请人，约定次日到中心办理调解受理" } },
      STAFF.mediation,
    );
    expect(clockOf((await registry()).clocks, "FIRST_RESPONSE")).toEqual([
      expect.objectContaining({ state: "STOPPED", onTime: true }),
    ]);

    // ── Day 1: the committee accepts (30 working days, medical). ──
    at(1);
    const { committees } = await ok<{ committees: { edges: { node: { id: string; name: string } }[] } }>(
      `{ committees(first: 100) { edges { node { id name } } } }`,
    );
    const committeeId = committees.edges.find((e) => e.node.name === COMMITTEE)!.node.id;
    const { acceptMediationCase: first } = await ok<{ acceptMediationCase: { id: string; clockKind: string } }>(
      `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id clockKind } }`,
      {
        input: {
          disputeCode: code,
          committeeId,
          source: "DISPATCH",
          sourceReference: `普矛派〔${chinaYear(start)}〕0417-02`,
        },
      },
    );
    expect(first.clockKind).toBe("MEDICAL");
    const committeeClock = async (id: string) =>
      (await ok<{ mediationCase: { clock: Clock } }>(mediationCaseQuery(`clock { ${CLOCK} }`), { id })).mediationCase
        .clock;
    let registryNow = await registryShows("MEDICAL_MEDIATION", await committeeClock(first.id));
    expect(registryNow.status).toBe("IN_PROGRESS");

    // ── Day 1: the family picks (点单) a surgeon from Putuo's pool; the expert becomes the mediator of record. ──
    at(1, 1);
    const { experts } = await ok<{ experts: { edges: { node: { id: string; name: string } }[] } }>(
      `{ experts(first: 100) { edges { node { id name } } } }`,
    );
    const expertId = experts.edges.find((e) => e.node.name === EXPERT)!.node.id;
    const { pickMediationExpert } = await ok<{ pickMediationExpert: { mediatorName: string } }>(
      `mutation ($input: PickMediationExpertInput!) { pickMediationExpert(input: $input) { mediatorName } }`,
      { input: { caseId: first.id, expertId, pickedBy: DAUGHTER.name } },
    );
    expect(pickMediationExpert.mediatorName).toBe(EXPERT);

    // ── Day 3: the first session at the center. ──
    const session = (caseId: string, days: number, notes: string) => {
      at(days);
      return ok(`mutation ($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id } }`, {
        input: {
          caseId,
          mode: "IN_PERSON",
          startsAt: iso(days),
          place: "普陀区社会治理综合服务中心医疗纠纷调解室",
          attendees: [DAUGHTER.name, HOSPITAL_AGENT],
          notes,
        },
      });
    };
    await session(first.id, 3, "专家孙立群说明胆管损伤的常见成因；双方同意委托医学会进行医疗损害鉴定。");

    // ── Day 8: the appraisal (鉴定) is commissioned: the committee's clock pauses, and the center's with it. ──
    at(8);
    const { requestMediationAppraisal } = await ok<{
      requestMediationAppraisal: { clock: Clock; appraisals: { id: string }[] };
    }>(
      `mutation ($input: RequestMediationAppraisalInput!) { requestMediationAppraisal(input: $input) {
        clock { ${CLOCK} } appraisals { id } } }`,
      {
        input: {
          caseId: first.id,
          body: "舟山市医学会",
          kind: "MEDICAL_MALPRACTICE",
          requestedAt: iso(8),
          feePayer: "SHARED",
        },
      },
    );
    expect(requestMediationAppraisal.clock.state).toBe("PAUSED");
    registryNow = await registryShows("MEDICAL_MEDIATION", requestMediationAppraisal.clock);
    expect(clockOf(registryNow.clocks, SERVICE)).toEqual([expect.objectContaining({ state: "PAUSED" })]);

    // ── Day 30: still waiting for the opinion; nothing the registry shows is late while the committee's is paused. ──
    at(30);
    const waiting = await committeeClock(first.id);
    expect(waiting).toMatchObject({ state: "PAUSED", overdue: false });
    registryNow = await registryShows("MEDICAL_MEDIATION", waiting);
    noProcedureOverdue(registryNow);
    expect(clockOf(registryNow.clocks, SERVICE)).toEqual([
      expect.objectContaining({ state: "PAUSED", overdue: false }),
    ]);
    expect(registryNow.overdue).toBe(false);

    // ── Day 38: the opinion arrives (hospital 40 % liable); the clock resumes. ──
    at(38);
    await ok(
      `mutation ($input: RecordMediationAppraisalResultInput!) { recordMediationAppraisalResult(input: $input) { id } }`,
      {
        input: {
          appraisalId: requestMediationAppraisal.appraisals[0]!.id,
          receivedAt: iso(38),
          conclusionSummary: "医方手术操作存在过错，与损害后果存在因果关系，承担次要责任（40%）",
          liabilityShare: 40,
        },
      },
    );
    const resumed = await committeeClock(first.id);
    expect(resumed.state).not.toBe("PAUSED");
    expect(resumed.pausedDays).toBeGreaterThan(0);
    registryNow = await registryShows("MEDICAL_MEDIATION", resumed);
    expect(clockOf(registryNow.clocks, SERVICE)[0]!.pausedDays).toBe(30);

    // ── Days 40 and 42: two more sessions; the amounts stay too far apart, mediation fails towards the court. ──
    await session(first.id, 40, "依据鉴定意见计算赔偿数额，医院同意按40%责任赔偿六万元，家属不接受。");
    await session(first.id, 42, "双方对护理费、后续治疗费分歧较大，未能达成一致。");
    at(42, 2);
    await ok(`mutation ($input: FailMediationInput!) { failMediation(input: $input) { id } }`, {
      input: {
        caseId: first.id,
        reason: "双方对赔偿数额分歧过大，家属拟向法院起诉",
        suggestedNextStep: "LITIGATION",
      },
    });
    const failedClock = await committeeClock(first.id);
    expect(failedClock).toMatchObject({ state: "STOPPED", onTime: true });
    registryNow = await registryShows("MEDICAL_MEDIATION", failedClock);
    // The registry hands the dispute on to the court by itself; the committee leads until the court takes it.
    await expect
      .poll(async () => (await registry()).handOffs.map((h) => [h.fromDepartment, h.toDepartment, h.status]), poll)
      .toEqual([["MEDIATION", "LITIGATION", "PENDING"]]);
    const { dispute: failed } = await ok<{ dispute: { mediationNextStep: string } }>(
      `query ($code: ID!) { dispute(code: $code) { mediationNextStep } }`,
      { code },
    );
    expect(failed.mediationNextStep).toBe("LITIGATION");
    expect(await familyTracks()).toMatchObject({ status: "IN_PROGRESS", leadDepartment: "MEDIATION" });

    // ── Day 44: the court takes it for pre-filing mediation and delegates it to the committee (诉前委派). ──
    at(44);
    const { delegatePreFilingMediation: preFiling } = await ok<{
      delegatePreFilingMediation: { id: string; caseNumber: string; clocks: Clock[] };
    }>(
      `mutation ($input: DelegatePreFilingMediationInput!) { delegatePreFilingMediation(input: $input) {
        id caseNumber clocks { ${CLOCK} } } }`,
      {
        input: {
          disputeCode: code,
          causeOfActionCode: "MEDICAL_DAMAGE",
          parties: [
            { role: "PLAINTIFF", kind: "PERSON", name: DAUGHTER.name, idNumber: DAUGHTER.residentId },
            { role: "DEFENDANT", kind: "ORGANISATION", name: HOSPITAL.name, idNumber: HOSPITAL.creditCode },
          ],
          claims: [{ description: "赔偿医疗费、护理费、误工费等损失", amount: CLAIMED }],
          mediatorKind: "MEDIATION_COMMITTEE",
          mediatorBody: COMMITTEE,
          mediatorName: EXPERT,
        },
      },
    );
    expect(preFiling.caseNumber).toContain("民诉前调");
    const courtPreFilingClock = clockOf(preFiling.clocks, "PRE_FILING_MEDIATION")[0]!;
    expect(courtPreFilingClock.state).toBe("RUNNING");
    await expect
      .poll(async () => (await registry()).handOffs.map((h) => [h.fromDepartment, h.toDepartment, h.status]), poll)
      .toEqual([
        ["MEDIATION", "LITIGATION", "ACCEPTED"],
        ["LITIGATION", "MEDIATION", "PENDING"],
      ]);
    // The court holds it until the committee takes the delegation: the registry and the family see the court.
    const COURT = "普陀区人民法院诉讼服务中心";
    registryNow = await registry();
    expect([registryNow.leadOwner, registryNow.leadDepartment, registryNow.handlingBody]).toEqual([
      "LITIGATION",
      "LITIGATION",
      COURT,
    ]);
    expect(await familyTracks()).toMatchObject({ leadDepartment: "LITIGATION", handlingBody: COURT });

    // ── Day 45: the committee takes the delegation; its case runs the court's clock, and the pick carries over. ──
    at(45);
    const { acceptMediationCase: delegated } = await ok<{ acceptMediationCase: { id: string } }>(
      `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
      { input: { disputeCode: code, committeeId, source: "COURT_DELEGATION", sourceReference: preFiling.caseNumber } },
    );
    const delegatedCase = async () =>
      (
        await ok<{
          mediationCase: {
            clockKind: string;
            clock: Clock;
            mediatorName: string | null;
            expertPicks: { lead: boolean; chosenByParty: boolean; carriedOver: boolean; expert: { name: string } }[];
          };
        }>(
          mediationCaseQuery(
            `clockKind clock { ${CLOCK} } mediatorName expertPicks { lead chosenByParty carriedOver expert { name } }`,
          ),
          { id: delegated.id },
        )
      ).mediationCase;
    const courtClocks = async (id: string) =>
      (await ok<{ courtCase: { clocks: Clock[] } }>(courtCaseQuery(`clocks { ${CLOCK} }`), { id })).courtCase.clocks;
    const courtNow = clockOf(await courtClocks(preFiling.id), "PRE_FILING_MEDIATION")[0]!;
    expect(await delegatedCase()).toEqual({
      clockKind: "COURT_PRE_FILING",
      clock: courtNow,
      mediatorName: EXPERT,
      expertPicks: [{ lead: true, chosenByParty: true, carriedOver: true, expert: { name: EXPERT } }],
    });
    expect(courtNow.deadline).toBe(courtPreFilingClock.deadline);
    registryNow = await registryShows("PRE_FILING_MEDIATION", courtNow);
    await expect
      .poll(async () => {
        const r = await registry();
        return [r.leadOwner, r.handlingBody, r.handOffs.map((h) => h.status)];
      }, poll)
      .toEqual(["MEDIATION", COMMITTEE, ["ACCEPTED", "ACCEPTED"]]);
    noProcedureOverdue(await registry());
    expect(await familyTracks()).toMatchObject({
      status: "IN_PROGRESS",
      leadDepartment: "MEDIATION",
      handlingBody: COMMITTEE,
    });

    // ── Days 52 and 58: sessions under the court's delegation; the agreement is signed on day 58. ──
    await session(delegated.id, 52, "法院委派调解：医院同意提高赔偿数额，家属同意放弃部分后续治疗费主张。");
    at(58, 1);
    const { reachMediationAgreement: agreement } = await ok<{
      reachMediationAgreement: { id: string; signedAt: string };
    }>(`mutation ($input: ReachMediationAgreementInput!) { reachMediationAgreement(input: $input) { id signedAt } }`, {
      input: {
        caseId: delegated.id,
        terms: `${HOSPITAL.name}于协议签订之日起三十日内一次性赔偿${DAUGHTER.name}医疗费、护理费、误工费等各项损失共计人民币${AGREED}元，双方就本次医疗纠纷再无其他争议。`,
        obligations: [
          { payer: HOSPITAL.name, payee: DAUGHTER.name, amount: AGREED, description: "一次性赔偿各项损失" },
        ],
        performanceDeadline: iso(88),
        signatories: [DAUGHTER.name, HOSPITAL.name],
      },
    });
    // Nobody at the court records it: the registry relays the agreement and the pre-filing case resolves itself.
    const preFilingCase = async () =>
      (
        await ok<{
          courtCase: {
            status: string;
            clocks: Clock[];
            preFilingMediation: { mediatorName: string; success: string | null; agreement: { id: string } | null };
          };
        }>(courtCaseQuery(`status clocks { ${CLOCK} } preFilingMediation { mediatorName success agreement { id } }`), {
          id: preFiling.id,
        })
      ).courtCase;
    await expect
      .poll(async () => {
        const c = await preFilingCase();
        return [c.status, c.preFilingMediation];
      }, poll)
      .toEqual(["RESOLVED", { mediatorName: EXPERT, success: "AGREEMENT", agreement: { id: agreement.id } }]);
    const stoppedPreFiling = clockOf((await preFilingCase()).clocks, "PRE_FILING_MEDIATION")[0]!;
    expect(stoppedPreFiling).toMatchObject({ state: "STOPPED", onTime: true });
    expect((await delegatedCase()).clock).toEqual(stoppedPreFiling);
    registryNow = await registryShows("PRE_FILING_MEDIATION", stoppedPreFiling);
    noProcedureOverdue(registryNow);

    // The agreement's 30-day window to apply for confirmation runs from the signing.
    const agreementView = async (caller?: Caller) =>
      (
        await ok<{
          node: {
            performanceStatus: string;
            eligibleForJudicialRemedy: boolean;
            judicialConfirmationClock: Clock;
            followUps: { status: string }[];
            totalAmount: string;
          };
        }>(
          `query ($id: ID!) { node(id: $id) { ... on MediationAgreement {
            performanceStatus eligibleForJudicialRemedy totalAmount judicialConfirmationClock { ${CLOCK} } followUps { status } } } }`,
          { id: agreement.id },
          caller,
        )
      ).node;
    expect(await agreementView()).toMatchObject({
      performanceStatus: "DUE",
      totalAmount: AGREED,
      judicialConfirmationClock: { state: "RUNNING", startedAt: agreement.signedAt },
    });

    // ── Day 60: she applies for judicial confirmation online, signed in (her filing is her consent). ──
    at(60);
    const { applyForJudicialConfirmation: confirmation } = await ok<{
      applyForJudicialConfirmation: {
        id: string;
        caseNumber: string;
        origin: { id: string } | null;
        parties: { id: string; name: string; joinsApplication: boolean }[];
        judicialConfirmation: { joint: boolean; agreementEffectiveAt: string; agreement: { id: string } | null };
      };
    }>(
      `mutation ($input: ApplyForJudicialConfirmationInput!) { applyForJudicialConfirmation(input: $input) {
        id caseNumber origin { id } parties { id name joinsApplication }
        judicialConfirmation { joint agreementEffectiveAt agreement { id } } } }`,
      {
        input: {
          disputeCode: code,
          causeOfActionCode: "MEDICAL_DAMAGE",
          agreementId: agreement.id,
          online: true,
          parties: [
            { role: "APPLICANT", kind: "PERSON", name: DAUGHTER.name, idNumber: DAUGHTER.residentId },
            { role: "APPLICANT", kind: "ORGANISATION", name: HOSPITAL.name, idNumber: HOSPITAL.creditCode },
          ],
          claims: [{ description: "确认医疗纠纷人民调解协议有效", amount: AGREED }],
        },
      },
      resident(DAUGHTER.residentId),
    );
    expect(confirmation.caseNumber).toContain("民特");
    expect(confirmation.origin).toEqual({ id: preFiling.id });
    expect(confirmation.judicialConfirmation).toEqual({
      joint: false,
      agreementEffectiveAt: agreement.signedAt,
      agreement: { id: agreement.id },
    });
    expect(confirmation.parties.map((p) => [p.name, p.joinsApplication])).toEqual([
      [DAUGHTER.name, true],
      [HOSPITAL.name, false],
    ]);

    // ── Day 61: the hospital's representative consents at the court's window, recorded by the clerk. ──
    at(61);
    const { consentToJudicialConfirmation } = await ok<{
      consentToJudicialConfirmation: {
        judicialConfirmation: {
          joint: boolean;
          consents: { channel: string; recorder: string; representativeName: string | null }[];
        };
      };
    }>(
      `mutation ($input: ConsentToJudicialConfirmationInput!) { consentToJudicialConfirmation(input: $input) {
        judicialConfirmation { joint consents { channel recorder representativeName } } } }`,
      {
        input: {
          caseId: confirmation.id,
          casePartyId: confirmation.parties.find((p) => p.name === HOSPITAL.name)!.id,
          channel: "IN_PERSON",
          representativeName: HOSPITAL_AGENT,
        },
      },
    );
    expect(consentToJudicialConfirmation.judicialConfirmation).toEqual({
      joint: true,
      consents: [
        { channel: "ONLINE", recorder: "PARTY", representativeName: null },
        { channel: "IN_PERSON", recorder: "COURT_CLERK", representativeName: HOSPITAL_AGENT },
      ],
    });
    // The last consent makes the application joint: the court's application period stops, and the committee,
    // told through the registry, stops its view of the same window at the same instant.
    const application = clockOf(await courtClocks(confirmation.id), "JUDICIAL_CONFIRMATION_APPLICATION")[0]!;
    expect(application).toMatchObject({ state: "STOPPED", onTime: true, startedAt: agreement.signedAt });
    await expect.poll(async () => (await agreementView()).judicialConfirmationClock, poll).toEqual(application);
    await registryShows("JUDICIAL_CONFIRMATION_APPLICATION", application);

    // ── Day 62: the court accepts; day 70: it confirms the agreement (enforceable). ──
    at(62);
    await ok(
      `mutation ($input: DecideJudicialConfirmationAcceptanceInput!) { decideJudicialConfirmationAcceptance(input: $input) { id } }`,
      { input: { caseId: confirmation.id, granted: true } },
    );
    at(70);
    const { ruleOnJudicialConfirmation } = await ok<{
      ruleOnJudicialConfirmation: { status: string; clocks: Clock[]; judicialConfirmation: { enforceable: boolean } };
    }>(
      `mutation ($input: RuleOnJudicialConfirmationInput!) { ruleOnJudicialConfirmation(input: $input) {
        status clocks { ${CLOCK} } judicialConfirmation { enforceable } } }`,
      { input: { caseId: confirmation.id, granted: true } },
    );
    expect(ruleOnJudicialConfirmation.judicialConfirmation.enforceable).toBe(true);
    expect(ruleOnJudicialConfirmation.clocks.filter((c) => c.state === "OVERDUE")).toEqual([]);
    expect((await agreementView()).judicialConfirmationClock).toMatchObject({ state: "STOPPED", overdue: false });

    // ── Day 80: the hospital pays; the court records it, and the agreement's one performance record shows it. ──
    at(80);
    await ok(`mutation ($input: RecordCourtPerformanceInput!) { recordCourtPerformance(input: $input) { id } }`, {
      input: { caseId: confirmation.id },
    });
    await expect.poll(async () => (await agreementView()).performanceStatus, poll).toBe("PERFORMED");
    // One record of performance: the court's finding, not a follow-up visit the committee has yet to make.
    expect(await agreementView()).toMatchObject({ followUps: [], eligibleForJudicialRemedy: false });
    const confirmed = (
      await ok<{ courtCase: { clocks: Clock[]; judicialConfirmation: { performance: unknown } } }>(
        courtCaseQuery(`clocks { ${CLOCK} } judicialConfirmation { performance }`),
        { id: confirmation.id },
      )
    ).courtCase;
    expect(confirmed.clocks.filter((c) => c.state === "OVERDUE")).toEqual([]);
    expect(confirmed.judicialConfirmation.performance).toBe("PERFORMED");
    expect((await agreementView()).judicialConfirmationClock.state).not.toBe("OVERDUE");

    // ── Day 85: the committee, which leads, closes the dispute as resolved by its agreement. ──
    at(85);
    registryNow = await registry();
    expect([registryNow.leadOwner, registryNow.handlingBody]).toEqual(["MEDIATION", COMMITTEE]);
    await ok(
      `mutation ($input: CloseDisputeInput!) { closeDispute(input: $input) { code } }`,
      {
        input: {
          code,
          outcome: "RESOLVED_BY_AGREEMENT",
          result: `经法院委派${COMMITTEE}诉前调解达成协议，法院司法确认，医院已履行赔偿${AGREED}元。`,
        },
      },
      STAFF.mediation,
    );
    registryNow = await registry();
    expect(registryNow).toMatchObject({
      status: "CLOSED",
      outcome: "RESOLVED_BY_AGREEMENT",
      leadOwner: "MEDIATION",
      leadDepartment: "MEDIATION",
      handlingBody: COMMITTEE,
    });
    noProcedureOverdue(registryNow);
    expect(registryNow.clocks.filter((c) => c.kind !== SERVICE && c.state !== "STOPPED")).toEqual([]);
    // The center's own promise: paused during the appraisal, judged on the same clock as `overdue`.
    const service = clockOf(registryNow.clocks, SERVICE)[0]!;
    expect(service).toMatchObject({ state: "STOPPED", pausedDays: 30 });
    expect(registryNow.overdue).toBe(service.overdue);

    const closing = (await steps()).find((s) => s.type === "DISPUTE_CLOSED")!;
    expect(closing.summary).toContain(COMMITTEE);
    // One history, in the order things happened: a consequence (the court's case resolved by the committee's
    // agreement, the window the application stopped) never reads before its cause.
    await expect
      .poll(async () => (await steps()).map((s) => [s.source, s.type]), poll)
      .toEqual([
        ["PETITIONS", "DISPUTE_REGISTERED"],
        ["PETITIONS", "DISPUTE_DISPATCHED"],
        ["PETITIONS", "PARTY_CONTACTED"],
        ["MEDIATION", "MEDIATION_ACCEPTED"],
        ["MEDIATION", "MEDIATION_EXPERT_PICKED"],
        ["MEDIATION", "MEDIATION_SESSION_HELD"],
        ["MEDIATION", "MEDIATION_CLOCK_PAUSED"],
        ["MEDIATION", "MEDIATION_CLOCK_RESUMED"],
        ["MEDIATION", "MEDIATION_SESSION_HELD"],
        ["MEDIATION", "MEDIATION_SESSION_HELD"],
        ["MEDIATION", "MEDIATION_FAILED"],
        ["PETITIONS", "HANDOFF_REQUESTED"],
        ["LITIGATION", "PRE_FILING_MEDIATION_DELEGATED"],
        ["PETITIONS", "HANDOFF_ACCEPTED"],
        ["PETITIONS", "HANDOFF_REQUESTED"],
        ["MEDIATION", "MEDIATION_ACCEPTED"],
        ["PETITIONS", "HANDOFF_ACCEPTED"],
        ["MEDIATION", "MEDIATION_EXPERT_PICKED"],
        ["MEDIATION", "MEDIATION_SESSION_HELD"],
        ["MEDIATION", "MEDIATION_AGREEMENT_REACHED"],
        ["LITIGATION", "PRE_FILING_MEDIATION_RESOLVED"],
        ["LITIGATION", "JUDICIAL_CONFIRMATION_FILED"],
        ["LITIGATION", "JUDICIAL_CONFIRMATION_CONSENTED"],
        ["LITIGATION", "JUDICIAL_CONFIRMATION_CONSENTED"],
        ["LITIGATION", "JUDICIAL_CONFIRMATION_APPLIED"],
        ["LITIGATION", "JUDICIAL_CONFIRMATION_ACCEPTANCE_DECIDED"],
        ["LITIGATION", "JUDICIAL_CONFIRMATION_RULED"],
        ["LITIGATION", "PERFORMANCE_RECORDED"],
        ["PETITIONS", "DISPUTE_CLOSED"],
      ]);
    const all = await steps();
    // Every department's record of the dispute, as the registry's dispute reads it.
    const { dispute: chain } = await ok<{ dispute: Record<string, unknown> }>(
      `query ($code: ID!) { dispute(code: $code) { mediationNextStep
        mediationCases { status clockKind mediatorName } courtCases { caseNumber status procedure } } }`,
      { code },
    );
    expect(chain).toEqual({
      mediationNextStep: null,
      mediationCases: [
        { status: "FAILED", clockKind: "MEDICAL", mediatorName: EXPERT },
        { status: "AGREEMENT_REACHED", clockKind: "COURT_PRE_FILING", mediatorName: EXPERT },
      ],
      courtCases: [
        { caseNumber: preFiling.caseNumber, status: "RESOLVED", procedure: "PRE_FILING_MEDIATION" },
        { caseNumber: confirmation.caseNumber, status: "CONFIRMED", procedure: "JUDICIAL_CONFIRMATION" },
      ],
    });

    // The matter's runs (跑动次数): registered by 12345, she never came to the window, but she attended four
    // sessions at the center in person, each on its own day (到场), and the hospital's representative came to the
    // court's window to consent on day 61: each trip is counted.
    const { dispute: trips } = await ok<{
      dispute: { runs: { visits: number; runs: number }; visits: { edges: { node: { source: string } }[] } };
    }>(`query ($code: ID!) { dispute(code: $code) { runs { visits runs } visits { edges { node { source } } } } }`, {
      code,
    });
    expect(trips.runs).toEqual({ visits: 5, runs: 5 });
    expect(new Set(trips.visits.edges.map((e) => e.node.source))).toEqual(new Set(["MEDIATION", "LITIGATION"]));

    // The family tracks the end: closed, resolved, the same steps as the registry's timeline.
    const tracked = await familyTracks();
    expect(tracked).toMatchObject({
      status: "CLOSED",
      outcome: "RESOLVED_BY_AGREEMENT",
      leadDepartment: "MEDIATION",
      handlingBody: COMMITTEE,
    });
    expect(tracked.timeline.map((s) => s.type)).toEqual(all.map((s) => s.type));
    // Her own data, signed in, unmasked.
    const { dispute: hers } = await ok<{
      dispute: { parties: { name: string; phoneFull: string; residentIdFull: string }[] };
    }>(
      `query ($code: ID!) { dispute(code: $code) { parties { name phoneFull residentIdFull } } }`,
      { code },
      resident(DAUGHTER.residentId),
    );
    expect(hers.parties).toEqual([
      { name: DAUGHTER.name, phoneFull: DAUGHTER.phone, residentIdFull: DAUGHTER.residentId },
    ]);
  });
});
