// A dispute the county's joint committee settled: the start of every story at the court's 司法确认, which
// confirms only an agreement reached on that dispute (the registry relays it to the court when it files it).
import { expect } from "vitest";
import type { GraphQLResponse } from "./system.js";
import { registeredAndSentTo } from "./registration.js";

type Gql = <T>(
  query: string,
  variables: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<GraphQLResponse<T>>;

const SIMULATED_TIME = "x-onedoor-simulated-time";

/** The committee that settles a test county's disputes: the joint committee (联合人民调解委员会) where there is one. */
const SETTLING_COMMITTEE: Record<string, string> = {
  "330122": "桐庐县联合人民调解委员会",
  "330903": "普陀区联合人民调解委员会",
  "330127": "淳安县千岛湖镇人民调解委员会",
};

export interface SettledDispute {
  code: string;
  agreementId: string;
  signedAt: Date;
}

/**
 * Registers `registration` (in a county of SETTLING_COMMITTEE), dispatches it to that county's committee, which accepts, mediates and reaches an agreement at `signedAt` (simulated time; each earlier step ten
 * minutes before the next), and waits until the registry has filed the agreement.
 */
export async function settledDispute(
  gql: Gql,
  registration: Record<string, unknown> & { region: string },
  agreement: { payer: string; payee: string; amount: string; signedAt: Date },
): Promise<SettledDispute> {
  const committeeName = SETTLING_COMMITTEE[registration.region];
  expect(committeeName, `a committee settling disputes in ${registration.region}`).toBeDefined();
  // Registration, dispatch, acceptance, assignment, session and agreement: six steps, the last at the signing.
  let stepsLeft = 6;
  const at = (): Record<string, string> => {
    stepsLeft -= 1;
    return { [SIMULATED_TIME]: new Date(agreement.signedAt.getTime() - stepsLeft * 600_000).toISOString() };
  };
  const ok = async <T>(query: string, variables: Record<string, unknown> = {}, when = at()): Promise<T> => {
    const { body } = await gql<T>(query, variables, when);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  const timed: Gql = (query, variables, headers = {}) => gql(query, variables, { ...at(), ...headers });
  const code = await registeredAndSentTo(timed, registration, "MEDIATION", committeeName);
  const session = new Date(agreement.signedAt.getTime() - 600_000);
  const now = { [SIMULATED_TIME]: agreement.signedAt.toISOString() };
  const { committees } = await ok<{ committees: { edges: { node: { id: string; name: string } }[] } }>(
    `{ committees(first: 100) { edges { node { id name } } } }`,
    {},
    now,
  );
  const committeeId = committees.edges.find((e) => e.node.name === committeeName)!.node.id;
  const { acceptMediationCase } = await ok<{ acceptMediationCase: { id: string } }>(
    `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
    { input: { disputeCode: code, committeeId, source: "DISPATCH", sourceReference: "矛调中心派单" } },
  );
  const caseId = acceptMediationCase.id;
  const { mediators } = await ok<{ mediators: { edges: { node: { id: string } }[] } }>(
    `query ($id: ID) { mediators(filter: { committeeId: $id }, first: 1) { edges { node { id } } } }`,
    { id: committeeId },
    now,
  );
  await ok(`mutation ($input: AssignMediatorInput!) { assignMediator(input: $input) { id } }`, {
    input: { caseId, mediatorId: mediators.edges[0]!.node.id },
  });
  await ok(`mutation ($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id } }`, {
    input: {
      caseId,
      mode: "IN_PERSON",
      startsAt: session.toISOString(),
      place: "社会治理综合服务中心调解室",
      attendees: [agreement.payee, agreement.payer],
      notes: "双方核对欠款数额，同意一次性付清。",
    },
  });
  const { reachMediationAgreement } = await ok<{ reachMediationAgreement: { id: string; signedAt: string } }>(
    `mutation ($input: ReachMediationAgreementInput!) { reachMediationAgreement(input: $input) { id signedAt } }`,
    {
      input: {
        caseId,
        terms: `${agreement.payer}于协议签订之日起十日内支付${agreement.payee}人民币${agreement.amount}元。`,
        obligations: [
          { payer: agreement.payer, payee: agreement.payee, amount: agreement.amount, description: "一次性付清" },
        ],
        performanceDeadline: new Date(agreement.signedAt.getTime() + 10 * 86_400_000).toISOString(),
        signatories: [agreement.payee, agreement.payer],
      },
    },
  );
  // The registry files the committee's events as its relay delivers them; the court hears of the agreement then.
  await expect
    .poll(
      async () =>
        (
          await ok<{ dispute: { timeline: { totalCount: number } } }>(
            `query ($code: ID!) { dispute(code: $code) { timeline(filter: { types: [MEDIATION_AGREEMENT_REACHED] }) { totalCount } } }`,
            { code },
            now,
          )
        ).dispute.timeline.totalCount > 0,
      { timeout: 20_000, interval: 200 },
    )
    .toBe(true);
  return { code, agreementId: reachMediationAgreement.id, signedAt: new Date(reachMediationAgreement.signedAt) };
}
