import { describe, expect, it } from "vitest";
import {
  acceptedEvent,
  failedEvent,
  mediatorAssignedEvent,
  mediatorRecusedEvent,
  performanceRecordedEvent,
  sessionHeldEvent,
} from "./case-events.js";

describe("mediation case events for the registry's timeline", () => {
  it("tells a resident where a failed mediation leads next", () => {
    expect(failedEvent("桐庐县劳动争议人民调解委员会", "ARBITRATION")).toEqual({
      type: "MEDIATION_FAILED",
      summary: "桐庐县劳动争议人民调解委员会调解不成，终结调解，可申请劳动人事争议仲裁",
      data: { nextStep: "ARBITRATION" },
    });
    expect(failedEvent("桐庐县商事人民调解委员会", "LITIGATION").summary).toMatch(/可向人民法院起诉$/);
    expect(failedEvent("桐庐县商事人民调解委员会", "OTHER").data).toEqual({ nextStep: "OTHER" });
  });

  it("names the committee and the kind of step, never a person", () => {
    expect(
      acceptedEvent("桐庐县商事人民调解委员会", "COURT_DELEGATION", new Date("2026-05-22T01:00:00Z"), "PEOPLE"),
    ).toMatchObject({
      summary: "桐庐县商事人民调解委员会受理人民法院委派的诉前调解",
      occurredAt: new Date("2026-05-22T01:00:00Z"),
      data: { source: "COURT_DELEGATION", clockKind: "PEOPLE" },
    });
    expect(mediatorAssignedEvent("桐庐县联合人民调解委员会", true).summary).toBe(
      "桐庐县联合人民调解委员会指派调解员主持调解",
    );
    expect(mediatorRecusedEvent(false).summary).toBe("调解员依当事人申请回避");
  });

  it("dates sessions and follow-ups by when they happened", () => {
    const startsAt = new Date("2026-10-14T02:00:00Z");
    expect(sessionHeldEvent("ONLINE_VIDEO", startsAt, 2, "线上调解室")).toEqual({
      type: "MEDIATION_SESSION_HELD",
      summary: "召开第2次调解会（在线视频）",
      occurredAt: startsAt,
      data: { mode: "ONLINE_VIDEO", sessionNumber: 2 },
    });
    const at = new Date("2026-07-09T06:00:00Z");
    expect(sessionHeldEvent("IN_PERSON", startsAt, 1, "矛调中心第二调解室").data).toEqual({
      mode: "IN_PERSON",
      sessionNumber: 1,
      attendance: { at: startsAt.toISOString(), place: "矛调中心第二调解室", inPerson: true },
    });
    expect(performanceRecordedEvent({ id: "a-1", caseId: "c-1" }, "NOT_PERFORMED", at)).toEqual({
      type: "AGREEMENT_PERFORMANCE_RECORDED",
      summary: "回访确认调解协议未履行",
      occurredAt: at,
      recordId: "a-1",
      data: { caseId: "c-1", performance: "NOT_PERFORMED" },
    });
  });
});
