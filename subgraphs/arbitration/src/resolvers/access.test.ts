// Who may change arbitration cases, in process on the subgraph's schema: the commission's staff take every
// step; a worker may file their own application online; everyone else is refused and writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_COMMISSIONS } from "@onedoor/shared/demo/arbitration-directory";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { caller, refusalOf, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const WORKER_ID = "330122198203142516";
const ARBITRATOR = caller("arbitrator", { userId: "arbitrator-1", department: "arbitration" });
const WORKER = caller("resident", { userId: "resident-1", partyId: partyIdOf({ residentId: WORKER_ID }) });
const NEIGHBOUR = caller("resident", { userId: "resident-2", partyId: "PSOMEONEELSE000000001" });
const MEDIATOR = caller("mediator", { userId: "mediator-1", department: "mediation" });
/** The arbitrator role without the commission's department: a token from elsewhere. */
const UNBOUND_ARBITRATOR = caller("arbitrator", { userId: "arbitrator-2" });
const COMMANDER = caller("commander", { userId: "commander-1" });
const ANONYMOUS = caller(null);

const FILE = `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id status } }`;

const application = (more: Record<string, unknown> = {}) => ({
  disputeCode: "330122260000027",
  applicants: [{ name: "吴建军", residentId: WORKER_ID }],
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
  ...more,
});

/** Every step mutation, with its input type and the fields it needs besides the case. */
const STEPS: [mutation: string, inputType: string, fields: Record<string, unknown>][] = [
  ["acceptArbitrationCase", "AcceptArbitrationCaseInput", {}],
  ["rejectArbitrationCase", "RejectArbitrationCaseInput", { reason: "不属于劳动争议" }],
  ["recordArbitrationService", "RecordArbitrationServiceInput", {}],
  ["recordArbitrationAnswer", "RecordArbitrationAnswerInput", {}],
  [
    "composeArbitrationTribunal",
    "ComposeArbitrationTribunalInput",
    { kind: "SOLE", arbitrators: ["方建明"], presidingArbitrator: "方建明" },
  ],
  ["scheduleArbitrationHearing", "ScheduleArbitrationHearingInput", { hearingAt: "2027-01-10T01:00:00.000Z" }],
  [
    "postponeArbitrationHearing",
    "PostponeArbitrationHearingInput",
    { newHearingAt: "2027-01-20T01:00:00.000Z", requestedBy: "被申请人", reason: "代理人住院" },
  ],
  [
    "recordArbitrationHearingHeld",
    "RecordArbitrationHearingHeldInput",
    {
      heldAt: "2026-11-20T01:00:00.000Z",
      place: "桐庐县社会治理综合服务中心仲裁庭",
      applicantAppearance: "IN_PERSON",
      respondentAppearance: "ABSENT",
    },
  ],
  [
    "extendArbitrationAwardPeriod",
    "ExtendArbitrationAwardPeriodInput",
    { days: 5, approvedBy: "章国强", reason: "案情复杂" },
  ],
  [
    "closeArbitrationByMediationStatement",
    "CloseArbitrationByMediationStatementInput",
    { documentNumber: "桐劳人仲调字〔2026〕第1号", summary: "双方达成调解协议" },
  ],
  [
    "issueArbitrationAward",
    "IssueArbitrationAwardInput",
    { documentNumber: "桐劳人仲裁字〔2026〕第1号", decisions: [] },
  ],
  ["recordArbitrationAwardService", "RecordArbitrationAwardServiceInput", {}],
];
const stepOperation = (mutation: string, inputType: string) =>
  `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id status } }`;

describe("who may change arbitration cases", () => {
  const { store, run, notify } = useSubgraphKit(subgraph);
  beforeAll(() => store().arbitrationCommission.createMany({ data: DEMO_COMMISSIONS }));
  let caseId: string;

  beforeAll(async () => {
    // The registry sent the dispute here, so only the caller decides (registry-gate.test.ts: when it did not).
    await notify(application().disputeCode as string);
    const { data, errors } = await run(ARBITRATOR, FILE, { input: application() });
    expect(errors).toEqual([]);
    caseId = data!.fileArbitrationApplication.id;
  });

  const unchanged = async () =>
    expect(await store().arbitrationCase.findUniqueOrThrow({ where: { id: recordKey(caseId) } })).toMatchObject({
      status: "RECEIVED",
      version: 1,
    });

  describe("filing an application (仲裁申请)", () => {
    it("is open to the commission's staff at the window", async () => {
      const { data, codes } = await run(ARBITRATOR, FILE, { input: application() });
      expect(codes).toEqual([]);
      expect(data!.fileArbitrationApplication.status).toBe("RECEIVED");
    });

    it("is open online to a worker who is one of the applicants, who cannot date it", async () => {
      const { data, codes } = await run(WORKER, FILE, { input: application() });
      expect(codes).toEqual([]);
      expect(data!.fileArbitrationApplication.status).toBe("RECEIVED");
      const backDated = await run(WORKER, FILE, { input: application({ receivedAt: "2026-11-01T01:00:00.000Z" }) });
      expect(backDated.codes).toEqual(["BAD_USER_INPUT"]);
    });

    it("is refused to a resident filing for others, other departments, the commander and anonymous callers", async () => {
      const before = await store().arbitrationCase.count();
      for (const identity of [NEIGHBOUR, MEDIATOR, UNBOUND_ARBITRATOR, COMMANDER, ANONYMOUS]) {
        expect((await run(identity, FILE, { input: application() })).codes).toEqual([refusalOf(identity)]);
      }
      expect(await store().arbitrationCase.count()).toBe(before);
    });
  });

  describe("taking a case a step (受理 to 裁决书送达)", () => {
    it.each(STEPS)("%s is refused to everyone but the commission's staff", async (mutation, inputType, fields) => {
      for (const identity of [WORKER, MEDIATOR, UNBOUND_ARBITRATOR, COMMANDER, ANONYMOUS]) {
        const { codes } = await run(identity, stepOperation(mutation, inputType), { input: { caseId, ...fields } });
        expect(codes).toEqual([refusalOf(identity)]);
      }
      await unchanged();
    });

    it("is open to the commission's staff", async () => {
      const { data, codes } = await run(
        ARBITRATOR,
        stepOperation("acceptArbitrationCase", "AcceptArbitrationCaseInput"),
        {
          input: { caseId },
        },
      );
      expect(codes).toEqual([]);
      expect(data!.acceptArbitrationCase).toEqual({ id: caseId, status: "ACCEPTED" });
    });
  });
});
