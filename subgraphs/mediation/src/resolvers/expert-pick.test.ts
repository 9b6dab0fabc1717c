// 点单 on this subgraph's schema in process: the party's pick of an expert from the pool of the dispute's
// county makes the expert the mediator of record when nobody leads yet (reading the case names them), or a
// co-mediator beside the mediators; through the case's write path (event and audit); misfits are refused.
// The committee records a pick the party told it; the party picks herself online, or the window for her, each
// checked against the dispute's parties as the registry reports them (the kit's `parties`).
import { describe, expect, it } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { nodeId, recordKey } from "@onedoor/shared/graphql/node-id";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";

const { store, run, notify, parties } = useSubgraphKit(subgraph, { seed: true });

const PUTUO = "330903";
const COMMITTEE = "普陀区医疗纠纷人民调解委员会";
const STAFF = caller("mediator", {
  userId: "mediator-pt-med",
  department: "mediation",
  region: PUTUO,
  organization: COMMITTEE,
});

const CASE_FIELDS = `id version mediatorName
  expertPicks { lead chosenByParty carriedOver pickedBy pickedByParty { id } channel recordedBy
    expert { name title organization } }`;
const PICK = `mutation ($input: PickMediationExpertInput!) { pickMediationExpert(input: $input) { ${CASE_FIELDS} } }`;
const ASSIGN = `mutation ($input: AssignMediatorInput!) { assignMediator(input: $input) { ${CASE_FIELDS} } }`;
const SESSION = `mutation ($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { status } }`;

let sequence = 710_000;
const ACCEPT = `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { ${CASE_FIELDS} } }`;

async function accept(disputeCode: string, source: "DISPATCH" | "COURT_DELEGATION") {
  const committee = await store().committee.findUniqueOrThrow({ where: { name: COMMITTEE } });
  await notify(disputeCode, source === "DISPATCH" ? "SENT" : "DELEGATED");
  const { data, codes } = await run(STAFF, ACCEPT, {
    input: {
      disputeCode,
      committeeId: committee.id,
      source,
      ...(source === "COURT_DELEGATION" ? { sourceReference: "(2026)浙0903民诉前调1号" } : {}),
    },
  });
  expect(codes).toEqual([]);
  return data!.acceptMediationCase as { id: string; mediatorName: string | null; expertPicks: object[] };
}

const nextCode = () => formatDisputeCode({ region: PUTUO, year: 2026, sequence: ++sequence });
const medicalCase = async (): Promise<string> => (await accept(nextCode(), "DISPATCH")).id;

const LI_JING = "P-LI-JING";
const HOSPITAL = "P-ZHOUSHAN-HOSPITAL";
const RESIDENT = caller("resident", { userId: "resident-li-jing", partyId: LI_JING });
const NEIGHBOUR = caller("resident", { userId: "resident-neighbour", partyId: "P-NEIGHBOUR" });
const WINDOW = caller("intakeClerk", { userId: "clerk-pt", department: "petitions", region: PUTUO });
const TONGLU_WINDOW = caller("intakeClerk", { userId: "clerk-tl", department: "petitions", region: "330122" });
const PICK_MINE = `mutation ($input: PickMyMediationExpertInput!) { pickMyMediationExpert(input: $input) { ${CASE_FIELDS} } }`;
const PICK_FOR = `mutation ($input: PickMediationExpertForPartyInput!) {
  pickMediationExpertForParty(input: $input) { ${CASE_FIELDS} } }`;
const CHOICES = `query ($caseId: ID!) { mediationExpertChoices(caseId: $caseId) { name title specialties regionCode status } }`;

const LI_JING_AND_HOSPITAL = {
  partyIds: [LI_JING, HOSPITAL],
  partyNames: [
    { kind: "PERSON" as const, partyId: LI_JING, name: "李静" },
    { kind: "ORGANISATION" as const, partyId: HOSPITAL, name: "舟山市普陀区人民医院" },
  ],
};

/** A medical case whose dispute has Li Jing and the hospital as parties, as the registry would report them. */
async function partiesCase(): Promise<string> {
  const code = nextCode();
  const { id } = await accept(code, "DISPATCH");
  parties(code, LI_JING_AND_HOSPITAL);
  return id;
}

