// The directory kept by its administrator (名录维护), on this subgraph's schema in process: only mediation's
// directory administrator adds committees, mediators and experts and changes their status (audited); a
// committee, mediator or expert that is not ACTIVE takes no new matter; the lists show and filter by status.
import { describe, expect, it } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";

const { store, run, notify } = useSubgraphKit(subgraph, { seed: true });

const ADMIN = caller("directoryAdministrator", { userId: "directory-admin-1", department: "mediation" });
const PUTUO = "330903";
/** Staff of the committee the tests add (a staff token names its body). */
const staffOf = (organization: string) =>
  caller("mediator", { userId: "mediator-pt", department: "mediation", region: PUTUO, organization });

const ADD_COMMITTEE = `mutation ($input: AddMediationCommitteeInput!) {
  addMediationCommittee(input: $input) { id name status statusChangedAt regionCode specialties } }`;
const ADD_MEDIATOR = `mutation ($input: AddMediationMediatorInput!) {
  addMediationMediator(input: $input) { id name status available committee { name } } }`;
const ADD_EXPERT = `mutation ($input: AddMediationExpertInput!) {
  addMediationExpert(input: $input) { id name title organization status } }`;
const COMMITTEE_STATUS = `mutation ($input: ChangeMediationCommitteeStatusInput!) {
  changeMediationCommitteeStatus(input: $input) { id status statusReason statusChangedAt } }`;
const MEDIATOR_STATUS = `mutation ($input: ChangeMediatorStatusInput!) {
  changeMediatorStatus(input: $input) { id status statusReason } }`;
const EXPERT_STATUS = `mutation ($input: ChangeMediationExpertStatusInput!) {
  changeMediationExpertStatus(input: $input) { id status statusReason } }`;
const ACCEPT = `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`;
const ASSIGN = `mutation ($input: AssignMediatorInput!) { assignMediator(input: $input) { id mediatorName } }`;

let committees = 0;
async function newCommittee(name = `普陀区测试人民调解委员会${++committees}`) {
  const { data, codes } = await run(ADMIN, ADD_COMMITTEE, {
    input: { name, type: "MEDICAL", level: "COUNTY", regionCode: PUTUO, specialties: ["医疗纠纷"] },
  });
  expect(codes).toEqual([]);
  return data!.addMediationCommittee as { id: string; name: string };
}

async function newMediator(committeeId: string, name: string) {
  const { data, codes } = await run(ADMIN, ADD_MEDIATOR, {
    input: { committeeId, name, role: "FULL_TIME", specialties: ["医疗纠纷"], dialects: ["舟山话"] },
  });
  expect(codes).toEqual([]);
  return data!.addMediationMediator as { id: string };
}

let sequence = 700_000;
async function accept(committee: { id: string; name: string }) {
  const disputeCode = formatDisputeCode({ region: PUTUO, year: 2026, sequence: ++sequence });
  await notify(disputeCode);
  return run(staffOf(committee.name), ACCEPT, {
    input: { disputeCode, committeeId: committee.id, source: "DISPATCH" },
  });
}

