import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  endOfLocalDay,
  isLocalDate,
  startOfLocalDay,
  toLocalDate,
} from "./local-date.js";

describe("isLocalDate", () => {
  it.each(["2026-01-01", "2024-02-29", "2000-02-29", "1900-01-01", "2026-12-31"])("accepts %s", (date) => {
    expect(isLocalDate(date)).toBe(true);
  });

  it.each([
    "2026-02-29",
    "1900-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-2-1",
    "20260101",
    "",
    "2026-01-01T00:00",
  ])("rejects %s", (date) => {
    expect(isLocalDate(date)).toBe(false);
  });
});

describe("toLocalDate (China Standard Time, UTC+8)", () => {
  it("puts 15:59:59.999Z on the same CST day and 16:00Z on the next", () => {
    expect(toLocalDate(new Date("2026-03-01T15:59:59.999Z"))).toBe("2026-03-01");
    expect(toLocalDate(new Date("2026-03-01T16:00:00.000Z"))).toBe("2026-03-02");
  });

  it("reads an instant written with an explicit +08:00 offset as that wall date", () => {
    expect(toLocalDate(new Date("2026-01-01T00:00:00+08:00"))).toBe("2026-01-01");
    expect(toLocalDate(new Date("2025-12-31T23:59:59+08:00"))).toBe("2025-12-31");
  });

  it("rejects an invalid Date", () => {
    expect(() => toLocalDate(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("start and end of a local day", () => {
  it("starts at 00:00 CST, which is 16:00Z the previous UTC day", () => {
    expect(startOfLocalDay("2026-03-16").toISOString()).toBe("2026-03-15T16:00:00.000Z");
  });

  it("ends at 23:59:59.999 CST", () => {
    expect(endOfLocalDay("2026-03-16").toISOString()).toBe("2026-03-16T15:59:59.999Z");
    expect(endOfLocalDay("2026-12-31").toISOString()).toBe("2026-12-31T15:59:59.999Z");
  });

  it("rejects a malformed date", () => {
    expect(() => startOfLocalDay("2026-02-30")).toThrow(RangeError);
  });
});

describe("day arithmetic", () => {
  it("adds days across month and year ends", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("counts whole days between dates, negative backwards", () => {
    expect(daysBetween("2026-01-01", "2026-12-31")).toBe(364);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2026-03-10", "2026-03-01")).toBe(-9);
  });

  it("knows the length of months, including leap Februaries", () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it("names weekdays with 0 = Sunday", () => {
    expect(dayOfWeek("2026-03-01")).toBe(0);
    expect(dayOfWeek("2026-10-01")).toBe(4);
    expect(dayOfWeek("1970-01-01")).toBe(4);
    expect(dayOfWeek("1969-12-31")).toBe(3);
  });
});

describe("addMonths (Civil Code art. 202: corresponding day, else month end)", () => {
  it.each([
    ["2026-01-15", 1, "2026-02-15"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-03-31", 1, "2026-04-30"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-12-15", 1, "2027-01-15"],
  ] as const)("%s + %i months = %s", (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});
