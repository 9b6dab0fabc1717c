// The court's one write path, run through the schema as the gateway would send the mutations: a stale
// version changes nothing, the right one moves the case and its version on, a refused step says why and
// where the case stands, and the database itself refuses a value outside a closed set.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_COURT_BODIES } from "@onedoor/shared/demo/court-directory";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "./subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const CLERK = caller("courtClerk", { department: "litigation" });
let sequence = 800_000;
const freshCode = () => formatDisputeCode({ region: "330122", year: 2026, sequence: ++sequence });

const CASE = "id status version";
const DELEGATE = `mutation ($v: DelegatePreFilingMediationInput!) { r: delegatePreFilingMediation(input: $v) { ${CASE} } }`;
const EXTEND = `mutation ($v: ExtendPreFilingMediationInput!) { r: extendPreFilingMediation(input: $v) { ${CASE} } }`;
const SUCCEED = `mutation ($v: RecordPreFilingMediationSuccessInput!) { r: recordPreFilingMediationSuccess(input: $v) { ${CASE} } }`;
const FILE = `mutation ($v: FileCourtCaseInput!) { r: fileCourtCase(input: $v) { ${CASE} } }`;
const JUDGE = `mutation ($id: ID!, $version: Int) { r: recordJudgment(input: { caseId: $id, expectedVersion: $version }) { ${CASE} } }`;
const PERFORMED = `mutation ($id: ID!, $version: Int) { r: recordCourtPerformance(input: { caseId: $id, expectedVersion: $version }) { ${CASE} } }`;

const lawsuit = (disputeCode: string) => ({
  disputeCode,
  causeOfActionCode: "PRIVATE_LENDING",
  parties: [
    { role: "PLAINTIFF", kind: "PERSON", name: "方志强" },
    { role: "DEFENDANT", kind: "PERSON", name: "钱小军" },
  ],
  claims: [{ description: "归还借款", amount: "30000" }],
});