const expertId = async (name: string) => (await store().expert.findFirstOrThrow({ where: { name } })).id;

describe("点单", () => {
  it("makes the picked expert the mediator of record of a case nobody leads, through the write path", async () => {
    const caseId = await medicalCase();
    const { data, codes } = await run(STAFF, PICK, {
      input: { caseId, expertId: await expertId("孙立群"), pickedBy: "患者之女李静" },
    });
    expect(codes).toEqual([]);
    expect(data!.pickMediationExpert).toMatchObject({
      version: 2,
      mediatorName: "孙立群",
      expertPicks: [
        {
          lead: true,
          chosenByParty: true,
          carriedOver: false,
          pickedBy: "患者之女李静",
          pickedByParty: null,
          channel: "AT_COMMITTEE",
          recordedBy: "mediator-pt-med",
          expert: { name: "孙立群", title: "主任医师", organization: "舟山医院" },
        },
      ],
    });
    const id = recordKey(caseId);
    const event = await store().outboxEvent.findFirstOrThrow({
      where: { recordId: id, type: "MEDIATION_EXPERT_PICKED" },
    });
    expect(event.summary).toBe("当事人从调解专家库点单选定行业专家，由其主持调解");
    expect(await store().auditEntry.count({ where: { entityId: id, action: "pickMediationExpert" } })).toBe(1);

    // The expert mediates: a session needs no other mediator.
    const session = await run(STAFF, SESSION, {
      input: {
        caseId,
        mode: "IN_PERSON",
        startsAt: new Date().toISOString(),
        place: "普陀区社会治理中心医疗纠纷调解室",
        attendees: ["李静", "医院代表"],
        notes: "专家解释手术并发症的成因。",
      },
    });
    expect(session.codes).toEqual([]);
  });

  it("seats the expert beside a mediator who leads, and a mediator assigned later beside the expert", async () => {
    const caseId = await medicalCase();
    const mediator = await store().mediator.findFirstOrThrow({
      where: { committee: { name: COMMITTEE }, status: "ACTIVE" },
    });
    await run(STAFF, ASSIGN, { input: { caseId, mediatorId: mediator.id } });
    const picked = await run(STAFF, PICK, { input: { caseId, expertId: await expertId("乐美华"), pickedBy: "李静" } });
    expect(picked.data!.pickMediationExpert).toMatchObject({
      mediatorName: mediator.name,
      expertPicks: [{ lead: false, expert: { name: "乐美华" } }],
    });

    const expertLeads = await medicalCase();
    await run(STAFF, PICK, { input: { caseId: expertLeads, expertId: await expertId("孙立群"), pickedBy: "李静" } });
    const assigned = await run(STAFF, ASSIGN, { input: { caseId: expertLeads, mediatorId: mediator.id } });
    expect(assigned.data!.assignMediator.mediatorName).toBe("孙立群");
  });

  it("refuses an expert of another county's pool or of another specialty", async () => {
    const caseId = await medicalCase();
    for (const [name, reason] of [
      ["吴建国", "OTHER_REGION"],
      ["胡海峰", "OTHER_SPECIALTY"],
    ] as const) {
      const { codes, errors } = await run(STAFF, PICK, {
        input: { caseId, expertId: await expertId(name), pickedBy: "李静" },
      });
      expect(codes, name).toEqual(["INVALID_STATE"]);
      expect(errors[0]!.extensions!.reason, name).toBe(reason);
    }
    expect(await store().expertPick.count({ where: { caseId: recordKey(caseId) } })).toBe(0);
  });
});

