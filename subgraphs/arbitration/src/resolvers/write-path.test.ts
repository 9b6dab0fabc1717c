// The write path as a client meets it, in process on the subgraph's schema: the version a client read
// guards every step, a refused step says why, and the database itself keeps statuses inside their set.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_COMMISSIONS } from "@onedoor/shared/demo/arbitration-directory";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const ARBITRATOR = caller("arbitrator", { userId: "arbitrator-1", department: "arbitration" });

const FILE = `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id status version } }`;
const ACCEPT = `mutation ($input: AcceptArbitrationCaseInput!) { acceptArbitrationCase(input: $input) { id status version } }`;
const REJECT = `mutation ($input: RejectArbitrationCaseInput!) { rejectArbitrationCase(input: $input) { id status version } }`;
const READ = `query ($id: ID!) { arbitrationCase(id: $id) { status version acceptedAt history { type } } }`;

const application = (disputeCode: string) => ({
  disputeCode,
  applicants: [{ name: "吴建军", residentId: "330122198203142516" }],
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
});

describe("arbitration's write path, in process", () => {
  const { store, run, notify } = useSubgraphKit(subgraph);
  beforeAll(() => store().arbitrationCommission.createMany({ data: DEMO_COMMISSIONS }));
  const CODE = "330122260000027";
  beforeAll(() => notify(CODE));

  async function filed(disputeCode = CODE): Promise<{ id: string; status: string; version: number }> {
    const { data, errors } = await run(ARBITRATOR, FILE, { input: application(disputeCode) });
    expect(errors).toEqual([]);
    return data!.fileArbitrationApplication;
  }
  const read = async (id: string) => (await run(ARBITRATOR, READ, { id })).data!.arbitrationCase;
  const acceptances = (id: string) =>
    store().auditEntry.count({ where: { entityId: recordKey(id), action: "acceptArbitrationCase" } });

  it("refuses a stale expectedVersion with CONFLICT and changes nothing", async () => {
    const filing = await filed();
    expect(filing).toMatchObject({ status: "RECEIVED", version: 1 });
    const stale = await run(ARBITRATOR, ACCEPT, { input: { caseId: filing.id, expectedVersion: filing.version + 1 } });
    expect(stale.codes).toEqual(["CONFLICT"]);
    expect(stale.errors[0]!.extensions).toMatchObject({ entity: "ArbitrationCase", currentVersion: filing.version });
    expect(await read(filing.id)).toEqual({
      status: "RECEIVED",
      version: 1,
      acceptedAt: null,
      history: [{ type: "FILE" }],
    });
    expect(await acceptances(filing.id)).toBe(0);
    expect(await store().outboxEvent.count({ where: { recordId: recordKey(filing.id) } })).toBe(1);
  });

  it("applies the step with the version read and bumps the version", async () => {
    const filing = await filed();
    const accepted = await run(ARBITRATOR, ACCEPT, { input: { caseId: filing.id, expectedVersion: filing.version } });
    expect(accepted.errors).toEqual([]);
    expect(accepted.data!.acceptArbitrationCase).toEqual({ id: filing.id, status: "ACCEPTED", version: 2 });
    expect(await read(filing.id)).toMatchObject({ history: [{ type: "FILE" }, { type: "ACCEPT" }] });
    expect(await acceptances(filing.id)).toBe(1);
  });

  it("says why a step is refused: INVALID_STATE with the reason and the current status", async () => {
    const filing = await filed();
    await run(ARBITRATOR, ACCEPT, { input: { caseId: filing.id } });
    const again = await run(ARBITRATOR, ACCEPT, { input: { caseId: filing.id } });
    expect(again.codes).toEqual(["INVALID_STATE"]);
    expect(again.errors[0]!.extensions).toMatchObject({ reason: "WRONG_STATUS", status: "ACCEPTED" });
  });

  it("answers a broken rule on what was entered with BAD_USER_INPUT naming the rule", async () => {
    const filing = await filed();
    const noReason = await run(ARBITRATOR, REJECT, { input: { caseId: filing.id, reason: "  " } });
    expect(noReason.codes).toEqual(["BAD_USER_INPUT"]);
    expect(noReason.errors[0]!.extensions?.problems).toEqual([
      expect.objectContaining({ field: ["input"], reason: "REASON_REQUIRED" }),
    ]);
    expect(await read(filing.id)).toMatchObject({ status: "RECEIVED", version: 1 });
  });

  it("keeps a claim's amount exactly in yuan, up to what Decimal(14,2) holds, and refuses zero", async () => {
    const withAmount = (amount: string) => {
      const input = application(CODE);
      return { ...input, claims: [{ ...input.claims[0]!, amount }] };
    };
    const large = await run(ARBITRATOR, FILE, { input: withAmount("999999999999.99") });
    expect(large.errors).toEqual([]);
    const claim = await store().claim.findFirstOrThrow({
      where: { caseId: recordKey(large.data!.fileArbitrationApplication.id) },
    });
    expect(claim.amount?.toFixed(2)).toBe("999999999999.99");
    const zero = await run(ARBITRATOR, FILE, { input: withAmount("0.00") });
    expect(zero.codes).toEqual(["BAD_USER_INPUT"]);
    expect(zero.errors[0]!.extensions?.problems).toEqual([
      expect.objectContaining({ field: ["input", "claims", 0, "amount"], reason: "RANGE" }),
    ]);
  });

  it("answers NOT_FOUND for an unknown or malformed case id", async () => {
    for (const caseId of ["00000000-0000-4000-8000-000000000000", "not-a-case"]) {
      expect((await run(ARBITRATOR, ACCEPT, { input: { caseId } })).codes).toEqual(["NOT_FOUND"]);
    }
  });

  it("keeps statuses, kinds and step types inside their sets in the database itself", async () => {
    // Raw SQL names the case by its own key.
    const id = recordKey((await filed()).id);
    await expect(
      store().$executeRaw`UPDATE "ArbitrationCase" SET "status" = 'NO_SUCH_STATUS' WHERE "id" = ${id}::uuid`,
    ).rejects.toThrow(/enum/);
    await expect(
      store().$executeRaw`UPDATE "Claim" SET "kind" = 'NO_SUCH_KIND' WHERE "caseId" = ${id}::uuid`,
    ).rejects.toThrow(/enum/);
    await expect(
      store().$executeRaw`UPDATE "CaseStep" SET "type" = 'NO_SUCH_STEP' WHERE "caseId" = ${id}::uuid`,
    ).rejects.toThrow(/enum/);
    // A text parameter compares once cast to the set.
    const received = await store().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "ArbitrationCase" WHERE "id" = ${id}::uuid AND "status" = ${"RECEIVED"}::"ArbitrationStatus"`;
    expect(received).toEqual([{ n: 1 }]);
  });
});
