// The registry's records on the one write path, through real mutations on a migrated database: a step
// made from an older version is a CONFLICT that changes nothing, the right version is taken and counted,
// a refused step says why and from which status, and the database itself refuses a status outside the set.
import { describe, expect, it } from "vitest";
import { useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { CLERK, OFFICER, registerDispute } from "../testing/callers.js";
import { MAX_FOLLOW_UPS } from "../domain/lifecycle.js";

const CLOSE = `mutation ($code: ID!, $expectedVersion: Int) {
  closeDispute(input: { code: $code, outcome: RESOLVED_BY_AGREEMENT, result: "双方达成和解，楼上住户负责维修", expectedVersion: $expectedVersion }) { status version }
}`;
const VISIT = `mutation ($code: ID!, $expectedVersion: Int) {
  recordVisit(input: { code: $code, place: "综合受理窗口", purpose: "补充材料", expectedVersion: $expectedVersion }) { version visitCount }
}`;
const FILE = `mutation ($code: ID!) { filePetition(input: { code: $code }) { status version } }`;
const ADVANCE = `mutation ($code: ID!, $expectedVersion: Int) {
  advancePetition(input: { code: $code, type: ACCEPT, expectedVersion: $expectedVersion }) { status version }
}`;

describe("the registry's write path", () => {
  const kit = useSubgraphKit(subgraph);

  const disputeRow = (code: string) => kit.store().dispute.findUniqueOrThrow({ where: { code } });
  const stepsOf = async (code: string) =>
    (await kit.store().timelineEvent.findMany({ where: { disputeCode: code } })).map((e) => e.type);
  const auditedActions = async (code: string) =>
    (
      await kit.store().auditEntry.findMany({ where: { entity: "Dispute", entityId: code }, orderBy: { at: "asc" } })
    ).map((a) => a.action);

  it("refuses a step made from an older version with CONFLICT and changes nothing", async () => {
    const { code, version } = await registerDispute(kit);
    expect(version).toBe(1);
    const visited = await kit.run(CLERK, VISIT, { code, expectedVersion: 1 });
    expect(visited.data!.recordVisit).toEqual({ version: 2, visitCount: 2 });

    const before = await disputeRow(code);
    const stale = await kit.run(CLERK, CLOSE, { code, expectedVersion: 1 });
    expect(stale.codes).toEqual(["CONFLICT"]);
    expect(stale.errors[0]!.extensions).toMatchObject({ entity: "Dispute", currentVersion: 2 });
    expect(await disputeRow(code)).toEqual(before);
    expect(await stepsOf(code)).not.toContain("DISPUTE_CLOSED");
    expect(await auditedActions(code)).not.toContain("closeDispute");

    const closed = await kit.run(CLERK, CLOSE, { code, expectedVersion: 2 });
    expect(closed.codes).toEqual([]);
    expect(closed.data!.closeDispute).toEqual({ status: "CLOSED", version: 3 });
    expect(await stepsOf(code)).toContain("DISPUTE_CLOSED");
    expect(await auditedActions(code)).toEqual(["registerDispute", "recordVisit", "closeDispute"]);
  });

  it("says why a step is refused and from which status", async () => {
    const { code } = await registerDispute(kit);
    await kit.run(CLERK, CLOSE, { code });
    const again = await kit.run(CLERK, CLOSE, { code });
    expect(again.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "NOT_OPEN", status: "CLOSED" });
  });

  it("keeps a dispute's follow-ups to MAX_FOLLOW_UPS: one more is INVALID_STATE and records nothing", async () => {
    const { code } = await registerDispute(kit);
    await kit.run(CLERK, CLOSE, { code });
    const FOLLOW_UP = `mutation ($code: ID!) {
      recordDisputeFollowUp(input: { code: $code, method: "电话回访", notes: "协议已履行" }) { followUps { id } }
    }`;
    for (let i = 1; i <= MAX_FOLLOW_UPS; i++) {
      const made = await kit.run(CLERK, FOLLOW_UP, { code });
      expect(made.codes).toEqual([]);
      expect(made.data!.recordDisputeFollowUp.followUps).toHaveLength(i);
    }
    const refused = await kit.run(CLERK, FOLLOW_UP, { code });
    expect(refused.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "TOO_MANY_FOLLOW_UPS",
      messageZh: `同一纠纷最多回访 ${MAX_FOLLOW_UPS} 次`,
    });
    expect(await kit.store().followUp.count({ where: { dispute: { code } } })).toBe(MAX_FOLLOW_UPS);
  });

  it("lets one of two concurrent steps win; the other gets CONFLICT", async () => {
    const { code } = await registerDispute(kit);
    const results = await Promise.all([kit.run(CLERK, CLOSE, { code }), kit.run(CLERK, CLOSE, { code })]);
    expect(results.map((r) => r.codes[0] ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
    expect(await disputeRow(code)).toMatchObject({ status: "CLOSED", version: 2 });
  });

  it("guards a petition's steps by its own version", async () => {
    const { code } = await registerDispute(kit);
    expect((await kit.run(OFFICER, FILE, { code })).data!.filePetition).toEqual({ status: "RECEIVED", version: 1 });
    const stale = await kit.run(OFFICER, ADVANCE, { code, expectedVersion: 2 });
    expect(stale.codes).toEqual(["CONFLICT"]);
    const accepted = await kit.run(OFFICER, ADVANCE, { code, expectedVersion: 1 });
    expect(accepted.data!.advancePetition).toEqual({ status: "ACCEPTED", version: 2 });
  });

  it("leaves no value outside a closed set to the code: the database refuses it", async () => {
    const { code } = await registerDispute(kit);
    await expect(
      kit.store().$executeRaw`UPDATE "Dispute" SET "status" = 'NO_SUCH_STATUS' WHERE "code" = ${code}`,
    ).rejects.toThrow(/invalid input value for enum "DisputeStatus"/);
    await expect(
      kit.store().$executeRaw`UPDATE "Dispute" SET "channel" = 'CARRIER_PIGEON' WHERE "code" = ${code}`,
    ).rejects.toThrow(/invalid input value for enum "Channel"/);
    await expect(kit.store().$executeRaw`UPDATE "Petition" SET "status" = 'NO_SUCH_STATUS'`).rejects.toThrow(
      /invalid input value for enum "PetitionState"/,
    );
    expect(await disputeRow(code)).toMatchObject({ status: "REGISTERED", channel: "WALK_IN" });
  });
});
