// Legal aid's one write path, run through the schema as the gateway would send the mutations: a stale version
// changes nothing, the right one moves the case and its version on, a refused step says why and where the case
// stands, and the database itself refuses a value outside a closed set.
import { describe, expect, it } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";
import { demoCountyCentre } from "@onedoor/shared/demo/legal-aid-directory";

const OFFICER = caller("legalAidOfficer", { userId: "ye-zhigang", department: "legal-aid" });
const ADMINISTRATOR = caller("directoryAdministrator", { userId: "xu-lan", department: "legal-aid" });
const TONGLU = demoCountyCentre("330122");
let sequence = 700_000;
const freshCode = () => formatDisputeCode({ region: "330122", year: 2026, sequence: ++sequence });

const CASE = "id status version";
const APPLY = `mutation ($v: ApplyForLegalAidInput!) { r: applyForLegalAid(input: $v) { ${CASE} } }`;
const REQUEST = `mutation ($id: ID!, $items: String!, $version: Int) {
  r: requestLegalAidMaterials(input: { caseId: $id, items: $items, expectedVersion: $version }) { ${CASE} } }`;
const SUPPLY = `mutation ($v: SupplyLegalAidMaterialsInput!) { r: supplyLegalAidMaterials(input: $v) { ${CASE} } }`;
const DECIDE = `mutation ($id: ID!, $version: Int) { r: decideLegalAid(input: { caseId: $id, expectedVersion: $version }) { ${CASE} } }`;
const REGISTER = `mutation ($v: RegisterLegalAidProviderInput!) { r: registerLegalAidProvider(input: $v) { id } }`;
const ASSIGN = `mutation ($id: ID!, $version: Int) { r: assignLegalAidCase(input: { caseId: $id, expectedVersion: $version }) { ${CASE} } }`;
const WORK = `mutation ($v: RecordLegalAidWorkInput!) { r: recordLegalAidWork(input: $v) { id activity } }`;
const CLOSE = `mutation ($v: CloseLegalAidCaseInput!) { r: closeLegalAidCase(input: $v) { ${CASE} } }`;

const APPLICANT = { name: "沈志明", residentId: "330122196505052277" };

