// The registry applies each department event exactly once, and ownership follows the events.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import type { CaseEvent } from "@onedoor/shared/events/case-event";
import { CASE_EVENT_TYPES, type CaseEventType } from "@onedoor/shared/events/case-event-types";
import { CaseEventType as CaseEventTypeColumn, ClockKind as ClockKindColumn } from "../generated/prisma/enums.js";
import { CLOCK_KINDS, STATUTORY_CLOCKS } from "@onedoor/shared/clock/index";
import { reportClock } from "@onedoor/shared/events/reported-clock";
import { subgraph } from "../subgraph.js";
import { applyCaseEvents } from "./timeline.js";
import { expireOverdueHandOffs } from "./hand-offs.js";

const WAGES = "330122260000027"; // seeded: dispatched to labour mediation
const MEDICAL = "330122260000914"; // not seeded: its events concern no other test

let sequence = 0;
const event = (
  type: CaseEventType,
  data?: Record<string, unknown>,
  source: CaseEvent["source"] = "mediation",
): CaseEvent => ({
  id: randomUUID(),
  source,
  sequence: ++sequence,
  disputeCode: WAGES,
  type,
  occurredAt: new Date(Date.now() + sequence).toISOString(),
  summary: type,
  ...(data ? { data } : {}),
});

describe("registry applying department events", () => {
  const store = useMigratedStore(subgraph, { seed: true });

  it("stores exactly the listed step types, and its database refuses any other", async () => {
    expect(Object.keys(CaseEventTypeColumn).sort()).toEqual(Object.keys(CASE_EVENT_TYPES).sort());
    await expect(
      store().$executeRawUnsafe(
        `INSERT INTO "TimelineEvent" (id, "eventId", source, "disputeCode", type, summary, "occurredAt")
         VALUES ($1::uuid, $2, 'MEDIATION', $3, 'MADE_UP', '编造的步骤', now())`,
        randomUUID(),
        randomUUID(),
        WAGES,
      ),
    ).rejects.toThrow(/invalid input value for enum/);
  });

  it("keeps each department clock's latest report, by record and kind, and lists exactly the listed clock kinds", async () => {
    expect(Object.keys(ClockKindColumn).sort()).toEqual(Object.keys(CLOCK_KINDS).sort());
    const caseId = randomUUID();
    const clock = (pauses: { from: Date; to?: Date; reason: string }[]) =>
      reportClock(caseId, STATUTORY_CLOCKS.clocks.medicalMediation, {
        startedAt: new Date("2026-03-02T02:00:00Z"),
        pauses,
        extensions: [],
      });
    const paused = clock([{ from: new Date("2026-03-05T02:00:00Z"), reason: "医疗损害鉴定" }]);
    const resumed = clock([
      { from: new Date("2026-03-05T02:00:00Z"), to: new Date("2026-03-20T02:00:00Z"), reason: "医疗损害鉴定" },
    ]);
    // An agreement's event (about another record) still reports the case's clock under the case.
    await applyCaseEvents(store(), [
      { ...event("MEDIATION_CLOCK_PAUSED"), disputeCode: MEDICAL, recordId: caseId, clocks: [paused] },
      { ...event("MEDIATION_CLOCK_RESUMED"), disputeCode: MEDICAL, recordId: randomUUID(), clocks: [resumed] },
    ]);
    const rows = await store().departmentClock.findMany({ where: { recordId: caseId } });
    expect(rows).toEqual([
      expect.objectContaining({ disputeCode: MEDICAL, source: "MEDIATION", kind: "medicalMediation", clock: resumed }),
    ]);
  });

  const departmentSteps = () =>
    store().timelineEvent.findMany({
      where: { disputeCode: WAGES, source: { not: "PETITIONS" } },
      orderBy: [{ occurredAt: "asc" }, { sequence: "asc" }],
    });

  it("applies a batch once, however often it is delivered, and the dispatched dispute is then in progress", async () => {
    await store().dispute.update({ where: { code: WAGES }, data: { status: "DISPATCHED" } });
    const batch = [event("MEDIATION_SESSION_HELD"), event("MEDIATION_CLOCK_PAUSED")];
    expect(await applyCaseEvents(store(), batch)).toBe(2);
    expect(await applyCaseEvents(store(), batch)).toBe(0);
    expect((await departmentSteps()).map((e) => e.type)).toEqual(["MEDIATION_SESSION_HELD", "MEDIATION_CLOCK_PAUSED"]);
    expect((await store().dispute.findUniqueOrThrow({ where: { code: WAGES } })).status).toBe("IN_PROGRESS");
  });

  it("marks the step a department voids (who, when, why), keeps it, and shows the correction as its own step", async () => {
    const accepted = { ...event("MEDIATION_ACCEPTED"), disputeCode: MEDICAL };
    const other = { ...event("MEDIATION_ACCEPTED", undefined, "arbitration"), id: accepted.id, disputeCode: MEDICAL };
    const correction = {
      ...event("STEP_VOIDED", {
        voidedEventId: accepted.id,
        reason: "ACCEPTED_IN_ERROR",
        body: "桐庐县医疗纠纷人民调解委员会",
      }),
      disputeCode: MEDICAL,
    };
    // Another department's event with the same id is not the one voided: an event id is unique per source.
    await applyCaseEvents(store(), [accepted, { ...other, type: "ARBITRATION_ACCEPTED" }, correction]);
    const steps = await store().timelineEvent.findMany({
      where: { disputeCode: MEDICAL, type: { in: ["MEDIATION_ACCEPTED", "ARBITRATION_ACCEPTED", "STEP_VOIDED"] } },
      orderBy: [{ occurredAt: "asc" }, { sequence: "asc" }],
    });
    expect(steps.map((s) => [s.type, s.voidedAt?.toISOString() ?? null, s.voidedBy, s.voidReason])).toEqual([
      ["MEDIATION_ACCEPTED", correction.occurredAt, "桐庐县医疗纠纷人民调解委员会", "ACCEPTED_IN_ERROR"],
      ["ARBITRATION_ACCEPTED", null, null, null],
      ["STEP_VOIDED", null, null, null],
    ]);
  });

  it("leaves a dispute in progress when a void leaves other department steps standing", async () => {
    const accepted = event("MEDIATION_ACCEPTED");
    await applyCaseEvents(store(), [accepted]);
    await applyCaseEvents(store(), [
      event("STEP_VOIDED", { voidedEventId: accepted.id, reason: "DUPLICATE", body: "桐庐县劳动争议人民调解委员会" }),
    ]);
    expect((await store().dispute.findUniqueOrThrow({ where: { code: WAGES } })).status).toBe("IN_PROGRESS");
  });

  it("hands the dispute on when mediation fails towards arbitration, once, and arbitration taking the case accepts it", async () => {
    const failed = event("MEDIATION_FAILED", { nextStep: "ARBITRATION" });
    await applyCaseEvents(store(), [failed]);
    await applyCaseEvents(store(), [failed]); // redelivered
    const pending = await store().handOff.findMany({ where: { disputeCode: WAGES } });
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ status: "PENDING", fromDepartment: "MEDIATION", toDepartment: "ARBITRATION" });
    expect((await store().dispute.findUniqueOrThrow({ where: { code: WAGES } })).leadDepartment).toBe("MEDIATION");

    await applyCaseEvents(store(), [event("ARBITRATION_ACCEPTED", undefined, "arbitration")]);
    expect((await store().handOff.findUniqueOrThrow({ where: { id: pending[0]!.id } })).status).toBe("ACCEPTED");
    const dispute = await store().dispute.findUniqueOrThrow({ where: { code: WAGES } });
    expect(dispute.leadDepartment).toBe("ARBITRATION");
    // Arbitration publishes its commissions: the hand-off names the county's commission by its id.
    expect(dispute).toMatchObject({
      handlingBody: expect.stringContaining("劳动人事争议仲裁委员会"),
      handlingBodyId: expect.any(String),
    });
  });

  it("returns an unanswered hand-off's dispute to the catch-all window when its time is up", async () => {
    await applyCaseEvents(store(), [event("MEDIATION_FAILED", { nextStep: "LITIGATION" })]);
    const handOff = await store().handOff.findFirstOrThrow({ where: { disputeCode: WAGES, status: "PENDING" } });
    expect(await expireOverdueHandOffs(store(), new Date(handOff.respondBy.getTime() - 1))).toBe(0);
    expect(await expireOverdueHandOffs(store(), new Date(handOff.respondBy.getTime() + 1))).toBe(1);
    expect((await store().handOff.findUniqueOrThrow({ where: { id: handOff.id } })).status).toBe("EXPIRED");
    expect((await store().dispute.findUniqueOrThrow({ where: { code: WAGES } })).leadDepartment).toBe(
      "COMPREHENSIVE_WINDOW",
    );
    const steps = await store().timelineEvent.findMany({
      where: {
        disputeCode: WAGES,
        type: { in: ["HANDOFF_REQUESTED", "HANDOFF_ACCEPTED", "HANDOFF_REJECTED", "HANDOFF_EXPIRED"] },
      },
      orderBy: { occurredAt: "asc" },
    });
    expect(steps.map((s) => s.type)).toEqual([
      "HANDOFF_REQUESTED",
      "HANDOFF_ACCEPTED",
      "HANDOFF_REQUESTED",
      "HANDOFF_EXPIRED",
    ]);
  });
});