describe("the pick in a court's delegation", () => {
  const FAIL = `mutation ($input: FailMediationInput!) { failMediation(input: $input) { status } }`;

  async function failedWithPicks(...experts: string[]) {
    const disputeCode = nextCode();
    const { id } = await accept(disputeCode, "DISPATCH");
    for (const name of experts)
      await run(STAFF, PICK, { input: { caseId: id, expertId: await expertId(name), pickedBy: "李静" } });
    await run(STAFF, FAIL, { input: { caseId: id, reason: "赔偿金额分歧大", suggestedNextStep: "LITIGATION" } });
    return { disputeCode, caseId: id };
  }

  it("starts with the expert the party picked before, as chosen by the party and carried over", async () => {
    const earlier = await failedWithPicks("孙立群", "乐美华");
    const delegated = await accept(earlier.disputeCode, "COURT_DELEGATION");
    expect(delegated).toMatchObject({
      mediatorName: "孙立群",
      expertPicks: [
        { lead: true, chosenByParty: true, carriedOver: true, expert: { name: "孙立群" } },
        { lead: false, chosenByParty: true, carriedOver: true, expert: { name: "乐美华" } },
      ],
    });
    const summaries = (
      await store().outboxEvent.findMany({
        where: { recordId: recordKey(delegated.id) },
        orderBy: { sequence: "asc" },
      })
    ).map((e) => e.summary);
    expect(summaries).toContain("沿用当事人此前调解中点单选定的行业专家，由其主持调解");
  });

  it("not an expert no longer ACTIVE", async () => {
    const earlier = await failedWithPicks("乐美华");
    await store().expert.update({
      where: { id: await expertId("乐美华") },
      data: { status: "SUSPENDED", statusReason: "进修", statusChangedAt: new Date(), statusChangedBy: "admin" },
    });
    try {
      const delegated = await accept(earlier.disputeCode, "COURT_DELEGATION");
      expect(delegated).toMatchObject({ mediatorName: null, expertPicks: [] });
    } finally {
      await store().expert.update({
        where: { id: await expertId("乐美华") },
        data: { status: "ACTIVE", statusReason: "进修结束", statusChangedAt: new Date() },
      });
    }
  });
});

