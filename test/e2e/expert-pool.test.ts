// Mediation's directory and expert pool through the gateway: mediation's directory administrator adds a
// committee, a mediator and a medical expert to Putuo's pool and suspends the committee (which the registry then
// sends no case, once mediation has published the change); nobody else may keep the directory; a party's pick (点单) makes the expert the mediator of record,
// whom the dispute's mediation case names. A party signed in picks herself (ONLINE) from the experts that fit her
// case, the window picks for a party it names (AT_WINDOW), and a resident who is not a party is refused.
import { randomInt } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { as, resident, STAFF, within, type Caller } from "../support/callers.js";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { nodeId } from "@onedoor/shared/graphql/node-id";
import { registerDispute, registeredAndSentTo } from "../support/registration.js";

const gql = sharedGateway(inject("gatewayUrl"));
const PUTUO = "330903";
const ADMIN: Caller = { roles: ["directoryAdministrator"], department: "mediation", sub: "directory-admin-e2e" };

async function ok<T>(query: string, variables: Record<string, unknown>, caller: Caller = ADMIN): Promise<T> {
  const { body } = await gql<T>(query, variables, await as(caller));
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

async function refusal(query: string, variables: Record<string, unknown>, caller: Caller) {
  const { body } = await gql(query, variables, await as(caller));
  expect(body.data?.[Object.keys(body.data ?? {})[0] ?? ""] ?? null).toBeNull();
  return body.errors![0]!.extensions as { code: string; messageZh: string; reason?: string };
}

const ADD_COMMITTEE = `mutation ($input: AddMediationCommitteeInput!) { addMediationCommittee(input: $input) { id name status } }`;
const ADD_MEDIATOR = `mutation ($input: AddMediationMediatorInput!) { addMediationMediator(input: $input) { id name } }`;
const ADD_EXPERT = `mutation ($input: AddMediationExpertInput!) { addMediationExpert(input: $input) { id name title status } }`;
const COMMITTEE_STATUS = `mutation ($input: ChangeMediationCommitteeStatusInput!) {
  changeMediationCommitteeStatus(input: $input) { status statusReason } }`;
const ACCEPT = `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`;
const PICK = `mutation ($input: PickMediationExpertInput!) { pickMediationExpert(input: $input) { id mediatorName } }`;

/** A medical dispute in Putuo, registered at the window and dispatched to `committee`; the patient's daughter is its party. */
const medicalDisputeAt = (committee: string, daughter = residentId({ region: PUTUO })) =>
  registeredAndSentTo(
    gql,
    {
      title: "术后并发症医疗损害赔偿纠纷",
      description: "患者术后出现并发症，家属认为医院存在过错，要求赔偿，申请医疗纠纷人民调解。",
      category: "医疗",
      region: PUTUO,
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "李静", residentId: daughter, phone: "138 5802 6617" }],
    },
    "MEDIATION",
    committee,
  );

async function newCommittee() {
  const { addMediationCommittee } = await ok<{ addMediationCommittee: { id: string; name: string; status: string } }>(
    ADD_COMMITTEE,
    {
      input: {
        name: `普陀区医患纠纷人民调解委员会（试点${randomInt(1_000_000)}）`,
        type: "MEDICAL",
        level: "PROFESSIONAL",
        regionCode: PUTUO,
        specialties: ["医疗"],
      },
    },
  );
  expect(addMediationCommittee.status).toBe("ACTIVE");
  return addMediationCommittee;
}

