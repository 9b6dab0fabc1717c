// The write path on real mutations: a change based on a version someone else has already changed is a
// CONFLICT and writes nothing; the version read succeeds and moves the case on by one. The database
// itself refuses a status (or any other closed set's value) it does not know.
import { describe, expect, it } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const { store, run, notify } = useSubgraphKit(subgraph, { seed: true });
const MEDIATOR = caller("mediator", { userId: "mediator-1", department: "mediation" });

const ACCEPT = `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id status version } }`;
const DEPARTMENTS = `mutation ($input: AddParticipatingDepartmentsInput!) { addParticipatingDepartments(input: $input) { status version participatingDepartments } }`;
const WITHDRAW = `mutation ($input: WithdrawMediationInput!) { withdrawMediation(input: $input) { status version } }`;
const FOLLOW_UP = `mutation ($input: RecordPerformanceFollowUpInput!) { recordPerformanceFollowUp(input: $input) { performanceStatus case { version } } }`;

async function acceptedCase(sequence: number) {
  const committee = await store().committee.findUniqueOrThrow({ where: { name: "桐庐县城南街道人民调解委员会" } });
  const disputeCode = formatDisputeCode({ region: "330122", year: 2026, sequence });
  await notify(disputeCode);
  const { data, codes } = await run(MEDIATOR, ACCEPT, {
    input: {
      disputeCode,
      committeeId: committee.id,
      source: "DIRECT_APPLICATION",
    },
  });
  expect(codes).toEqual([]);
  return data!.acceptMediationCase as { id: string; status: string; version: number };
}

const written = async (caseId: string) => ({
  row: await store().mediationCase.findUniqueOrThrow({ where: { id: recordKey(caseId) } }),
  audit: await store().auditEntry.count({ where: { entityId: recordKey(caseId) } }),
  outbox: await store().outboxEvent.count({ where: { recordId: recordKey(caseId) } }),
});

describe("the mediation write path", () => {
  it("starts a case at version 1", async () => {
    expect(await acceptedCase(10001)).toMatchObject({ status: "ACCEPTED", version: 1 });
  });

  it("refuses a stale expectedVersion with CONFLICT and changes nothing", async () => {
    const accepted = await acceptedCase(10002);
    const moved = await run(MEDIATOR, DEPARTMENTS, { input: { caseId: accepted.id, departments: ["桐庐县信访局"] } });
    expect(moved.data!.addParticipatingDepartments.version).toBe(2);
    const before = await written(accepted.id);

    const stale = await run(MEDIATOR, WITHDRAW, {
      input: { caseId: accepted.id, reason: "撤回", expectedVersion: accepted.version },
    });
    expect(stale.codes).toEqual(["CONFLICT"]);
    expect(stale.errors[0]!.extensions).toMatchObject({
      entity: "MediationCase",
      id: recordKey(accepted.id),
      currentVersion: 2,
    });
    expect(await written(accepted.id)).toEqual(before);
  });

  it("applies the version read and bumps it", async () => {
    const accepted = await acceptedCase(10003);
    const first = await run(MEDIATOR, DEPARTMENTS, {
      input: { caseId: accepted.id, departments: ["桐庐县信访局"], expectedVersion: 1 },
    });
    expect(first.codes).toEqual([]);
    expect(first.data!.addParticipatingDepartments).toMatchObject({ status: "ACCEPTED", version: 2 });
    const second = await run(MEDIATOR, WITHDRAW, {
      input: { caseId: accepted.id, reason: "撤回", expectedVersion: 2 },
    });
    expect(second.data!.withdrawMediation).toEqual({ status: "WITHDRAWN", version: 3 });
    const { row, audit, outbox } = await written(accepted.id);
    expect([row.version, audit, outbox]).toEqual([3, 3, 3]);
  });

  it("refuses a step the state machine refuses, with the reason and the status", async () => {
    const accepted = await acceptedCase(10004);
    await run(MEDIATOR, WITHDRAW, { input: { caseId: accepted.id, reason: "撤回" } });
    const again = await run(MEDIATOR, WITHDRAW, { input: { caseId: accepted.id, reason: "撤回", expectedVersion: 2 } });
    expect(again.codes).toEqual(["INVALID_STATE"]);
    expect(again.errors[0]!.extensions).toMatchObject({ reason: "CASE_CLOSED", status: "WITHDRAWN" });
  });

  it("guards a follow-up, a step of the agreement's case, by the case's version", async () => {
    const agreement = await store().mediationAgreement.findFirstOrThrow({
      where: { followUps: { none: {} } },
      include: { case: true },
    });
    const input = { agreementId: agreement.id, status: "PARTLY_PERFORMED", notes: "已付第一期" };
    const stale = await run(MEDIATOR, FOLLOW_UP, { input: { ...input, expectedVersion: agreement.case.version + 1 } });
    expect(stale.codes).toEqual(["CONFLICT"]);
    expect(await store().performanceFollowUp.count({ where: { agreementId: agreement.id } })).toBe(0);
    const done = await run(MEDIATOR, FOLLOW_UP, { input: { ...input, expectedVersion: agreement.case.version } });
    expect(done.codes).toEqual([]);
    expect(done.data!.recordPerformanceFollowUp).toEqual({
      performanceStatus: "PARTLY_PERFORMED",
      case: { version: agreement.case.version + 1 },
    });
  });

  it("leaves closed sets to the database: a value outside the set is refused", async () => {
    const { id } = await acceptedCase(10005);
    await expect(
      store().$executeRaw`UPDATE "MediationCase" SET "status" = 'NO_SUCH_STATUS' WHERE "id" = ${id}::uuid`,
    ).rejects.toThrow();
    for (const [table, column] of [
      ["MediationCase", "source"],
      ["MediationCase", "clockKind"],
      ["MediationCase", "suggestedNextStep"],
      ["Committee", "type"],
      ["Committee", "level"],
      ["Mediator", "role"],
      ["Expert", "kind"],
      ["MediationSession", "mode"],
      ["PerformanceFollowUp", "status"],
    ]) {
      await expect(
        store().$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = 'NO_SUCH_VALUE'`),
        `${table}.${column}`,
      ).rejects.toThrow();
    }
    expect((await store().mediationCase.findUniqueOrThrow({ where: { id: recordKey(id) } })).status).toBe("ACCEPTED");
  });
});
