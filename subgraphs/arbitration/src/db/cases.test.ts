import { describe, expect, it } from "vitest";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { applicationReceived, stepEvents } from "../domain/case-events.js";
import { commissionFor } from "../domain/commission.js";
import { fileCase, updateCaseGuarded } from "./cases.js";
import type { CaseRow } from "./rows.js";

const commission = commissionFor("330122")!;
const receivedAt = new Date("2026-11-18T01:30:00.000Z");
const acceptedAt = new Date("2026-11-20T02:00:00.000Z");

describe("arbitration case writes and their outbox events (PGlite)", () => {
  const store = useMigratedStore(subgraph);

  const by = {
    identity: { userId: "clerk-1", roles: ["arbitrator" as const], department: "arbitration" },
    requestId: "req-1",
  };
  const file = (disputeCode: string): Promise<CaseRow> =>
    fileCase(
      store(),
      commission,
      {
        disputeCode,
        status: "RECEIVED",
        respondentName: "桐庐某某针织有限公司",
        respondentCreditCode: "91330122MA2H3K7P50",
        applicants: { create: [{ position: 0, name: "测试工人", residentId: "330122198203142516" }] },
        claims: {
          create: [
            {
              position: 0,
              kind: "WAGE_ARREARS",
              description: "支付拖欠工资",
              amountFen: 2_250_000,
              knewOfInfringementOn: "2026-09-30",
            },
          ],
        },
      },
      receivedAt,
      (row) => [
        applicationReceived({
          commissionName: commission.name,
          caseNumber: row.caseNumber,
          collective: false,
          applicantCount: 1,
          claimedFen: 2_250_000,
        }),
      ],
      { by, action: "fileArbitrationApplication", fields: ["disputeCode", "applicants", "respondent", "claims"] },
    );
  const audited = (caseId: string) =>
    store().auditEntry.findMany({ where: { entityId: caseId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const events = (disputeCode: string) =>
    store().outboxEvent.findMany({ where: { disputeCode }, orderBy: { sequence: "asc" } });
  const accept = (row: CaseRow, more?: () => Promise<void>) =>
    updateCaseGuarded(
      store(),
      row,
      undefined,
      { status: "ACCEPTED", acceptedAt },
      { type: "ACCEPT", occurredAt: acceptedAt, actor: "clerk-1" },
      stepEvents({ type: "ACCEPT", at: acceptedAt }, { commissionName: commission.name, caseNumber: row.caseNumber }),
      { by, action: "acceptArbitrationCase", fields: ["caseId"] },
      more,
    );

  it("files a case and records ARBITRATION_APPLICATION_RECEIVED with it", async () => {
    const row = await file("330122260600001");
    expect(row.caseNumber).toBe("桐劳人仲案字〔2026〕第1号");
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

  it("writes a step and its event together, in order after the filing", async () => {
    const row = await file("330122260600002");
    const accepted = await accept(row);
    expect(accepted).toMatchObject({ status: "ACCEPTED", version: 1 });
    expect(await store().caseStep.count({ where: { caseId: row.id, type: "ACCEPT" } })).toBe(1);
    const recorded = await events("330122260600002");
    expect(recorded.map((e) => e.type)).toEqual(["ARBITRATION_APPLICATION_RECEIVED", "ARBITRATION_ACCEPTED"]);
    expect(recorded[1]).toMatchObject({ recordId: row.id, occurredAt: acceptedAt, data: { status: "ACCEPTED" } });
    expect(recorded[1]!.sequence).toBeGreaterThan(recorded[0]!.sequence);
  });

  it("records no event for a refused change (stale version) or a change rolled back", async () => {
    const row = await file("330122260600003");
    await accept(row);
    // A second clerk still holding version 0: CONFLICT, nothing written.
    await expect(accept(row)).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
    const current = await store().arbitrationCase.findUniqueOrThrow({ where: { id: row.id } });
    // A failure later in the same transaction undoes the change and its event.
    await expect(
      accept({ ...current, status: "RECEIVED" }, async () => {
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(await store().arbitrationCase.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "ACCEPTED",
      version: 1,
    });
    expect((await events("330122260600003")).map((e) => e.type)).toEqual([
      "ARBITRATION_APPLICATION_RECEIVED",
      "ARBITRATION_ACCEPTED",
    ]);
    expect(await store().caseStep.count({ where: { caseId: row.id, type: "ACCEPT" } })).toBe(1);
    // The audit entry shares the transaction: one for the acceptance that stuck, none for the refused or undone ones.
    expect((await audited(row.id)).map((e) => e.action)).toEqual([
      "fileArbitrationApplication",
      "acceptArbitrationCase",
    ]);
  });
});
