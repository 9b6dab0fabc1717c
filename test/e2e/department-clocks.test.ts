// 期限上报 through the gateway: arbitration, legal aid and administrative review report their procedure clocks
// with every case event, and the registry's `dispute { clocks }` shows each of them as the department itself
// shows it (same deadline, same state), never an approximation of its own.
import { describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { chinaDaysAgo } from "../support/calendar.js";
import { registerDispute, registeredAndSentTo, sentTo, type DispatchTarget } from "../support/registration.js";

const gql = sharedGateway(inject("gatewayUrl"));

const CLOCK = "kind state deadline remainingDays pausedDays extendedDays";
interface Clock {
  kind: string;
  state: string;
  deadline: string;
  remainingDays: number;
  pausedDays: number;
  extendedDays: number;
}

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await gql<T>(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** A dispute of its own, registered at the window for one resident and dispatched to `to`. */
const disputeSentTo = (to: DispatchTarget, extra: Record<string, unknown> = {}) => {
  const id = residentId();
  return registeredAndSentTo(
    gql,
    {
      title: "申请人请求相关部门依法处理",
      description: "申请人到综合受理窗口登记，请求中心转有关部门依法办理。",
      category: "劳动争议",
      region: "330122",
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "邵红英", residentId: id, phone: `1385712${id.slice(-5, -1)}` }],
      respondents: [{ kind: "ORGANISATION", name: "桐庐横村锦绣针织服饰有限公司" }],
      ...extra,
    },
    to,
  );
};

const byKind = (clocks: readonly Clock[]) => [...clocks].sort((a, b) => a.kind.localeCompare(b.kind));

/** The registry's clocks of a dispute other than the center's own (service, first response), by kind. */
async function reportedClocks(code: string): Promise<Clock[]> {
  const { dispute } = await ok<{ dispute: { clocks: Clock[] } }>(
    `query ($code: ID!) { dispute(code: $code) { clocks { ${CLOCK} } } }`,
    { code },
  );
  return byKind(dispute.clocks.filter((c) => !c.kind.startsWith("CENTER_SERVICE") && c.kind !== "FIRST_RESPONSE"));
}

/** The service clock of a dispute as the registry shows it. */
async function serviceClock(code: string): Promise<Clock> {
  const { dispute } = await ok<{ dispute: { clocks: Clock[] } }>(
    `query ($code: ID!) { dispute(code: $code) { clocks { ${CLOCK} } } }`,
    { code },
  );
  return dispute.clocks.find((c) => c.kind.startsWith("CENTER_SERVICE"))!;
}

/** Relay is asynchronous: wait until the registry shows what the department shows. */
const registryShows = (code: string, departmentClocks: readonly Clock[]) =>
  expect.poll(() => reportedClocks(code), { timeout: 15_000, interval: 250 }).toEqual(byKind(departmentClocks));

describe("every department's clocks on the registry's dispute (期限上报)", () => {
  it("shows the commission's clocks after acceptance as the arbitration case shows them", async () => {
    const code = await disputeSentTo("ARBITRATION");
    const FIELDS = `id version clocks { ${CLOCK} }`;
    const { fileArbitrationApplication: filed } = await ok<{
      fileArbitrationApplication: { id: string; version: number; clocks: Clock[] };
    }>(
      `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { ${FIELDS} } }`,
      {
        input: {
          disputeCode: code,
          receivedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
          applicants: [{ name: "邵红英", residentId: residentId() }],
          respondent: { name: "桐庐横村锦绣针织服饰有限公司", creditCode: "91330122MA2H3K7P50" },
          claims: [
            {
              kind: "WAGE_ARREARS",
              description: "支付2026年9月至10月工资15600元",
              amount: "15600.00",
              knewOfInfringementOn: chinaDaysAgo(40),
              employmentEndedOn: chinaDaysAgo(40),
            },
          ],
          evidence: [{ title: "工资条", submittedBy: "申请人" }],
        },
      },
    );
    await registryShows(code, filed.clocks);
    const { acceptArbitrationCase: accepted } = await ok<{ acceptArbitrationCase: { clocks: Clock[] } }>(
      `mutation ($input: AcceptArbitrationCaseInput!) { acceptArbitrationCase(input: $input) { ${FIELDS} } }`,
      { input: { caseId: filed.id, expectedVersion: filed.version } },
    );
    expect(accepted.clocks.map((c) => c.kind)).toContain("LABOUR_ARBITRATION_AWARD");
    await registryShows(code, accepted.clocks);
  });

  it("shows the legal aid decision clock paused for material, and the service clock paused with it", async () => {
    const code = await disputeSentTo("LEGAL_AID");
    const FIELDS = `id status clocks { ${CLOCK} }`;
    const applicant = { name: "邵红英", residentId: residentId(), phone: "13857120416" };
    const { applyForLegalAid: applied } = await ok<{ applyForLegalAid: { id: string; clocks: Clock[] } }>(
      `mutation ($input: ApplyForLegalAidInput!) { applyForLegalAid(input: $input) { ${FIELDS} } }`,
      { input: { disputeCode: code, matter: "SUPPORT_PAYMENT", applicant } },
    );
    await registryShows(code, applied.clocks);
    const { requestLegalAidMaterials: requested } = await ok<{
      requestLegalAidMaterials: { status: string; clocks: Clock[] };
    }>(`mutation ($input: RequestLegalAidMaterialsInput!) { requestLegalAidMaterials(input: $input) { ${FIELDS} } }`, {
      input: { caseId: applied.id, items: "家庭经济状况说明表、收入证明" },
    });
    expect(requested.clocks).toEqual([expect.objectContaining({ kind: "LEGAL_AID_DECISION", state: "PAUSED" })]);
    await registryShows(code, requested.clocks);
    // The center's promise does not run while the procedure waits for the applicant (local policy).
    expect((await serviceClock(code)).state).toBe("PAUSED");
  });

  it("shows the review body's clocks after acceptance as the review case shows them", async () => {
    const code = await disputeSentTo("ADMINISTRATIVE_REVIEW", {
      category: "山林土地",
      flags: ["ADMINISTRATIVE_ACT"],
      respondents: [{ kind: "ORGANISATION", name: "桐庐县自然资源和规划局" }],
    });
    const FIELDS = `id version clocks { ${CLOCK} }`;
    const { receiveAdministrativeReviewCase: received } = await ok<{
      receiveAdministrativeReviewCase: { id: string; version: number; clocks: Clock[] };
    }>(
      `mutation ($input: ReceiveAdministrativeReviewCaseInput!) { receiveAdministrativeReviewCase(input: $input) { ${FIELDS} } }`,
      {
        input: {
          disputeCode: code,
          request: "请求撤销桐自然资罚〔2026〕21号行政处罚决定",
          respondentAgency: "桐庐县自然资源和规划局",
          contestedAct: "桐自然资罚〔2026〕21号行政处罚决定",
          actKnownOn: chinaDaysAgo(15),
        },
      },
    );
    await registryShows(code, received.clocks);
    const { acceptAdministrativeReviewCase: accepted } = await ok<{
      acceptAdministrativeReviewCase: { clocks: Clock[] };
    }>(
      `mutation ($input: AcceptAdministrativeReviewCaseInput!) { acceptAdministrativeReviewCase(input: $input) { ${FIELDS} } }`,
      { input: { id: received.id, expectedVersion: received.version, procedure: "ORDINARY" } },
    );
    expect(accepted.clocks.map((c) => c.kind)).toContain("ADMINISTRATIVE_REVIEW_DECISION");
    await registryShows(code, accepted.clocks);
  });
});

