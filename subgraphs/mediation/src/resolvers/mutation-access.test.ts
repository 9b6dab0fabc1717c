// Who may change mediation records, mutation by mutation, on this subgraph's schema in process: the
// committee's staff may change cases; residents who are no party of the case's dispute, other departments'
// staff, a mediator's role without this department, and the commander (who reads every case but changes none
// here) get FORBIDDEN, anonymous callers UNAUTHENTICATED, and nothing is written. The directory's upkeep is refused to the committee's staff too.
import { beforeAll, describe, expect, it } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, refusalOf, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";

const { store, run, notify } = useSubgraphKit(subgraph, { seed: true });

const MEDIATOR = caller("mediator", { userId: "mediator-1", department: "mediation" });
/** Dispatched here, so only the caller's role stands between a caller and the acceptance. */
const SENT_CODE = formatDisputeCode({ region: "330122", year: 2026, sequence: 800_001 });
const REFUSED = {
  anonymous: caller(null),
  resident: caller("resident", { partyId: "PZHOUXIUYINGPARTY0001" }),
  "another department's staff": caller("arbitrator", { department: "arbitration" }),
  "a mediator's role outside this department": caller("mediator", { department: "arbitration" }),
  commander: caller("commander"),
};

/** Every mutation of the subgraph, with an input of the right shape (the refusal comes before the resolver). */
const MUTATIONS: Record<string, { type: string; input: (ids: Ids) => Record<string, unknown> }> = {
  acceptMediationCase: {
    type: "AcceptMediationCaseInput",
    input: (ids) => ({
      disputeCode: SENT_CODE,
      committeeId: ids.committeeId,
      source: "DISPATCH",
    }),
  },
  assignMediator: { type: "AssignMediatorInput", input: (ids) => ({ caseId: ids.caseId, mediatorId: ids.mediatorId }) },
  recuseMediator: {
    type: "RecuseMediatorInput",
    input: (ids) => ({ caseId: ids.caseId, mediatorId: ids.mediatorId, requestedBy: "当事人", reason: "回避" }),
  },
  addParticipatingDepartments: {
    type: "AddParticipatingDepartmentsInput",
    input: (ids) => ({ caseId: ids.caseId, departments: ["桐庐县信访局"] }),
  },
  recordMediationSession: {
    type: "RecordMediationSessionInput",
    input: (ids) => ({
      caseId: ids.caseId,
      mode: "IN_PERSON",
      startsAt: "2026-11-20T02:00:00.000Z",
      place: "调解室",
      attendees: ["当事人"],
      notes: "—",
    }),
  },
  pauseMediationClock: {
    type: "PauseMediationClockInput",
    input: (ids) => ({ caseId: ids.caseId, reason: "医疗损害鉴定" }),
  },
  resumeMediationClock: { type: "ResumeMediationClockInput", input: (ids) => ({ caseId: ids.caseId }) },
  requestMediationAppraisal: {
    type: "RequestMediationAppraisalInput",
    input: (ids) => ({
      caseId: ids.caseId,
      body: "杭州市医学会",
      kind: "MEDICAL_MALPRACTICE",
      requestedAt: "2026-11-20T02:00:00.000Z",
      feePayer: "PATIENT_SIDE",
    }),
  },
  recordMediationAppraisalResult: {
    type: "RecordMediationAppraisalResultInput",
    // No appraisal needs to exist: the caller is refused before it is looked up.
    input: () => ({
      appraisalId: "00000000-0000-4000-8000-000000000000",
      receivedAt: "2026-11-27T02:00:00.000Z",
      conclusionSummary: "医方无过错",
    }),
  },
  voidMediationAcceptance: {
    type: "VoidMediationAcceptanceInput",
    input: (ids) => ({ caseId: ids.caseId, reason: "ACCEPTED_IN_ERROR", explanation: "误受理" }),
  },
  pickMediationExpert: {
    type: "PickMediationExpertInput",
    input: (ids) => ({ caseId: ids.caseId, expertId: ids.expertId, pickedBy: "当事人" }),
  },
  // A party's own pick and the window's for her: the resident below is no party of the case's dispute.
  pickMyMediationExpert: {
    type: "PickMyMediationExpertInput",
    input: (ids) => ({ caseId: ids.caseId, expertId: ids.expertId }),
  },
  pickMediationExpertForParty: {
    type: "PickMediationExpertForPartyInput",
    input: (ids) => ({ caseId: ids.caseId, expertId: ids.expertId, partyId: "PZHOUXIUYINGPARTY0001" }),
  },
  failMediation: {
    type: "FailMediationInput",
    input: (ids) => ({ caseId: ids.caseId, reason: "分歧大", suggestedNextStep: "LITIGATION" }),
  },
  withdrawMediation: { type: "WithdrawMediationInput", input: (ids) => ({ caseId: ids.caseId, reason: "撤回" }) },
  reachMediationAgreement: {
    type: "ReachMediationAgreementInput",
    input: (ids) => ({
      caseId: ids.caseId,
      terms: "—",
      obligations: [],
      performanceDeadline: "2026-12-31T15:59:59.000Z",
      signatories: ["甲", "乙"],
    }),
  },
  recordPerformanceFollowUp: {
    type: "RecordPerformanceFollowUpInput",
    input: (ids) => ({ agreementId: ids.agreementId, status: "PERFORMED", notes: "—" }),
  },
};