describe("the expert pool kept and picked through the gateway", () => {
  it("a committee, its mediator and a medical expert added; the party's pick leads the case", async () => {
    const committee = await newCommittee();
    await ok(ADD_MEDIATOR, {
      input: {
        committeeId: committee.id,
        name: "邵海明",
        role: "FULL_TIME",
        specialties: ["医疗"],
        dialects: ["舟山话"],
      },
    });
    const { addMediationExpert: expert } = await ok<{
      addMediationExpert: { id: string; name: string; title: string };
    }>(ADD_EXPERT, {
      input: {
        name: "孔令华",
        kind: "EXPERT",
        specialties: ["医疗", "心血管外科"],
        regionCode: PUTUO,
        organization: "舟山医院",
        title: "主任医师",
      },
    });
    expect(expert.title).toBe("主任医师");

    const code = await medicalDisputeAt(committee.name);
    const { acceptMediationCase } = await ok<{ acceptMediationCase: { id: string } }>(
      ACCEPT,
      { input: { disputeCode: code, committeeId: committee.id, source: "DISPATCH" } },
      STAFF.mediation,
    );
    const { pickMediationExpert } = await ok<{ pickMediationExpert: { mediatorName: string } }>(
      PICK,
      { input: { caseId: acceptMediationCase.id, expertId: expert.id, pickedBy: "李静" } },
      STAFF.mediation,
    );
    expect(pickMediationExpert.mediatorName).toBe("孔令华");

    const { dispute } = await ok<{
      dispute: { mediationCases: { mediatorName: string; expertPicks: object[] }[] };
    }>(
      `query ($code: ID!) { dispute(code: $code) { mediationCases {
        mediatorName expertPicks { lead chosenByParty carriedOver expert { name title organization } } } } }`,
      { code },
      STAFF.mediation,
    );
    expect(dispute.mediationCases).toEqual([
      {
        mediatorName: "孔令华",
        expertPicks: [
          {
            lead: true,
            chosenByParty: true,
            carriedOver: false,
            expert: { name: "孔令华", title: "主任医师", organization: "舟山医院" },
          },
        ],
      },
    ]);
  });

  it("a suspended committee is sent no new case: the registry follows mediation's directory", async () => {
    const committee = await newCommittee();
    await ok(ADD_MEDIATOR, {
      input: { committeeId: committee.id, name: "乐海波", role: "FULL_TIME", specialties: ["医疗"], dialects: [] },
    });
    const code = await registerDispute(gql, {
      title: "术后感染医疗损害赔偿纠纷",
      description: "患者术后切口感染再次住院，家属要求医院赔偿医疗费和误工费，申请医疗纠纷人民调解。",
      category: "医疗",
      region: PUTUO,
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "周海燕", residentId: residentId({ region: PUTUO }), phone: "139 5802 3316" }],
    });
    // Mediation publishes its directory after each change: the registry lists the committee, then drops it.
    const listed = async () => {
      const { body } = await gql<{ dispute: { suitableBodies: { id: string }[] } }>(
        `query ($code: ID!) { dispute(code: $code) { suitableBodies(department: MEDIATION) { id } } }`,
        { code },
      );
      return body.data!.dispute.suitableBodies.some((b) => b.id === committee.id);
    };
    await expect.poll(listed, { timeout: 15_000 }).toBe(true);
    const { changeMediationCommitteeStatus } = await ok<{ changeMediationCommitteeStatus: object }>(COMMITTEE_STATUS, {
      input: { committeeId: committee.id, status: "SUSPENDED", reason: "调解员培训期间暂停受理" },
    });
    expect(changeMediationCommitteeStatus).toEqual({ status: "SUSPENDED", statusReason: "调解员培训期间暂停受理" });
    await expect.poll(listed, { timeout: 15_000 }).toBe(false);
    const refused = await refusal(
      `mutation ($code: ID!, $bodyId: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION, bodyId: $bodyId }) { code } }`,
      { code, bodyId: committee.id },
      STAFF.petitions,
    );
    expect(refused).toMatchObject({ code: "INVALID_STATE", reason: "NOT_ACTIVE" });
    expect(refused.messageZh).toContain("已暂停或退出名录");
  });

  it("is kept by mediation's directory administrator alone", async () => {
    const input = {
      name: "某",
      kind: "LAWYER",
      specialties: ["医疗"],
      regionCode: PUTUO,
      organization: "某律师事务所",
    };
    for (const caller of [
      STAFF.mediation,
      { roles: ["directoryAdministrator"], department: "arbitration", sub: "arbitration-directory-admin" } as Caller,
      STAFF.petitions,
    ]) {
      expect((await refusal(ADD_EXPERT, { input }, caller)).code).toBe("FORBIDDEN");
    }
  });

  it("a party signed in picks from the experts that fit her case (ONLINE); the window picks for a party (AT_WINDOW)", async () => {
    const committee = await newCommittee();
    await ok(ADD_MEDIATOR, {
      input: { committeeId: committee.id, name: "邬海燕", role: "FULL_TIME", specialties: ["医疗"], dialects: [] },
    });
    const addExpert = async (name: string, specialties: string[], regionCode = PUTUO) =>
      (
        await ok<{ addMediationExpert: { id: string } }>(ADD_EXPERT, {
          input: { name, kind: "EXPERT", specialties, regionCode, organization: "舟山医院", title: "主任医师" },
        })
      ).addMediationExpert.id;
    const cardiologist = await addExpert("蒋文涛", ["医疗", "心内科"]);
    const fisheryExpert = await addExpert("夏国庆", ["海事渔事"]);
    const daughter = residentId({ region: PUTUO });
    const party = resident(daughter);
    const accepted = async (code: string) =>
      (
        await ok<{ acceptMediationCase: { id: string } }>(
          ACCEPT,
          { input: { disputeCode: code, committeeId: committee.id, source: "DISPATCH" } },
          STAFF.mediation,
        )
      ).acceptMediationCase.id;
    const code = await medicalDisputeAt(committee.name, daughter);
    const caseId = await accepted(code);

    const CHOICES = `query ($caseId: ID!) { mediationExpertChoices(caseId: $caseId) { id name title specialties } }`;
    const { mediationExpertChoices } = await ok<{ mediationExpertChoices: { id: string; name: string }[] }>(
      CHOICES,
      { caseId },
      party,
    );
    expect(mediationExpertChoices.map((e) => e.id)).toContain(cardiologist);
    expect(mediationExpertChoices.map((e) => e.id)).not.toContain(fisheryExpert);
    expect(mediationExpertChoices.find((e) => e.id === cardiologist)).toEqual({
      id: cardiologist,
      name: "蒋文涛",
      title: "主任医师",
      specialties: ["医疗", "心内科"],
    });

    const PICK_MINE = `mutation ($input: PickMyMediationExpertInput!) { pickMyMediationExpert(input: $input) { mediatorName } }`;
    const stranger = resident(residentId({ region: PUTUO }));
    expect((await refusal(CHOICES, { caseId }, stranger)).code).toBe("FORBIDDEN");
    expect(await refusal(PICK_MINE, { input: { caseId, expertId: cardiologist } }, stranger)).toMatchObject({
      code: "FORBIDDEN",
      messageZh: "只有本纠纷的当事人本人才能为本案点单",
    });
    expect(await refusal(PICK_MINE, { input: { caseId, expertId: fisheryExpert } }, party)).toMatchObject({
      code: "INVALID_STATE",
      reason: "OTHER_SPECIALTY",
    });

    const { pickMyMediationExpert } = await ok<{ pickMyMediationExpert: { mediatorName: string } }>(
      PICK_MINE,
      { input: { caseId, expertId: cardiologist } },
      party,
    );
    expect(pickMyMediationExpert.mediatorName).toBe("蒋文涛");
    const CASES = `query ($code: ID!) { dispute(code: $code) { mediationCases {
      mediatorName expertPicks { lead chosenByParty channel pickedBy pickedByParty { id } expert { name } } } } }`;
    const { dispute } = await ok<{ dispute: { mediationCases: object[] } }>(CASES, { code }, party);
    expect(dispute.mediationCases).toEqual([
      {
        mediatorName: "蒋文涛",
        expertPicks: [
          {
            lead: true,
            chosenByParty: true,
            channel: "ONLINE",
            pickedBy: null,
            pickedByParty: { id: nodeId("Party", partyIdOf({ residentId: daughter })) },
            expert: { name: "蒋文涛" },
          },
        ],
      },
    ]);

    // At the window of Putuo, for the party of another dispute of the same committee.
    const window = within({ roles: ["intakeClerk"], department: "petitions", sub: "window-putuo" }, PUTUO);
    const otherDaughter = residentId({ region: PUTUO });
    const otherCode = await medicalDisputeAt(committee.name, otherDaughter);
    const otherCaseId = await accepted(otherCode);
    const { pickMediationExpertForParty } = await ok<{
      pickMediationExpertForParty: { mediatorName: string; expertPicks: object[] };
    }>(
      `mutation ($input: PickMediationExpertForPartyInput!) { pickMediationExpertForParty(input: $input) {
        mediatorName expertPicks { chosenByParty channel pickedByParty { id } } } }`,
      {
        input: {
          caseId: otherCaseId,
          expertId: cardiologist,
          partyId: nodeId("Party", partyIdOf({ residentId: otherDaughter })),
        },
      },
      window,
    );
    expect(pickMediationExpertForParty).toEqual({
      mediatorName: "蒋文涛",
      expertPicks: [
        {
          chosenByParty: true,
          channel: "AT_WINDOW",
          pickedByParty: { id: nodeId("Party", partyIdOf({ residentId: otherDaughter })) },
        },
      ],
    });
  });
});