describe("legal aid's write path", () => {
  const kit = useSubgraphKit(subgraph);

  /** Means-tested and without the income facts: material is needed before a decision. On a dispute sent here. */
  async function application() {
    const disputeCode = freshCode();
    await kit.notify(disputeCode);
    return { disputeCode, matter: "TRAFFIC_ACCIDENT_DAMAGES", applicant: APPLICANT };
  }

  async function ok<Result = { id: string; status: string; version: number }>(
    source: string,
    variables: Record<string, unknown>,
  ): Promise<Result> {
    const result = await kit.run(OFFICER, source, variables);
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
    return result.data!.r as Result;
  }

  /** What a refused change must leave as it was: the row, its requests, its outbox events and audit entries. */
  async function footprint(id: string) {
    const store = kit.store();
    const [row, requests, events, audit] = await Promise.all([
      store.legalAidCase.findUniqueOrThrow({ where: { id: recordKey(id) } }),
      store.legalAidMaterialRequest.findMany({ where: { caseId: recordKey(id) } }),
      store.outboxEvent.count({ where: { recordId: recordKey(id) } }),
      store.auditEntry.count({ where: { entityId: recordKey(id) } }),
    ]);
    return { row, requests, events, audit };
  }

  it("refuses a stale expectedVersion with CONFLICT and changes nothing; the current one succeeds", async () => {
    const applied = await ok(APPLY, { v: await application() });
    expect(applied).toMatchObject({ status: "SUBMITTED", version: 1 });
    const requested = await ok(REQUEST, { id: applied.id, items: "收入证明", version: 1 });
    expect(requested).toMatchObject({ status: "MATERIALS_REQUESTED", version: 2 });

    const before = await footprint(applied.id);
    const stale = await kit.run(OFFICER, SUPPLY, {
      v: { caseId: applied.id, householdSize: 4, monthlyIncomePerHead: "1500.00", expectedVersion: 1 },
    });
    expect(stale.codes).toEqual(["CONFLICT"]);
    expect(stale.errors[0]!.extensions).toMatchObject({
      entity: "LegalAidCase",
      id: recordKey(applied.id),
      currentVersion: 2,
    });
    expect(await footprint(applied.id)).toEqual(before);

    const supplied = await ok(SUPPLY, {
      v: { caseId: applied.id, householdSize: 4, monthlyIncomePerHead: "1500.00", expectedVersion: 2 },
    });
    expect(supplied).toMatchObject({ status: "SUBMITTED", version: 3 });
    expect(await ok(DECIDE, { id: applied.id, version: 3 })).toMatchObject({ status: "GRANTED", version: 4 });
  });

  it("counts a work entry as a step of the case, and says why a step is refused and where the case stands", async () => {
    const applied = await ok(APPLY, {
      v: {
        ...(await application()),
        matter: "CLAIM_LABOUR_REMUNERATION",
        applicant: { ...APPLICANT, groups: ["MIGRANT_WORKER"] },
      },
    });
    const early = await kit.run(OFFICER, CLOSE, { v: { caseId: applied.id, outcome: "WITHDRAWN", summary: "撤回" } });
    expect(early.codes).toEqual(["INVALID_STATE"]);
    expect(early.errors[0]!.extensions).toMatchObject({ reason: "NOT_ALLOWED_IN_STATUS", status: "SUBMITTED" });

    const centre = await kit.store().legalAidCentre.upsert({ where: { id: TONGLU.id }, create: TONGLU, update: {} });
    const registered = await kit.run(ADMINISTRATOR, REGISTER, {
      v: {
        name: "柳青",
        kind: "LAWYER",
        organisation: "浙江桐君律师事务所",
        centreId: centre.id,
        specialties: ["LABOUR"],
        maxOpenCases: 3,
      },
    });
    expect(registered.errors).toEqual([]);
    await ok(DECIDE, { id: applied.id });
    const assigned = await ok(ASSIGN, { id: applied.id, version: 2 });
    expect(assigned.version).toBe(3);
    const twice = await kit.run(OFFICER, ASSIGN, { id: applied.id });
    expect(twice.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "ALREADY_ASSIGNED",
      status: "GRANTED",
    });

    const work = { activity: "MEETING", description: "会见申请人", minutes: 60 };
    expect((await kit.run(OFFICER, WORK, { v: { ...work, caseId: applied.id, expectedVersion: 2 } })).codes).toEqual([
      "CONFLICT",
    ]);
    const entry = await ok<{ id: string }>(WORK, { v: { ...work, caseId: applied.id, expectedVersion: 3 } });
    const row = await kit.store().legalAidCase.findUniqueOrThrow({ where: { id: recordKey(applied.id) } });
    expect(row.version).toBe(4);
    const audit = await kit.store().auditEntry.findFirstOrThrow({ where: { action: "recordLegalAidWork" } });
    expect(audit).toMatchObject({ entity: "LegalAidWorkEntry", entityId: entry.id, actor: "ye-zhigang" });
  });

  it("leaves the closed sets to the database: a status or matter outside its set is refused", async () => {
    const applied = await ok(APPLY, { v: await application() });
    const store = kit.store();
    await expect(
      store.$executeRaw`UPDATE "LegalAidCase" SET "status" = 'NO_SUCH_STATUS' WHERE "id" = ${applied.id}::uuid`,
    ).rejects.toThrow();
    await expect(
      store.$executeRaw`UPDATE "LegalAidCase" SET "matter" = 'NO_SUCH_MATTER' WHERE "id" = ${applied.id}::uuid`,
    ).rejects.toThrow();
    await expect(
      store.$executeRaw`UPDATE "LegalAidProvider" SET "specialties" = ARRAY['NO_SUCH_SPECIALTY']`,
    ).rejects.toThrow();
    expect(await store.legalAidCase.findUniqueOrThrow({ where: { id: recordKey(applied.id) } })).toMatchObject({
      status: "SUBMITTED",
      matter: "TRAFFIC_ACCIDENT_DAMAGES",
    });
  });
});