describe("the court's write path", () => {
  const kit = useSubgraphKit(subgraph);
  // The courts' bodies as the court seeds them: a case opens in one of them.
  beforeAll(() => kit.store().courtBody.createMany({ data: DEMO_COURT_BODIES }));

  /** A dispute the registry sent to the court, as a new case needs. */
  async function sentHere(): Promise<string> {
    const code = freshCode();
    await kit.notify(code);
    return code;
  }

  async function ok(source: string, variables: Record<string, unknown>) {
    const result = await kit.run(CLERK, source, variables);
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
    return result.data!.r as { id: string; status: string; version: number };
  }

  /** What a refused change must leave as it was: the row, its outbox events and its audit entries. */
  async function footprint(id: string) {
    const store = kit.store();
    const [row, events, audit] = await Promise.all([
      store.courtCase.findUniqueOrThrow({ where: { id: recordKey(id) } }),
      store.outboxEvent.count({ where: { recordId: recordKey(id) } }),
      store.auditEntry.count({ where: { entityId: recordKey(id) } }),
    ]);
    return { status: row.status, version: row.version, updatedAt: row.updatedAt, events, audit };
  }

  it("refuses a stale expectedVersion with CONFLICT and changes nothing; the current one succeeds", async () => {
    const mediation = await ok(DELEGATE, {
      v: {
        ...lawsuit(await sentHere()),
        mediatorKind: "MEDIATION_COMMITTEE",
        mediatorBody: "桐庐县人民调解委员会",
        mediatorName: "孙国平",
      },
    });
    expect(mediation).toMatchObject({ status: "IN_MEDIATION", version: 1 });
    const extended = await ok(EXTEND, {
      v: { caseId: mediation.id, expectedVersion: 1, days: 10, reason: "双方当事人同意延长调解期限" },
    });
    expect(extended).toMatchObject({ status: "IN_MEDIATION", version: 2 });

    const before = await footprint(mediation.id);
    const stale = await kit.run(CLERK, SUCCEED, {
      v: { caseId: mediation.id, expectedVersion: 1, success: "AGREEMENT" },
    });
    expect(stale.codes).toEqual(["CONFLICT"]);
    expect(stale.errors[0]!.extensions).toMatchObject({
      entity: "CourtCase",
      id: recordKey(mediation.id),
      currentVersion: 2,
    });
    expect(await footprint(mediation.id)).toEqual(before);

    const resolved = await ok(SUCCEED, { v: { caseId: mediation.id, expectedVersion: 2, success: "AGREEMENT" } });
    expect(resolved).toMatchObject({ status: "RESOLVED", version: 3 });
  });

  it("takes expectedVersion in the input of a bare step (judgment, performance), and counts every change", async () => {
    const filed = await ok(FILE, { v: { ...lawsuit(await sentHere()), trialProcedure: "SMALL_CLAIMS" } });
    const before = await footprint(filed.id);
    expect((await kit.run(CLERK, JUDGE, { id: filed.id, version: 7 })).codes).toEqual(["CONFLICT"]);
    expect(await footprint(filed.id)).toEqual(before);

    expect(await ok(JUDGE, { id: filed.id, version: 1 })).toMatchObject({ status: "JUDGED", version: 2 });
    // Performance is no status, but a change all the same.
    expect((await kit.run(CLERK, PERFORMED, { id: filed.id, version: 1 })).codes).toEqual(["CONFLICT"]);
    expect(await ok(PERFORMED, { id: filed.id, version: 2 })).toMatchObject({ status: "JUDGED", version: 3 });
    // Without expectedVersion the step applies to the case as it is.
    const again = await kit.run(CLERK, PERFORMED, { id: filed.id });
    expect(again.codes).toEqual(["INVALID_STATE"]);
    expect(again.errors[0]!.extensions).toMatchObject({ reason: "ALREADY_PERFORMED", status: "JUDGED" });
  });

  it("refuses a step the case's state does not allow with its reason and current status", async () => {
    const filed = await ok(FILE, { v: { ...lawsuit(await sentHere()), trialProcedure: "SIMPLIFIED" } });
    await ok(JUDGE, { id: filed.id });
    const twice = await kit.run(CLERK, JUDGE, { id: filed.id });
    expect(twice.codes).toEqual(["INVALID_STATE"]);
    expect(twice.errors[0]!.extensions).toMatchObject({ reason: "WRONG_STATUS", status: "JUDGED" });
    const unknown = await kit.run(CLERK, JUDGE, { id: "not-a-case" });
    expect(unknown.codes).toEqual(["NOT_FOUND"]);
  });

  it("leaves the closed sets to the database: a value outside one is refused", async () => {
    const filed = await ok(FILE, { v: { ...lawsuit(await sentHere()), trialProcedure: "ORDINARY" } });
    const store = kit.store();
    await expect(
      store.$executeRawUnsafe(
        `UPDATE "CourtCase" SET "status" = 'NO_SUCH_STATUS' WHERE "id" = $1::uuid`,
        recordKey(filed.id),
      ),
    ).rejects.toThrow(/invalid input value for enum "CourtCaseStatus"/);
    await expect(
      store.$executeRawUnsafe(
        `UPDATE "CourtCaseParty" SET "kind" = 'COMPANY' WHERE "caseId" = $1::uuid`,
        recordKey(filed.id),
      ),
    ).rejects.toThrow(/invalid input value for enum "PartyKind"/);
    await expect(
      store.$executeRawUnsafe(
        `UPDATE "CourtCaseClock" SET "kind" = 'trialSlow' WHERE "caseId" = $1::uuid`,
        recordKey(filed.id),
      ),
    ).rejects.toThrow(/invalid input value for enum "CourtClockKind"/);
    // Raw SQL compares a closed set with a text parameter through a cast.
    const [counted] = await store.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "CourtCase" WHERE "id" = ${recordKey(filed.id)}::uuid AND "status" = ${"FILED"}::"CourtCaseStatus"`;
    expect(Number(counted!.count)).toBe(1);
  });
});
