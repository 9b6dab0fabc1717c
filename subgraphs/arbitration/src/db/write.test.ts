// The department's write path on a migrated database: a filing and a step each commit with their case
// events and audit entry, and a refused or failed step leaves none of them behind.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_COMMISSIONS } from "@onedoor/shared/demo/arbitration-directory";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { applicationReceived } from "../domain/case-events.js";
import { reportedCaseClocks } from "../domain/case-machine.js";
import { factsOf, type CaseRow } from "./rows.js";
import { createLoaders } from "./store.js";
import { fileCase, stepCase } from "./write.js";

const TONGLU = DEMO_COMMISSIONS.find((c) => c.regionCode === "330122")!;
const commission = { ...TONGLU, status: "ACTIVE" as const };
const receivedAt = new Date("2026-11-18T01:30:00.000Z");
const acceptedAt = new Date("2026-11-20T02:00:00.000Z");

describe("arbitration case writes and their outbox events (PGlite)", () => {
  const store = useMigratedStore(subgraph);
  beforeAll(() => store().arbitrationCommission.create({ data: TONGLU }));
  const writer = () => ({
    identity: { userId: "clerk-1", roles: ["arbitrator" as const], department: "arbitration" },
    requestId: "req-1",
    store: store(),
    loaders: createLoaders(store()),
  });

  const file = (disputeCode: string): Promise<CaseRow> =>
    fileCase(writer(), {
      commission,
      receivedAt,
      data: {
        disputeCode,
        respondentName: "桐庐某某针织有限公司",
        respondentCreditCode: "91330122MA2H3K7P50",
        applicants: { create: [{ position: 0, name: "测试工人", residentId: "330122198203142516" }] },
        claims: {
          create: [
            {
              position: 0,
              kind: "WAGE_ARREARS",
              description: "支付拖欠工资",
              amount: "22500.00",
              knewOfInfringementOn: "2026-09-30",
            },
          ],
        },
      },
      details: { collective: false, limitationWarnings: 0 },
      report: (row) => [
        applicationReceived({
          commissionName: commission.name,
          caseNumber: row.caseNumber,
          collective: false,
          applicantCount: 1,
          claimedFen: 2_250_000n,
        }),
      ],
      audit: {
        action: "fileArbitrationApplication",
        input: { disputeCode, applicants: [], respondent: {}, claims: [], evidence: null },
      },
    });
  const audited = (caseId: string) =>
    store().auditEntry.findMany({ where: { entityId: caseId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const events = (disputeCode: string) =>
    store().outboxEvent.findMany({ where: { disputeCode }, orderBy: { sequence: "asc" } });
  const accept = (row: CaseRow, expectedVersion?: number) =>
    stepCase(writer(), {
      caseId: row.id,
      expectedVersion,
      event: { type: "ACCEPT", at: acceptedAt },
      audit: { action: "acceptArbitrationCase", input: { caseId: row.id } },
    });

  it("files a case as RECEIVED at version 1 and records ARBITRATION_APPLICATION_RECEIVED with it", async () => {
    const row = await file("330122260600001");
    expect(row).toMatchObject({ caseNumber: "桐劳人仲案字〔2026〕第1号", status: "RECEIVED", version: 1 });
    expect(await store().caseStep.findMany({ where: { caseId: row.id } })).toEqual([
      expect.objectContaining({ type: "FILE", actor: "clerk-1", occurredAt: receivedAt }),
    ]);
    const [event, ...rest] = await events("330122260600001");
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      type: "ARBITRATION_APPLICATION_RECEIVED",
      recordId: row.id,
      occurredAt: receivedAt,
      deliveredAt: null,
      summary: "桐庐县劳动人事争议仲裁委员会收到劳动争议仲裁申请（桐劳人仲案字〔2026〕第1号）",
      data: { status: "RECEIVED", claimedAmount: "22500.00", collective: false, applicantCount: 1 },
    });
    expect(event!.summary).not.toContain("测试工人");
    expect(await audited(row.id)).toEqual([
      expect.objectContaining({
        actor: "clerk-1",
        action: "fileArbitrationApplication",
        entity: "ArbitrationCase",
        fields: ["disputeCode", "applicants", "respondent", "claims"],
        requestId: "req-1",
      }),
    ]);
  });

  it("writes a step, its 办案记录 and its event together, in order after the filing", async () => {
    const row = await file("330122260600002");
    const accepted = await accept(row, row.version);
    expect(accepted).toMatchObject({ status: "ACCEPTED", version: 2, acceptedAt });
    expect(await store().caseStep.count({ where: { caseId: row.id, type: "ACCEPT" } })).toBe(1);
    const recorded = await events("330122260600002");
    expect(recorded.map((e) => e.type)).toEqual(["ARBITRATION_APPLICATION_RECEIVED", "ARBITRATION_ACCEPTED"]);
    expect(recorded[1]).toMatchObject({ recordId: row.id, occurredAt: acceptedAt, data: { status: "ACCEPTED" } });
    expect(recorded[1]!.sequence).toBeGreaterThan(recorded[0]!.sequence);
  });

  it("reports the case's clocks after each step with its events, as the case computes them (期限上报)", async () => {
    const row = await file("330122260600004");
    const accepted = await accept(row);
    const extendedAt = new Date("2026-11-25T02:00:00.000Z");
    const extended = await stepCase(writer(), {
      caseId: row.id,
      event: { type: "EXTEND_AWARD", at: extendedAt, days: 10, approvedBy: "章国强", reason: "案情复杂" },
      audit: { action: "extendArbitrationAwardPeriod", input: { caseId: row.id } },
    });
    const [filed, acceptance, extension] = await events("330122260600004");
    const kinds = (e: typeof filed) => (e!.clocks as { spec: { kind: string } }[]).map((c) => c.spec.kind);
    expect(kinds(filed)).toEqual(["labourArbitrationAcceptance"]);
    expect(filed!.clocks).toEqual([expect.objectContaining({ recordId: row.id, startedAt: receivedAt.toISOString() })]);
    // The acceptance stops its clock and starts the commission's others.
    expect(acceptance!.clocks).toEqual(reportedCaseClocks(row.id, factsOf(accepted)));
    expect(kinds(acceptance)).toEqual([
      "labourArbitrationAcceptance",
      "labourArbitrationService",
      "labourArbitrationTribunalNotice",
      "labourArbitrationAward",
    ]);
    expect(acceptance!.clocks).toContainEqual(
      expect.objectContaining({
        spec: expect.objectContaining({ kind: "labourArbitrationAcceptance" }),
        stoppedAt: acceptedAt.toISOString(),
      }),
    );
    // An extension of the award period travels with the award clock.
    expect(extension!.clocks).toEqual(reportedCaseClocks(row.id, factsOf(extended)));
    expect(extension!.clocks).toContainEqual(
      expect.objectContaining({
        spec: expect.objectContaining({ kind: "labourArbitrationAward" }),
        extensions: [{ days: 10, approvedBy: "章国强", reason: "案情复杂", at: extendedAt.toISOString() }],
      }),
    );
  });

  it("records nothing for a refused step (stale version, wrong state) or one that fails in its transaction", async () => {
    const row = await file("330122260600003");
    await accept(row);
    // A second clerk still holding version 1: CONFLICT, nothing written.
    await expect(accept(row, row.version)).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
    // Accepting again: the state machine refuses, with its reason and the current status.
    await expect(accept(row)).rejects.toMatchObject({
      extensions: { code: "INVALID_STATE", reason: "WRONG_STATUS", status: "ACCEPTED" },
    });
    // A failure later in the same transaction (an award naming a claim that does not exist) undoes it all.
    await expect(
      stepCase(writer(), {
        caseId: row.id,
        event: { type: "EXTEND_AWARD", at: acceptedAt, days: 5, approvedBy: "章国强", reason: "案情复杂" },
        claimDecisions: [
          {
            claimId: "00000000-0000-4000-8000-000000000000",
            decision: "GRANTED",
            awardedAmount: "0.01",
            final: true,
            finalityReason: "SMALL_CLAIM",
            finalityExplanation: "",
          },
        ],
        audit: { action: "extendArbitrationAwardPeriod", input: { caseId: row.id } },
      }),
    ).rejects.toThrow();
    expect(await store().arbitrationCase.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "ACCEPTED",
      version: 2,
      awardExtensions: [],
    });
    expect((await events("330122260600003")).map((e) => e.type)).toEqual([
      "ARBITRATION_APPLICATION_RECEIVED",
      "ARBITRATION_ACCEPTED",
    ]);
    expect(await store().caseStep.count({ where: { caseId: row.id } })).toBe(2);
    // The audit entry shares the transaction: one for the acceptance that stuck, none for the others.
    expect((await audited(row.id)).map((e) => e.action)).toEqual([
      "fileArbitrationApplication",
      "acceptArbitrationCase",
    ]);
  });
});
