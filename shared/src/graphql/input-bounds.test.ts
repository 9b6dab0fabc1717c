import { describe, expect, it } from "vitest";
import { graphql } from "graphql";
import { Arg, Field, ID, InputType, Int, Query, Resolver, buildSchema } from "type-graphql";
import { sameperiodLastYear } from "../cockpit/scope.js";
import { addDays, endOfLocalDay, startOfLocalDay } from "../clock/index.js";
import {
  boundedArguments,
  checkInstant,
  checkInt,
  checkLocalDate,
  checkStorableText,
  checkUuid,
  EARLIEST_DATE,
  LATEST_DATE,
  MAX_LENGTH,
} from "./input-bounds.js";

describe("calendar dates", () => {
  it("accepts the first and last day of the calendar and refuses the days around it", () => {
    expect(checkLocalDate(EARLIEST_DATE, "asOf")).toEqual({ ok: true, value: "1900-01-01" });
    expect(checkLocalDate(LATEST_DATE, "asOf")).toEqual({ ok: true, value: "2199-12-31" });
    for (const day of ["1899-12-31", "2200-01-01", "0001-01-01", "9999-12-31"]) {
      expect(checkLocalDate(day, { zh: "截止日期", en: "asOf" })).toMatchObject({
        ok: false,
        reason: "RANGE",
        messageZh: "截止日期应在 1900-01-01 至 2199-12-31 之间",
        messageEn: "asOf must be between 1900-01-01 and 2199-12-31",
      });
    }
    expect(checkLocalDate("2026-02-30", "asOf")).toMatchObject({ ok: false, reason: "FORMAT" });
  });

  it("keeps what the clock code derives from an accepted day computable (last year's window, a year on)", () => {
    for (const day of [EARLIEST_DATE, LATEST_DATE]) {
      const lastYear = sameperiodLastYear({ from: addDays(day, -29), to: day, regionCode: null, category: null });
      expect(startOfLocalDay(lastYear.from).getTime()).not.toBeNaN();
      expect(endOfLocalDay(addDays(day, 366)).getTime()).not.toBeNaN();
    }
  });
});

describe("date-times", () => {
  it("accepts instants on the calendar's days, China time, and refuses the rest", () => {
    expect(checkInstant(new Date("1899-12-31T16:00:00.000Z"), "at").ok).toBe(true); // 1900-01-01 00:00 CST
    expect(checkInstant(new Date("1899-12-31T15:59:59.999Z"), "at")).toMatchObject({ ok: false, reason: "RANGE" });
    expect(checkInstant(new Date("2199-12-31T15:59:59.999Z"), "at").ok).toBe(true);
    expect(checkInstant(new Date("2199-12-31T16:00:00.000Z"), "at")).toMatchObject({ ok: false, reason: "RANGE" });
    expect(checkInstant(new Date(Number.NaN), "at")).toMatchObject({ ok: false, reason: "FORMAT" });
  });
});

describe("numbers, ids and text", () => {
  it("checks integers against their bounds", () => {
    expect(checkInt(0, "days", { min: 1, max: 30 })).toMatchObject({ ok: false, reason: "RANGE" });
    expect(checkInt(30, "days", { min: 1, max: 30 })).toEqual({ ok: true, value: 30 });
    expect(checkInt(2 ** 31, "amountFen")).toMatchObject({ ok: false });
  });

  it("refuses a malformed id as input", () => {
    expect(checkUuid("not-an-id", "caseId")).toMatchObject({ ok: false, reason: "FORMAT" });
    expect(checkUuid("0F8FAD5B-D9CB-469F-A165-70867728950E", "caseId")).toEqual({
      ok: true,
      value: "0f8fad5b-d9cb-469f-a165-70867728950e",
    });
  });

  it("refuses NUL and counts length in characters", () => {
    expect(checkStorableText("a\u0000b", "name", 10)).toMatchObject({ ok: false, reason: "CONTROL_CHARACTER" });
    expect(checkStorableText("长".repeat(10), "name", 10).ok).toBe(true);
    expect(checkStorableText("长".repeat(11), "name", 10)).toMatchObject({ ok: false, reason: "LENGTH" });
  });

  it("refuses text that is not well-formed Unicode (a lone surrogate half) and keeps surrogate pairs", () => {
    for (const text of ["\uD800", "张\uDC00三", "ab\uD83D", "\uDE00\uD83D"]) {
      expect(checkStorableText(text, { zh: "姓名", en: "name" }, 10)).toEqual({
        ok: false,
        reason: "ENCODING",
        messageZh: "姓名含有无效的 Unicode 字符（不成对的代理项）",
        messageEn: "name is not valid Unicode (it contains a lone surrogate)",
      });
    }
    // 𠮷 (a CJK extension B character) and an emoji are pairs: one character each.
    expect(checkStorableText("𠮷田\uD83D\uDE00", "name", 3)).toEqual({ ok: true, value: "𠮷田😀" });
  });
});

@InputType()
class ProbeInput {
  @Field(() => [String])
  notes!: string[];

  @Field(() => Date, { nullable: true })
  at?: Date;
}

let calls = 0;

@Resolver()
class ProbeResolver {
  @Query(() => Int)
  probe(@Arg("id", () => ID) _id: string, @Arg("input", () => ProbeInput) _input: ProbeInput): number {
    return ++calls;
  }
}

describe("boundedArguments", () => {
  it("refuses out-of-range arguments, naming every field, before the resolver runs", async () => {
    const schema = await buildSchema({
      resolvers: [ProbeResolver],
      globalMiddlewares: [boundedArguments],
      validate: false,
    });
    const query = `query ($id: ID!, $input: ProbeInput!) { probe(id: $id, input: $input) }`;
    const before = calls;
    const refused = await graphql({
      schema,
      source: query,
      variableValues: {
        id: "x".repeat(MAX_LENGTH.id + 1),
        input: { notes: ["fine", "a\u0000b", "\uD800"], at: "0001-01-01T00:00:00.000Z" },
      },
    });
    expect(calls).toBe(before);
    const error = refused.errors?.[0];
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    const fields = (error?.extensions?.problems as { field: (string | number)[] }[]).map((p) => p.field.join("."));
    expect(fields.sort()).toEqual(["id", "input.at", "input.notes.1", "input.notes.2"]);
    expect(error?.extensions?.messageZh).toContain("input.at：at应在 1900-01-01 至 2199-12-31 之间");

    const answered = await graphql({
      schema,
      source: query,
      variableValues: { id: "case-1", input: { notes: ["fine"], at: "2026-05-01T08:00:00.000+08:00" } },
    });
    expect(answered.errors).toBeUndefined();
    expect(calls).toBe(before + 1);
  });
});
