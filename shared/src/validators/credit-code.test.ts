import { describe, expect, it } from "vitest";
import { validateCreditCode } from "./credit-code.js";

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** Independent GB 32100 check character, to build test vectors. */
function withCheck(first17: string): string {
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = weights.reduce((acc, w, i) => acc + w * ALPHABET.indexOf(first17[i]!), 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

const reasonOf = (input: string): string => {
  const result = validateCreditCode(input);
  return result.ok ? "OK" : result.reason;
};

describe("validateCreditCode", () => {
  // Published codes of real enterprises, each checked with withCheck below.
  it.each([
    "91330100799655058B",
    "91330106673959654P",
    "91330000142916567N",
    "91440300708461136T",
    "914403001922038216",
    "91110108551385082Q",
    "91110000100010433L",
  ])("accepts the published code %s", (code) => {
    expect(withCheck(code.slice(0, 17))).toBe(code);
    expect(reasonOf(code)).toBe("OK");
  });

  it.each([
    "91330122MA2H3K7P1", // company registered in 桐庐县 since 2015 (MA… organisation part)
    "91330903MA2A1XK0Y", // company in 舟山市普陀区
    "52330523MJ9T1234A", // social organisation (民政, 5) in 安吉县
    "12330000470000123", // public institution (机构编制, 1) at provincial level
    "51100000500000123", // national social organisation, region 100000
  ])("accepts the code built from %s with its computed check character", (first17) => {
    expect(reasonOf(withCheck(first17))).toBe("OK");
  });

  it("returns the region and the former organisation code", () => {
    const result = validateCreditCode("91330100799655058B");
    expect(result).toEqual({
      ok: true,
      value: "91330100799655058B",
      regionCode: "330100",
      organisationCode: "799655058",
    });
  });

  it("normalises to uppercase and drops spaces", () => {
    const code = withCheck("91330122MA2H3K7P1");
    const result = validateCreditCode(` ${code.slice(0, 9).toLowerCase()} ${code.slice(9).toLowerCase()} `);
    expect(result.ok && result.value).toBe(code);
  });

  it("rejects empty input", () => {
    expect(reasonOf("")).toBe("EMPTY");
  });

  it.each(["91330100799655058", "91330100799655058BB", "330100799655058"])("rejects %s by LENGTH", (code) => {
    expect(reasonOf(code)).toBe("LENGTH");
  });

  it.each(["I", "O", "S", "V", "Z", "-", "*"])("rejects the character %s by FORMAT", (char) => {
    expect(reasonOf(`91330100${char}99655058B`)).toBe("FORMAT");
  });

  it.each(["913301A0799655058", "91000000799655058", "91990000799655058", "91200000799655058"])(
    "rejects %s… by REGION (characters 3–8)",
    (first17) => {
      expect(reasonOf(withCheck(first17))).toBe("REGION");
    },
  );

  it("rejects a wrong check character by CHECK_DIGIT", () => {
    expect(reasonOf("91330100799655058C")).toBe("CHECK_DIGIT");
  });

  it("catches every single-character substitution in a valid code", () => {
    const valid = "91330100799655058B";
    for (let i = 0; i < valid.length; i++) {
      for (const char of ALPHABET) {
        if (char === valid[i]) continue;
        const mutated = valid.slice(0, i) + char + valid.slice(i + 1);
        expect(validateCreditCode(mutated).ok, mutated).toBe(false);
      }
    }
  });

  it("gives messages in Chinese and English", () => {
    const result = validateCreditCode("91330100799655058C");
    expect(!result.ok && result.messageZh).toContain("校验位");
    expect(!result.ok && result.messageEn).toContain("check character");
  });
});
