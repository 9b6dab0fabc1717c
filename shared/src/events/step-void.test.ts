import { describe, expect, it } from "vitest";
import { SUBGRAPH_NAMES } from "../config.js";
import { mayReport } from "./case-event-types.js";
import { checkVoid, voidEvent, voidOf, VOID_REASON_ZH, VOID_REASONS, type VoidFacts } from "./step-void.js";

type Status = "ACCEPTED" | "IN_PROGRESS" | "VOIDED";
const facts: VoidFacts<Status> = {
  status: "ACCEPTED",
  voidableIn: ["ACCEPTED"],
  laterSteps: 0,
  reportedEventId: "5f0c7c1e-2b8a-4d57-9a43-0c9a5c1f7d21",
  stepZh: "受理",
};

describe("voiding a recorded step (更正)", () => {
  it("voids a step that is still the record's last, into the department's voided status", () => {
    expect(checkVoid(facts, "VOIDED")).toEqual({ ok: true, status: "VOIDED" });
  });

  it("refuses once the record moved on, once anything else was recorded, or when nothing was reported", () => {
    expect(checkVoid({ ...facts, status: "IN_PROGRESS" }, "VOIDED")).toMatchObject({
      ok: false,
      reason: "NOT_VOIDABLE",
      messageZh: "记录当前状态下不能撤销受理",
    });
    expect(checkVoid({ ...facts, laterSteps: 1 }, "VOIDED")).toMatchObject({
      ok: false,
      reason: "LATER_STEPS",
      messageZh: "受理之后已有其他办理记录，不能撤销受理",
    });
    expect(checkVoid({ ...facts, reportedEventId: null }, "VOIDED")).toMatchObject({
      ok: false,
      reason: "NOTHING_TO_VOID",
    });
    // A record on no dispute reported nothing, and is voided all the same.
    expect(checkVoid({ ...facts, reportedEventId: null, reportsToRegistry: false }, "VOIDED")).toEqual({
      ok: true,
      status: "VOIDED",
    });
  });

  it("reports a correction naming the voided event, the body and the reason in a word, and reads it back", () => {
    const event = voidEvent(
      { eventId: facts.reportedEventId!, type: "MEDIATION_ACCEPTED", stepZh: "受理" },
      "桐庐县劳动争议人民调解委员会",
      "ACCEPTED_IN_ERROR",
    );
    expect(event.type).toBe("STEP_VOIDED");
    expect(event.summary).toBe("更正：桐庐县劳动争议人民调解委员会撤销此前的受理登记（误受理）");
    expect(event.summary).not.toContain("撤回");
    expect(voidOf(event)).toEqual({
      voidedEventId: facts.reportedEventId,
      reason: "ACCEPTED_IN_ERROR",
      body: "桐庐县劳动争议人民调解委员会",
    });
  });

  it("reads no correction from another type or from malformed data", () => {
    expect(voidOf({ type: "MEDIATION_WITHDRAWN", data: { voidedEventId: "x", reason: "DUPLICATE", body: "b" } })).toBe(
      null,
    );
    expect(voidOf({ type: "STEP_VOIDED", data: { voidedEventId: "x", reason: "MADE_UP", body: "b" } })).toBe(null);
    expect(voidOf({ type: "STEP_VOIDED", data: null })).toBe(null);
  });

  it("is any department's to report, never the registry's, and names each reason in Chinese", () => {
    // Every department, a new one included: each keeps records of its own that may need correcting.
    for (const department of SUBGRAPH_NAMES.filter((name) => name !== "petitions"))
      expect(mayReport(department, "STEP_VOIDED"), department).toBe(true);
    expect(mayReport("petitions", "STEP_VOIDED")).toBe(false);
    expect(mayReport("petitions", "MEDIATION_ACCEPTED")).toBe(false);
    expect(Object.keys(VOID_REASON_ZH)).toEqual([...VOID_REASONS]);
  });
});