describe("点单 by the party herself or at the window", () => {
  it("lists the experts that fit her case, and nobody else's", async () => {
    const caseId = await partiesCase();
    const { data, codes } = await run(RESIDENT, CHOICES, { caseId });
    expect(codes).toEqual([]);
    const choices = data!.mediationExpertChoices as { name: string; regionCode: string; status: string }[];
    expect(choices.map((e) => e.name)).toEqual(expect.arrayContaining(["孙立群", "乐美华"]));
    expect(choices.map((e) => e.name)).not.toContain("吴建国");
    expect(choices.map((e) => e.name)).not.toContain("胡海峰");
    expect(choices.every((e) => e.regionCode === PUTUO && e.status === "ACTIVE")).toBe(true);
    expect((await run(WINDOW, CHOICES, { caseId })).codes).toEqual([]);
    expect((await run(STAFF, CHOICES, { caseId })).codes).toEqual([]);
    for (const outsider of [NEIGHBOUR, TONGLU_WINDOW]) {
      expect((await run(outsider, CHOICES, { caseId })).codes).toEqual(["FORBIDDEN"]);
    }
  });

  it("records her own pick by her identity, ONLINE, and she reads the case she changed", async () => {
    const caseId = await partiesCase();
    const { data, codes } = await run(RESIDENT, PICK_MINE, { input: { caseId, expertId: await expertId("孙立群") } });
    expect(codes).toEqual([]);
    expect(data!.pickMyMediationExpert).toMatchObject({
      mediatorName: "孙立群",
      expertPicks: [
        {
          lead: true,
          chosenByParty: true,
          pickedBy: null,
          pickedByParty: { id: nodeId("Party", LI_JING) },
          channel: "ONLINE",
        },
      ],
    });
    const pick = await store().expertPick.findFirstOrThrow({ where: { caseId: recordKey(caseId) } });
    expect(pick).toMatchObject({ pickedByPartyId: LI_JING, channel: "ONLINE", recordedBy: "resident-li-jing" });
    expect(await store().auditEntry.count({ where: { entityId: pick.caseId, action: "pickMyMediationExpert" } })).toBe(
      1,
    );
    // The expert picked is no longer among the choices; picked again, refused.
    const again = await run(RESIDENT, CHOICES, { caseId });
    expect((again.data!.mediationExpertChoices as { name: string }[]).map((e) => e.name)).not.toContain("孙立群");
    const twice = await run(RESIDENT, PICK_MINE, { input: { caseId, expertId: await expertId("孙立群") } });
    expect(twice.codes).toEqual(["CONFLICT"]);
  });

  it("refuses a resident who is not a party, and her pick of a misfit", async () => {
    const caseId = await partiesCase();
    const outsider = await run(NEIGHBOUR, PICK_MINE, { input: { caseId, expertId: await expertId("孙立群") } });
    expect(outsider.codes).toEqual(["FORBIDDEN"]);
    expect(outsider.errors[0]!.extensions!.messageZh).toBe("只有本纠纷的当事人本人才能为本案点单");
    const misfit = await run(RESIDENT, PICK_MINE, { input: { caseId, expertId: await expertId("吴建国") } });
    expect(misfit.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "OTHER_REGION" });
    expect(await store().expertPick.count({ where: { caseId: recordKey(caseId) } })).toBe(0);
  });

  it("refuses an expert who is not ACTIVE, and any pick once the case is closed", async () => {
    const caseId = await partiesCase();
    const id = await expertId("乐美华");
    await store().expert.update({ where: { id }, data: { status: "SUSPENDED", statusChangedAt: new Date() } });
    try {
      const suspended = await run(RESIDENT, PICK_MINE, { input: { caseId, expertId: id } });
      expect(suspended.errors[0]!.extensions).toMatchObject({
        code: "INVALID_STATE",
        reason: "DIRECTORY_ENTRY_SUSPENDED",
      });
    } finally {
      await store().expert.update({ where: { id }, data: { status: "ACTIVE", statusChangedAt: new Date() } });
    }
    const failed = await run(
      STAFF,
      `mutation ($input: FailMediationInput!) { failMediation(input: $input) { status } }`,
      {
        input: { caseId, reason: "双方分歧大", suggestedNextStep: "LITIGATION" },
      },
    );
    expect(failed.codes).toEqual([]);
    const closed = await run(RESIDENT, PICK_MINE, { input: { caseId, expertId: id } });
    expect(closed.codes).toEqual(["INVALID_STATE"]);
  });

  it("records the window's pick for the party it names, AT_WINDOW; not another county's window, not a stranger", async () => {
    const caseId = await partiesCase();
    const expert = await expertId("乐美华");
    const wrongParty = await run(WINDOW, PICK_FOR, { input: { caseId, expertId: expert, partyId: "P-NEIGHBOUR" } });
    expect(wrongParty.errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    const elsewhere = await run(TONGLU_WINDOW, PICK_FOR, { input: { caseId, expertId: expert, partyId: LI_JING } });
    expect(elsewhere.codes).toEqual(["FORBIDDEN"]);
    const resident = await run(RESIDENT, PICK_FOR, { input: { caseId, expertId: expert, partyId: LI_JING } });
    expect(resident.codes).toEqual(["FORBIDDEN"]);

    const { data, codes } = await run(WINDOW, PICK_FOR, { input: { caseId, expertId: expert, partyId: LI_JING } });
    expect(codes).toEqual([]);
    expect(data!.pickMediationExpertForParty).toMatchObject({
      mediatorName: "乐美华",
      expertPicks: [
        { lead: true, pickedBy: null, pickedByParty: { id: nodeId("Party", LI_JING) }, channel: "AT_WINDOW" },
      ],
    });
    // The window takes no other step in mediation.
    const mediator = await store().mediator.findFirstOrThrow({ where: { committee: { name: COMMITTEE } } });
    expect((await run(WINDOW, ASSIGN, { input: { caseId, mediatorId: mediator.id } })).codes).toEqual(["FORBIDDEN"]);
  });

  it("carries a party's own pick into a court's delegation, as she made it", async () => {
    const disputeCode = nextCode();
    const { id } = await accept(disputeCode, "DISPATCH");
    parties(disputeCode, LI_JING_AND_HOSPITAL);
    await run(RESIDENT, PICK_MINE, { input: { caseId: id, expertId: await expertId("孙立群") } });
    await run(STAFF, `mutation ($input: FailMediationInput!) { failMediation(input: $input) { status } }`, {
      input: { caseId: id, reason: "赔偿金额分歧大", suggestedNextStep: "LITIGATION" },
    });
    const delegated = await accept(disputeCode, "COURT_DELEGATION");
    expect(delegated).toMatchObject({
      mediatorName: "孙立群",
      expertPicks: [{ carriedOver: true, pickedByParty: { id: nodeId("Party", LI_JING) }, channel: "ONLINE" }],
    });
  });
});