describe("a court's extension reaches the committee it delegated to (委派调解)", () => {
  it("moves the delegated mediation's deadline with the court's, relayed by the registry", async () => {
    const CLOCK_FIELDS = "kind startedAt deadline state extendedDays";
    const code = await registerDispute(gql, {
      title: "商铺租金纠纷",
      description: "承租人因道路施工停业两个月，与出租公司就减免租金发生争议，已到法院起诉，法院委派诉前调解。",
      category: "合同",
      region: "330122",
      amountInvolved: "24000",
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "姚春燕", residentId: residentId(), phone: "13588061274" }],
      respondents: [{ kind: "ORGANISATION", name: "桐庐某商业管理有限公司" }],
    });
    await sentTo(gql, code, "LITIGATION");
    const { delegatePreFilingMediation: court } = await ok<{
      delegatePreFilingMediation: { id: string; caseNumber: string };
    }>(
      `mutation ($input: DelegatePreFilingMediationInput!) { delegatePreFilingMediation(input: $input) { id caseNumber } }`,
      {
        input: {
          disputeCode: code,
          causeOfActionCode: "PREMISES_LEASE",
          parties: [
            { role: "PLAINTIFF", kind: "PERSON", name: "姚春燕" },
            { role: "DEFENDANT", kind: "ORGANISATION", name: "桐庐某商业管理有限公司" },
          ],
          claims: [{ description: "减免停业期间租金", amount: "24000" }],
          mediatorKind: "MEDIATION_COMMITTEE",
          mediatorBody: "桐庐县商事人民调解委员会",
          mediatorName: "程伟",
        },
      },
    );
    const { committees } = await ok<{ committees: { edges: { node: { id: string; name: string } }[] } }>(
      `{ committees(first: 100) { edges { node { id name } } } }`,
    );
    const committeeId = committees.edges.find((e) => e.node.name === "桐庐县商事人民调解委员会")!.node.id;
    // The delegation reaches the committee through the registry: accept once it has arrived.
    let caseId: string | undefined;
    await expect
      .poll(
        async () => {
          const { body } = await gql<{ acceptMediationCase: { id: string } }>(
            `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
            {
              input: { disputeCode: code, committeeId, source: "COURT_DELEGATION", sourceReference: court.caseNumber },
            },
          );
          caseId = body.data?.acceptMediationCase.id;
          return caseId !== undefined;
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBe(true);
    const courtClock = async () =>
      (
        await ok<{ courtCase: { clocks: Clock[] } }>(
          `query ($id: ID!) { courtCase(id: $id) { clocks { ${CLOCK_FIELDS} } } }`,
          { id: court.id },
        )
      ).courtCase.clocks.find((c) => c.kind === "PRE_FILING_MEDIATION")!;
    const committeeClock = async () =>
      (
        await ok<{ mediationCase: { clock: Clock } }>(
          `query ($id: ID!) { mediationCase(id: $id) { clock { ${CLOCK_FIELDS} } } }`,
          { id: caseId },
        )
      ).mediationCase.clock;
    expect(await committeeClock()).toEqual(await courtClock());

    await ok(`mutation ($input: ExtendPreFilingMediationInput!) { extendPreFilingMediation(input: $input) { id } }`, {
      input: { caseId: court.id, days: 15, reason: "双方当事人同意延长调解期限" },
    });
    const extended = await courtClock();
    expect(extended.extendedDays).toBe(15);
    // One mediation, one deadline: the committee's case follows without anyone calling it.
    await expect.poll(committeeClock, { timeout: 15_000, interval: 250 }).toEqual(extended);
  });
});
