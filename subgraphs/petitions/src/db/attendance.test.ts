// A department's reported attendance (到场) becomes a visit of the dispute, once, and counts toward its runs.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import type { CaseEvent } from "@onedoor/shared/events/case-event";
import { runCount } from "../domain/lifecycle.js";
import { subgraph } from "../subgraph.js";
import { applyCaseEvents } from "./timeline.js";
import { visitsOfDisputes } from "./visits.js";

const WAGES = "330122260000027"; // seeded: dispatched to labour mediation

const session = (startsAt: string, mode: "IN_PERSON" | "ONLINE_VIDEO", sequence: number): CaseEvent => ({
  id: randomUUID(),
  source: "mediation",
  sequence,
  disputeCode: WAGES,
  type: "MEDIATION_SESSION_HELD",
  occurredAt: startsAt,
  summary: `召开第${sequence}次调解会（${mode === "IN_PERSON" ? "现场" : "在线视频"}）`,
  data: {
    mode,
    sessionNumber: sequence,
    ...(mode === "IN_PERSON" ? { attendance: { at: startsAt, place: "矛调中心第二调解室", inPerson: true } } : {}),
  },
});

describe("attendance reported by a department", () => {
  const store = useMigratedStore(subgraph, { seed: true });

  it("adds one visit per in-person session, none for an online one, and none again on redelivery", async () => {
    const dispute = await store().dispute.findUniqueOrThrow({ where: { code: WAGES } });
    const before = await visitsOfDisputes(store(), [dispute.id]);
    // Two sessions the same day (China time) and one online the next: the runs grow by one day only.
    const morning = session("2026-09-01T01:00:00.000Z", "IN_PERSON", 1);
    const afternoon = session("2026-09-01T06:00:00.000Z", "IN_PERSON", 2);
    const online = session("2026-09-02T02:00:00.000Z", "ONLINE_VIDEO", 3);
    expect(await applyCaseEvents(store(), [morning, afternoon, online])).toBe(3);
    expect(await applyCaseEvents(store(), [morning, afternoon, online])).toBe(0);

    const after = await visitsOfDisputes(store(), [dispute.id]);
    const reported = after.filter((v) => v.source === "MEDIATION");
    expect(reported).toEqual([
      expect.objectContaining({
        eventId: morning.id,
        visitedAt: new Date(morning.occurredAt),
        place: "矛调中心第二调解室",
        purpose: "召开第1次调解会（现场）",
        recordedBy: "service:mediation",
      }),
      expect.objectContaining({ eventId: afternoon.id, visitedAt: new Date(afternoon.occurredAt) }),
    ]);
    expect(after.length).toBe(before.length + 2);
    expect(runCount(after)).toBe(runCount(before) + 1);
  });

  it("counts one visit for a joint session that two committees report at the same place and time", async () => {
    const dispute = await store().dispute.findUniqueOrThrow({ where: { code: WAGES } });
    const at = "2026-09-05T02:00:00.000Z";
    const joint = session(at, "IN_PERSON", 5);
    const sameSession = session(at, "IN_PERSON", 6);
    const elsewhere = session(at, "IN_PERSON", 7);
    elsewhere.data = { ...elsewhere.data, attendance: { at, place: "横村镇调解室", inPerson: true } };
    await applyCaseEvents(store(), [joint, sameSession, elsewhere]);
    const visits = await visitsOfDisputes(store(), [dispute.id]);
    expect(
      visits
        .filter((v) => v.visitedAt.toISOString() === at)
        .map((v) => [v.place, v.eventId])
        .sort(),
    ).toEqual(
      [
        ["横村镇调解室", elsewhere.id],
        ["矛调中心第二调解室", joint.id],
      ].sort(),
    );
  });

  it("adds a visit from each department whose step the parties attended: a hearing, a consent, a consultation", async () => {
    const dispute = await store().dispute.findUniqueOrThrow({ where: { code: WAGES } });
    const attended = (
      source: CaseEvent["source"],
      type: CaseEvent["type"],
      at: string,
      place: string,
      summary: string,
    ): CaseEvent => ({
      id: randomUUID(),
      source,
      sequence: 1,
      disputeCode: WAGES,
      type,
      occurredAt: at,
      summary,
      data: { attendance: { at, place, inPerson: true } },
    });
    const hearing = attended(
      "arbitration",
      "ARBITRATION_HEARING_HELD",
      "2026-11-25T02:00:00.000Z",
      "桐庐县社会治理综合服务中心仲裁庭",
      "仲裁庭开庭审理（申请人到庭，被申请人缺席）",
    );
    const consent = attended(
      "litigation",
      "JUDICIAL_CONFIRMATION_CONSENTED",
      "2026-11-26T02:00:00.000Z",
      "桐庐县人民法院诉讼服务中心",
      "一方当事人同意共同申请司法确认",
    );
    const consultation = attended(
      "legal-aid",
      "LEGAL_CONSULTATION_RECORDED",
      "2026-11-26T02:00:00.000Z",
      "桐庐县法律援助中心窗口",
      "法律援助窗口提供法律咨询",
    );
    expect(await applyCaseEvents(store(), [hearing, consent, consultation])).toBe(3);
    const visits = await visitsOfDisputes(store(), [dispute.id]);
    expect(
      visits
        .filter((v) => [hearing.id, consent.id, consultation.id].includes(v.eventId ?? ""))
        .map((v) => [v.eventId, v.source, v.place])
        .sort(),
    ).toEqual(
      [
        [hearing.id, "ARBITRATION", "桐庐县社会治理综合服务中心仲裁庭"],
        [consent.id, "LITIGATION", "桐庐县人民法院诉讼服务中心"],
        [consultation.id, "LEGAL_AID", "桐庐县法律援助中心窗口"],
      ].sort(),
    );
  });

  it("refuses a second visit for the same event at the database", async () => {
    const dispute = await store().dispute.findUniqueOrThrow({ where: { code: WAGES } });
    const row = {
      disputeId: dispute.id,
      visitedAt: new Date("2026-09-03T02:00:00.000Z"),
      place: "矛调中心第一调解室",
      purpose: "召开第4次调解会（现场）",
      recordedBy: "service:mediation",
      source: "MEDIATION" as const,
      eventId: randomUUID(),
    };
    await store().visit.create({ data: row });
    await expect(store().visit.create({ data: row })).rejects.toThrow(/Unique constraint|unique/i);
  });
});
