import { describe, expect, it } from "vitest";
import { countyForCourtCode, courtCodeForCounty, formatCaseNumber, parseCaseNumber } from "./case-number.js";

describe("court case numbers (案号)", () => {
  it("derives the basic court's code from the county region code", () => {
    expect(courtCodeForCounty("330122")).toBe("浙0122");
    expect(courtCodeForCounty("330903")).toBe("浙0903");
    expect(countyForCourtCode("浙0903")).toBe("330903");
    expect(countyForCourtCode("浙09")).toBeUndefined();
    expect(() => courtCodeForCounty("330100")).toThrow(RangeError);
    expect(() => courtCodeForCounty("990122")).toThrow(RangeError);
  });

  it("formats the official form for each type", () => {
    expect(formatCaseNumber({ year: 2026, courtCode: "浙0122", caseType: "民初", number: 123 })).toBe(
      "(2026)浙0122民初123号",
    );
    expect(formatCaseNumber({ year: 2026, courtCode: "浙0903", caseType: "民特", number: 45 })).toBe(
      "(2026)浙0903民特45号",
    );
    expect(formatCaseNumber({ year: 2026, courtCode: "浙0122", caseType: "民诉前调", number: 512 })).toBe(
      "(2026)浙0122民诉前调512号",
    );
    expect(formatCaseNumber({ year: 2026, courtCode: "浙0903", caseType: "执", number: 7 })).toBe("(2026)浙0903执7号");
    expect(() => formatCaseNumber({ year: 2026, courtCode: "浙0122", caseType: "民初", number: 0 })).toThrow(
      RangeError,
    );
    expect(() => formatCaseNumber({ year: 1999, courtCode: "浙0122", caseType: "民初", number: 1 })).toThrow(
      RangeError,
    );
  });

  it("parses its parts back, with full-width parentheses and digits", () => {
    expect(parseCaseNumber("(2026)浙0122民初123号")).toMatchObject({
      ok: true,
      year: 2026,
      courtCode: "浙0122",
      caseType: "民初",
      number: 123,
    });
    expect(parseCaseNumber("（２０２６）浙0903民特45号")).toMatchObject({
      ok: true,
      value: "(2026)浙0903民特45号",
      caseType: "民特",
    });
    expect(parseCaseNumber("(2026)浙0122民诉前调512号")).toMatchObject({ ok: true, caseType: "民诉前调", number: 512 });
    expect(parseCaseNumber("(2026)浙0903执恢3号")).toMatchObject({ ok: true, caseType: "执恢", number: 3 });
    expect(parseCaseNumber("(2026)浙0903执3号")).toMatchObject({ ok: true, caseType: "执", number: 3 });
    expect(parseCaseNumber("(2026)浙09民终8号")).toMatchObject({ ok: true, courtCode: "浙09", caseType: "民终" });
  });

  it("round-trips every formatted number", () => {
    for (const caseType of ["民初", "民特", "民诉前调", "执"] as const) {
      const value = formatCaseNumber({ year: 2027, courtCode: "浙0681", caseType, number: 9001 });
      expect(parseCaseNumber(value)).toMatchObject({ ok: true, value, caseType, number: 9001 });
    }
  });

  it("rejects malformed numbers with a reason", () => {
    expect(parseCaseNumber("")).toMatchObject({ ok: false, reason: "EMPTY" });
    expect(parseCaseNumber("2026浙0122民初123号")).toMatchObject({ ok: false, reason: "FORMAT" });
    expect(parseCaseNumber("(2026)浙0122民初123")).toMatchObject({ ok: false, reason: "FORMAT" });
    expect(parseCaseNumber("(2026)浙0122刑初5号")).toMatchObject({ ok: false, reason: "UNKNOWN_TYPE" });
    expect(parseCaseNumber("(2026)火0122民初5号")).toMatchObject({ ok: false, reason: "UNKNOWN_COURT" });
    expect(parseCaseNumber("(2026)浙0122民初0号")).toMatchObject({ ok: false, reason: "FORMAT" });
  });
});