describe("the directory administrator's upkeep", () => {
  it("adds a committee, a mediator and an expert, ACTIVE, each audited", async () => {
    const committee = await newCommittee("普陀区医患纠纷调解测试委员会");
    expect(committee).toMatchObject({ status: "ACTIVE", statusChangedAt: null, specialties: ["医疗纠纷"] });
    const mediator = await newMediator(committee.id, "林海燕");
    const { data, codes } = await run(ADMIN, ADD_EXPERT, {
      input: {
        name: "贺建明",
        kind: "EXPERT",
        specialties: ["医疗纠纷", "普通外科"],
        regionCode: PUTUO,
        organization: "舟山医院",
        title: "主任医师",
      },
    });
    expect(codes).toEqual([]);
    expect(data!.addMediationExpert).toMatchObject({ title: "主任医师", status: "ACTIVE" });
    const audited = await store().auditEntry.findMany({
      where: { entityId: { in: [committee.id, mediator.id, data!.addMediationExpert.id] } },
    });
    expect(audited.map((a) => [a.action, a.actor]).sort()).toEqual([
      ["addMediationCommittee", "directory-admin-1"],
      ["addMediationExpert", "directory-admin-1"],
      ["addMediationMediator", "directory-admin-1"],
    ]);
  });

  it("checks inputs at the edge, naming every bad field in both languages", async () => {
    const { codes, errors } = await run(ADMIN, ADD_COMMITTEE, {
      input: { name: " ", type: "MEDICAL", level: "COUNTY", regionCode: "3309", specialties: [] },
    });
    expect(codes).toEqual(["BAD_USER_INPUT"]);
    const fields = (errors[0]!.extensions!.problems as { field: string[] }[]).map((p) => p.field.join("."));
    expect(fields).toEqual(["input.name", "input.regionCode", "input.specialties"]);
    expect(errors[0]!.extensions!.messageZh).toContain("行政区划代码");
  });

  it("refuses a second committee of the same name", async () => {
    const first = await newCommittee();
    const again = await run(ADMIN, ADD_COMMITTEE, {
      input: { name: first.name, type: "MEDICAL", level: "COUNTY", regionCode: PUTUO, specialties: ["医疗纠纷"] },
    });
    expect(again.codes).toEqual(["CONFLICT"]);
  });

  it("is the administrator's alone: mediators, other departments' administrators and the commander are refused", async () => {
    const committee = await newCommittee();
    for (const who of [
      staffOf(committee.name),
      caller("directoryAdministrator", { department: "arbitration" }),
      caller("commander", { region: PUTUO }),
      caller("resident", { partyId: "PZHOUXIUYINGPARTY0001" }),
    ]) {
      const added = await run(who, ADD_MEDIATOR, {
        input: { committeeId: committee.id, name: "某", role: "PART_TIME" },
      });
      expect(added.codes).toEqual(["FORBIDDEN"]);
      const changed = await run(who, COMMITTEE_STATUS, {
        input: { committeeId: committee.id, status: "SUSPENDED", reason: "整改" },
      });
      expect(changed.codes).toEqual(["FORBIDDEN"]);
    }
    expect(await store().mediator.count({ where: { committeeId: committee.id } })).toBe(0);
  });
});

