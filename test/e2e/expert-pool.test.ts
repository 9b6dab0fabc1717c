// Mediation's directory and expert pool through the gateway: mediation's directory administrator adds a
// committee, a mediator and a medical expert to Putuo's pool and suspends the committee (which the registry then
// sends no case, once mediation has published the change); nobody else may keep the directory; a party's pick (点单) makes the expert the mediator of record,
// whom the dispute's mediation case names.
import { randomInt } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { as, STAFF, type Caller } from "../support/callers.js";
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

/** A medical dispute in Putuo, registered at the window and dispatched to `committee`. */
const medicalDisputeAt = (committee: string) =>
  registeredAndSentTo(
    gql,
    {
      title: "术后并发症医疗损害赔偿纠纷",
      description: "患者术后出现并发症，家属认为医院存在过错，要求赔偿，申请医疗纠纷人民调解。",
      category: "医疗",
      region: PUTUO,
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "李静", residentId: residentId({ region: PUTUO }), phone: "138 5802 6617" }],
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
});