/** The directory's upkeep: its administrator's alone (directory.test.ts), so the committee's staff are refused too. */
const DIRECTORY_MUTATIONS: typeof MUTATIONS = {
  addMediationCommittee: {
    type: "AddMediationCommitteeInput",
    input: () => ({ name: "某调委会", type: "GENERAL", level: "TOWN", regionCode: "330122", specialties: ["邻里"] }),
  },
  addMediationMediator: {
    type: "AddMediationMediatorInput",
    input: (ids) => ({ committeeId: ids.committeeId, name: "某", role: "PART_TIME" }),
  },
  addMediationExpert: {
    type: "AddMediationExpertInput",
    input: () => ({ name: "某", kind: "LAWYER", specialties: ["合同"], regionCode: "330122", organization: "某律所" }),
  },
  changeMediationCommitteeStatus: {
    type: "ChangeMediationCommitteeStatusInput",
    input: (ids) => ({ committeeId: ids.committeeId, status: "SUSPENDED", reason: "—" }),
  },
  changeMediatorStatus: {
    type: "ChangeMediatorStatusInput",
    input: (ids) => ({ mediatorId: ids.mediatorId, status: "SUSPENDED", reason: "—" }),
  },
  changeMediationExpertStatus: {
    type: "ChangeMediationExpertStatusInput",
    input: (ids) => ({ expertId: ids.expertId, status: "SUSPENDED", reason: "—" }),
  },
};

interface Ids {
  caseId: string;
  committeeId: string;
  mediatorId: string;
  expertId: string;
  agreementId: string;
}
let ids: Ids;

beforeAll(async () => {
  await notify(SENT_CODE);
  const db = store();
  const open = await db.mediationCase.findFirstOrThrow({ where: { status: "IN_MEDIATION" } });
  ids = {
    caseId: open.id,
    committeeId: open.committeeId,
    mediatorId: (await db.mediator.findFirstOrThrow()).id,
    expertId: (await db.expert.findFirstOrThrow()).id,
    // Still to be performed: it takes follow-ups.
    agreementId: (await db.mediationAgreement.findFirstOrThrow({ where: { followUps: { none: {} } } })).id,
  };
});

const operation = (name: string, type: string) =>
  `mutation ($input: ${type}!) { ${name}(input: $input) { __typename } }`;

describe("mediation mutations", () => {
  it("cover every mutation of the schema", async () => {
    const { data } = await run(MEDIATOR, `{ __schema { mutationType { fields { name } } } }`);
    const names = (data!.__schema.mutationType.fields as { name: string }[]).map((f) => f.name);
    expect(names.sort()).toEqual([...Object.keys(MUTATIONS), ...Object.keys(DIRECTORY_MUTATIONS)].sort());
  });

  for (const [who, identity] of Object.entries(REFUSED)) {
    it(`are refused to ${who}, who change nothing`, async () => {
      const db = store();
      const [audit, outbox, version] = [
        await db.auditEntry.count(),
        await db.outboxEvent.count(),
        (await db.mediationCase.findUniqueOrThrow({ where: { id: ids.caseId } })).version,
      ];
      for (const [name, { type, input }] of Object.entries({ ...MUTATIONS, ...DIRECTORY_MUTATIONS })) {
        const { data, codes } = await run(identity, operation(name, type), { input: input(ids) });
        expect(codes, name).toEqual([refusalOf(identity)]);
        expect(data, name).toBeNull();
      }
      expect(await db.auditEntry.count()).toBe(audit);
      expect(await db.outboxEvent.count()).toBe(outbox);
      expect((await db.mediationCase.findUniqueOrThrow({ where: { id: ids.caseId } })).version).toBe(version);
    });
  }

  it("of the directory are refused to the committee's staff, who change nothing", async () => {
    const audit = await store().auditEntry.count();
    for (const [name, { type, input }] of Object.entries(DIRECTORY_MUTATIONS)) {
      const { data, codes } = await run(MEDIATOR, operation(name, type), { input: input(ids) });
      expect(codes, name).toEqual(["FORBIDDEN"]);
      expect(data, name).toBeNull();
    }
    expect(await store().auditEntry.count()).toBe(audit);
  });

  it("are open to the committee's staff: a case step, the acceptance and a follow-up", async () => {
    const step = await run(MEDIATOR, operation("addParticipatingDepartments", "AddParticipatingDepartmentsInput"), {
      input: MUTATIONS.addParticipatingDepartments!.input(ids),
    });
    expect(step.codes).toEqual([]);
    const accept = await run(MEDIATOR, operation("acceptMediationCase", "AcceptMediationCaseInput"), {
      input: MUTATIONS.acceptMediationCase!.input(ids),
    });
    expect(accept.codes).toEqual([]);
    const followUp = await run(MEDIATOR, operation("recordPerformanceFollowUp", "RecordPerformanceFollowUpInput"), {
      input: { agreementId: ids.agreementId, status: "PARTLY_PERFORMED", notes: "已付第一期" },
    });
    expect(followUp.codes).toEqual([]);
  });
});
