import { describe, expect, it } from "vitest";
import { dammCheckDigit, isDammValid } from "./damm.js";
import { displayDisputeCode, formatDisputeCode, parseDisputeCode } from "./dispute-code.js";

const SAMPLE = "330122260001231"; // 桐庐县, 2026, matter no. 123

const reasonOf = (input: string): string => {
  const result = parseDisputeCode(input);
  return result.ok ? "OK" : result.reason;
};

describe("Damm check digit", () => {
  it("matches the published example (572 → 4)", () => {
    expect(dammCheckDigit("572")).toBe("4");
    expect(isDammValid("5724")).toBe(true);
    expect(isDammValid("5727")).toBe(false);
  });

  it("rejects non-digits and treats an empty string as invalid", () => {
    expect(() => dammCheckDigit("57a")).toThrow(RangeError);
    expect(isDammValid("")).toBe(false);
  });

  // Single-digit prefixes reach all ten interim states, so these loops cover the whole table.
  const prefixes = Array.from({ length: 10 }, (_, d) => String(d));

  it("sends different digits to different states from every state (single errors)", () => {
    for (const prefix of prefixes) {
      const next = new Set(prefixes.map((d) => dammCheckDigit(prefix + d)));
      expect(next.size).toBe(10);
    }
  });

  it("distinguishes ab from ba from every state (adjacent transpositions)", () => {
    for (const prefix of prefixes) {
      for (const a of prefixes) {
        for (const b of prefixes) {
          if (a !== b)
            expect(dammCheckDigit(prefix + a + b), `${prefix}|${a}${b}`).not.toBe(dammCheckDigit(prefix + b + a));
        }
      }
    }
  });
});

describe("formatDisputeCode", () => {
  it("builds the compact canonical code", () => {
    expect(formatDisputeCode({ region: "330122", year: 2026, sequence: 123 })).toBe(SAMPLE);
  });

  it("zero-pads year and sequence", () => {
    const code = formatDisputeCode({ region: "330903", year: 2005, sequence: 7 });
    expect(code).toMatch(/^33090305000007\d$/);
    expect(formatDisputeCode({ region: "330922", year: 2099, sequence: 999_999 })).toMatch(/^33092299999999\d$/);
  });

  it("always produces a code that passes its own check", () => {
    for (let sequence = 1; sequence <= 2000; sequence += 37) {
      expect(isDammValid(formatDisputeCode({ region: "330523", year: 2026, sequence }))).toBe(true);
    }
  });

  it.each([
    [{ region: "330100", year: 2026, sequence: 1 }, /county/], // prefecture, not county
    [{ region: "33012", year: 2026, sequence: 1 }, /county/],
    [{ region: "990122", year: 2026, sequence: 1 }, /county/],
    [{ region: "330122", year: 1999, sequence: 1 }, /year/],
    [{ region: "330122", year: 2100, sequence: 1 }, /year/],
    [{ region: "330122", year: 26, sequence: 1 }, /year/],
    [{ region: "330122", year: 2026, sequence: 0 }, /sequence/],
    [{ region: "330122", year: 2026, sequence: 1_000_000 }, /sequence/],
    [{ region: "330122", year: 2026, sequence: 1.5 }, /sequence/],
  ])("rejects %o", (parts, message) => {
    expect(() => formatDisputeCode(parts)).toThrow(message);
  });
});

describe("displayDisputeCode", () => {
  it("groups the code for reading over the phone", () => {
    expect(displayDisputeCode(SAMPLE)).toBe("330122-26-000123-1");
  });

  it("accepts any input parseDisputeCode accepts", () => {
    expect(displayDisputeCode(" 330122 26 000123 1 ")).toBe("330122-26-000123-1");
  });

  it("refuses an invalid code", () => {
    expect(() => displayDisputeCode("330122260001232")).toThrow(/CHECK_DIGIT/);
  });
});

describe("parseDisputeCode", () => {
  const expected = { ok: true, value: SAMPLE, code: SAMPLE, region: "330122", year: 2026, sequence: 123 };

  it.each([
    SAMPLE,
    "330122-26-000123-1",
    "330122 26 000123 1",
    " 330122-26 000123-1 ",
    "３３０１２２－２６－０００１２３－１", // full-width digits and hyphens
    "330122—26—000123—1", // em dashes from a Chinese IME
    "330122‐26‐000123‐1", // Unicode hyphen
    "330122\u300026\u3000000123\u30001", // ideographic spaces
  ])("reads %s", (input) => {
    expect(parseDisputeCode(input)).toEqual(expected);
  });

  it("round-trips formatDisputeCode", () => {
    for (const parts of [
      { region: "330903", year: 2018, sequence: 45_000 },
      { region: "330681", year: 2000, sequence: 1 },
      { region: "330111", year: 2099, sequence: 999_999 },
    ]) {
      expect(parseDisputeCode(formatDisputeCode(parts))).toMatchObject({ ok: true, ...parts });
    }
  });

  it.each([
    ["", "EMPTY"],
    [" - ", "EMPTY"],
    ["33012226000123", "FORMAT"],
    ["3301222600012311", "FORMAT"],
    ["33012226000123X", "FORMAT"],
    ["330122/26/000123/1", "FORMAT"],
    ["330122260001232", "CHECK_DIGIT"],
  ])("rejects %s by %s", (input, reason) => {
    expect(reasonOf(input)).toBe(reason);
  });

  it("rejects a well-checked code whose region is not a county or whose sequence is 0", () => {
    const withCheck = (body: string): string => body + dammCheckDigit(body);
    expect(reasonOf(withCheck("33010026000123"))).toBe("FORMAT");
    expect(reasonOf(withCheck("99012226000123"))).toBe("FORMAT");
    expect(reasonOf(withCheck("33012226000000"))).toBe("FORMAT");
  });

  it("catches every single-digit error in the sample code", () => {
    let mutations = 0;
    for (let i = 0; i < SAMPLE.length; i++) {
      for (const digit of "0123456789") {
        if (digit === SAMPLE[i]) continue;
        const mutated = SAMPLE.slice(0, i) + digit + SAMPLE.slice(i + 1);
        expect(reasonOf(mutated), mutated).toBe("CHECK_DIGIT");
        mutations++;
      }
    }
    expect(mutations).toBe(15 * 9);
  });

  it("catches every adjacent transposition in the sample code", () => {
    let transpositions = 0;
    for (let i = 0; i < SAMPLE.length - 1; i++) {
      if (SAMPLE[i] === SAMPLE[i + 1]) continue;
      const swapped = SAMPLE.slice(0, i) + SAMPLE[i + 1] + SAMPLE[i] + SAMPLE.slice(i + 2);
      expect(reasonOf(swapped), swapped).toBe("CHECK_DIGIT");
      transpositions++;
    }
    expect(transpositions).toBeGreaterThan(5);
  });

  it("gives messages in Chinese and English", () => {
    const result = parseDisputeCode("330122260001232");
    expect(!result.ok && result.messageZh).toContain("解纷码");
    expect(!result.ok && result.messageEn).toContain("dispute code");
  });
});
