import { describe, expect, it } from "vitest";
import { CN_HOLIDAY_CALENDAR as CAL } from "@onedoor/shared/clock/index";
import {
  applyPetitionEvent,
  petitionClocks,
  receivePetition,
  repeatPetitionRefusal,
  type PetitionEvent,
  type PetitionRecord,
} from "./petition.js";

const at = (iso: string) => new Date(`${iso}T10:00:00+08:00`);
const run = (events: PetitionEvent[], start = receivePetition(at("2026-03-02"))): PetitionRecord =>
  events.reduce((record, event) => applyPetitionEvent(record, event, CAL), start);
const kinds = (r: PetitionRecord, now: Date) =>
  petitionClocks(r, now, CAL).map((c) => [c.kind, c.status.deadlineDate, c.status.state]);

describe("petition handling (信访工作条例)", () => {
  it("decides acceptance within 15 days of receipt", () => {
    const received = receivePetition(at("2026-03-02"));
    expect(kinds(received, at("2026-03-05"))).toEqual([["petitionAcceptance", "2026-03-17", "RUNNING"]]);
    expect(petitionClocks(received, at("2026-03-20"), CAL)[0]!.status.state).toBe("OVERDUE");
    const accepted = run([{ type: "ACCEPT", at: at("2026-03-06") }]);
    expect(kinds(accepted, at("2026-03-07"))).toEqual([
      ["petitionAcceptance", "2026-03-17", "STOPPED"],
      ["petitionHandling", "2026-05-06", "RUNNING"], // 6 March + 60 = 5 May, a 劳动节 holiday → next working day
    ]);
  });

  it("extends handling by at most 30 days, with an approver and a reason", () => {
    const accepted = run([{ type: "ACCEPT", at: at("2026-03-06") }]);
    const extended = run(
      [
        {
          type: "EXTEND_HANDLING",
          at: at("2026-04-20"),
          days: 20,
          approvedBy: "县信访局局长 王立新",
          reason: "需多部门联合调查",
        },
      ],
      accepted,
    );
    expect(petitionClocks(extended, at("2026-04-21"), CAL)[1]!.status.extendedDays).toBe(20);
    expect(() =>
      run(
        [{ type: "EXTEND_HANDLING", at: at("2026-04-25"), days: 11, approvedBy: "王立新", reason: "再次延期" }],
        extended,
      ),
    ).toThrow(expect.objectContaining({ code: "EXTENSION_REFUSED" }));
    expect(() =>
      run([{ type: "EXTEND_HANDLING", at: at("2026-04-25"), days: 5, approvedBy: "", reason: "理由" }], accepted),
    ).toThrow(expect.objectContaining({ code: "EXTENSION_REFUSED" }));
  });

  it("runs review and re-examination within 30 + 30 days, hearings excluded, then is final", () => {
    const replied = run([
      { type: "ACCEPT", at: at("2026-03-06") },
      { type: "REPLY", at: at("2026-04-10") },
    ]);
    const reviewing = run([{ type: "REQUEST_REVIEW", at: at("2026-05-08") }], replied);
    const heard = run([{ type: "HEARING", from: at("2026-05-12"), to: at("2026-05-15"), reason: "听证" }], reviewing);
    const reviewClock = petitionClocks(heard, at("2026-05-20"), CAL).find((c) => c.kind === "petitionReview")!;
    expect(reviewClock.status.pausedDays).toBe(3);
    expect(reviewClock.status.deadlineDate).toBe("2026-06-10"); // 8 May + 30 = 7 June, + 3 hearing days, 10 June a Wednesday

    const final = run(
      [
        { type: "ANSWER_REVIEW", at: at("2026-06-05") },
        { type: "REQUEST_REEXAMINATION", at: at("2026-06-20") },
        { type: "ANSWER_REEXAMINATION", at: at("2026-07-10") },
      ],
      heard,
    );
    expect(final.state).toBe("REEXAMINED");
    expect(() => run([{ type: "REQUEST_REVIEW", at: at("2026-07-11") }], final)).toThrow(
      expect.objectContaining({ code: "FINAL" }),
    );
    expect(repeatPetitionRefusal(final)?.code).toBe("FINAL");
    expect(repeatPetitionRefusal(replied)).toBeUndefined();
  });

  it("refuses a review requested after the 30-day window", () => {
    const replied = run([
      { type: "ACCEPT", at: at("2026-03-06") },
      { type: "REPLY", at: at("2026-04-10") },
    ]);
    expect(() => run([{ type: "REQUEST_REVIEW", at: at("2026-05-20") }], replied)).toThrow(
      expect.objectContaining({ code: "REQUEST_LATE" }),
    );
  });

  it("routes matters for litigation, arbitration or review out of 信访 and stops its clocks", () => {
    const routed = run([{ type: "ROUTE_OUT", at: at("2026-03-03"), to: "ARBITRATION" }]);
    expect(routed).toMatchObject({ state: "ROUTED_OUT", routedTo: "ARBITRATION" });
    expect(kinds(routed, at("2026-06-01"))).toEqual([["petitionAcceptance", "2026-03-17", "STOPPED"]]);
    expect(() => run([{ type: "REPLY", at: at("2026-03-04") }], routed)).toThrow(
      expect.objectContaining({ code: "WRONG_STATE" }),
    );
  });

  it("keeps events in order", () => {
    expect(() => run([{ type: "ACCEPT", at: at("2026-03-01") }])).toThrow(
      expect.objectContaining({ code: "BEFORE_PREVIOUS" }),
    );
  });
});