describe("the lifecycle", () => {
  it("a suspended committee accepts no new case until reinstated", async () => {
    const committee = await newCommittee();
    const suspended = await run(ADMIN, COMMITTEE_STATUS, {
      input: { committeeId: committee.id, status: "SUSPENDED", reason: "人员调整，暂停受理" },
    });
    expect(suspended.data!.changeMediationCommitteeStatus).toMatchObject({
      status: "SUSPENDED",
      statusReason: "人员调整，暂停受理",
    });
    const refused = await accept(committee);
    expect(refused.codes).toEqual(["INVALID_STATE"]);
    expect(refused.errors[0]!.extensions).toMatchObject({
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: `调委会${committee.name}已暂停，不能受理新案件`,
    });
    await run(ADMIN, COMMITTEE_STATUS, { input: { committeeId: committee.id, status: "ACTIVE", reason: "恢复受理" } });
    expect((await accept(committee)).codes).toEqual([]);
  });

  it("only an ACTIVE mediator is assigned; retiring one with open cases is refused until they are off them", async () => {
    const committee = await newCommittee();
    const mediator = await newMediator(committee.id, "陈晓丽");
    const caseId = (await accept(committee)).data!.acceptMediationCase.id as string;
    const staff = staffOf(committee.name);

    await run(ADMIN, MEDIATOR_STATUS, { input: { mediatorId: mediator.id, status: "SUSPENDED", reason: "病假" } });
    const refused = await run(staff, ASSIGN, { input: { caseId, mediatorId: mediator.id } });
    expect(refused.codes).toEqual(["INVALID_STATE"]);
    expect(refused.errors[0]!.extensions!.messageZh).toBe("调解员陈晓丽已暂停，不能指派到案件");

    await run(ADMIN, MEDIATOR_STATUS, { input: { mediatorId: mediator.id, status: "ACTIVE", reason: "销假" } });
    expect(
      (await run(staff, ASSIGN, { input: { caseId, mediatorId: mediator.id } })).data!.assignMediator,
    ).toMatchObject({ mediatorName: "陈晓丽" });
    const retire = await run(ADMIN, MEDIATOR_STATUS, {
      input: { mediatorId: mediator.id, status: "RETIRED", reason: "退休" },
    });
    expect(retire.codes).toEqual(["INVALID_STATE"]);
    expect(retire.errors[0]!.extensions).toMatchObject({ reason: "OPEN_CASES", status: "ACTIVE" });
  });

  it("a retired member stays retired; a reason is required", async () => {
    const committee = await newCommittee();
    const mediator = await newMediator(committee.id, "周建国");
    const noReason = await run(ADMIN, MEDIATOR_STATUS, {
      input: { mediatorId: mediator.id, status: "RETIRED", reason: " " },
    });
    expect(noReason.codes).toEqual(["BAD_USER_INPUT"]);
    const retired = await run(ADMIN, MEDIATOR_STATUS, {
      input: { mediatorId: mediator.id, status: "RETIRED", reason: "调离" },
    });
    expect(retired.data!.changeMediatorStatus).toMatchObject({ status: "RETIRED", statusReason: "调离" });
    const back = await run(ADMIN, MEDIATOR_STATUS, {
      input: { mediatorId: mediator.id, status: "ACTIVE", reason: "返聘" },
    });
    expect(back.codes).toEqual(["INVALID_STATE"]);
    expect(await store().auditEntry.count({ where: { entityId: mediator.id, action: "changeMediatorStatus" } })).toBe(
      1,
    );
  });

  it("lists show the status and filter by it; the reason only to the department", async () => {
    const committee = await newCommittee();
    await run(ADMIN, COMMITTEE_STATUS, { input: { committeeId: committee.id, status: "SUSPENDED", reason: "整顿" } });
    const query = `query ($filter: MediationCommitteeFilter) {
      committees(filter: $filter, first: 100) { edges { node { name status statusReason } } } }`;
    const suspended = await run(staffOf(committee.name), query, { filter: { status: "SUSPENDED", regionCode: PUTUO } });
    const nodes = (r: typeof suspended) => (r.data!.committees.edges as { node: object }[]).map((e) => e.node);
    expect(nodes(suspended)).toContainEqual({
      name: committee.name,
      status: "SUSPENDED",
      statusReason: "整顿",
    });
    expect((nodes(suspended) as { status: string }[]).every((n) => n.status === "SUSPENDED")).toBe(true);
    const resident = await run(caller("resident", { partyId: "PZHOUXIUYINGPARTY0001" }), query, {
      filter: { status: "SUSPENDED", regionCode: PUTUO },
    });
    expect(nodes(resident)).toContainEqual({ name: committee.name, status: "SUSPENDED", statusReason: null });
  });

  it("an expert out of the pool cannot be picked", async () => {
    const committee = await newCommittee();
    const caseId = (await accept(committee)).data!.acceptMediationCase.id as string;
    const expert = await run(ADMIN, ADD_EXPERT, {
      input: {
        name: "应海波",
        kind: "LAWYER",
        specialties: ["医疗纠纷"],
        regionCode: PUTUO,
        organization: "浙江海港律师事务所",
      },
    });
    const expertId = expert.data!.addMediationExpert.id as string;
    await run(ADMIN, EXPERT_STATUS, { input: { expertId, status: "SUSPENDED", reason: "执业检查" } });
    const pick = await run(
      staffOf(committee.name),
      `mutation ($input: PickMediationExpertInput!) { pickMediationExpert(input: $input) { id } }`,
      { input: { caseId, expertId, pickedBy: "王海军" } },
    );
    expect(pick.codes).toEqual(["INVALID_STATE"]);
    expect(pick.errors[0]!.extensions!.messageZh).toBe("专家应海波已暂停，不能被点单");
  });
});
