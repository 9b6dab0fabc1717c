import { describe, expect, it } from "vitest";
import { attendanceOf, isAttendance, reportAttendance } from "./attendance.js";

const at = new Date("2026-10-14T02:00:00Z");
const inPerson = { at: at.toISOString(), place: "矛调中心第二调解室", inPerson: true };

describe("attendance reported with a step (到场)", () => {
  it("is reported for a step held in person and never for one held online", () => {
    expect(reportAttendance(at, "矛调中心第二调解室", true)).toEqual(inPerson);
    expect(reportAttendance(at, "线上调解室", false)).toBeUndefined();
  });

  it("is read from an attendance step, and a step without one reports none", () => {
    expect(attendanceOf({ type: "MEDIATION_SESSION_HELD", data: { mode: "IN_PERSON", attendance: inPerson } })).toEqual(
      inPerson,
    );
    expect(attendanceOf({ type: "MEDIATION_SESSION_HELD", data: { mode: "ONLINE_VIDEO" } })).toBeUndefined();
    expect(attendanceOf({ type: "MEDIATION_ACCEPTED" })).toBeUndefined();
  });

  it("is malformed without a time, a one-line place or in person, with anything more, or on a step nobody attends", () => {
    const malformed: unknown[] = [
      null,
      "矛调中心",
      { ...inPerson, at: "yesterday" },
      { ...inPerson, place: "" },
      { ...inPerson, place: "   " },
      { ...inPerson, place: "调解室\n张三" },
      { ...inPerson, place: "室".repeat(101) },
      { ...inPerson, inPerson: false },
      { at: inPerson.at, place: inPerson.place },
      { ...inPerson, attendees: ["张三"] },
    ];
    for (const attendance of malformed) {
      expect(isAttendance(attendance)).toBe(false);
      expect(attendanceOf({ type: "MEDIATION_SESSION_HELD", data: { attendance } })).toBe("malformed");
    }
    expect(attendanceOf({ type: "MEDIATION_AGREEMENT_REACHED", data: { attendance: inPerson } })).toBe("malformed");
  });
});
