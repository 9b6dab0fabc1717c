import { describe, expect, it } from "vitest";
import { validatePhone } from "./phone.js";

const reasonOf = (input: string): string => {
  const result = validatePhone(input);
  return result.ok ? "OK" : result.reason;
};

describe("validatePhone: mobile numbers", () => {
  it.each([
    "13812345678",
    "138 1234 5678",
    "138-1234-5678",
    "+86 138 1234 5678",
    "+8613812345678",
    "0086 13812345678",
    "86-138-1234-5678",
    "8613812345678",
    "１３８１２３４５６７８",
    "(+86) 138.1234.5678",
  ])("normalises %s to 13812345678", (input) => {
    expect(validatePhone(input)).toEqual({ ok: true, value: "13812345678", kind: "mobile" });
  });

  it.each(["13012345678", "15912345678", "16612345678", "17712345678", "18812345678", "19912345678"])(
    "accepts %s",
    (input) => {
      expect(reasonOf(input)).toBe("OK");
    },
  );

  it.each([
    ["12012345678", "FORMAT"],
    ["11012345678", "FORMAT"],
    ["1381234567", "LENGTH"],
    ["138123456789", "LENGTH"],
    ["+86 138123456789", "LENGTH"],
    ["138-1234-567a", "FORMAT"],
    ["+1 138 1234 5678", "FORMAT"],
    ["", "EMPTY"],
    [" - ", "EMPTY"],
  ])("rejects %s by %s", (input, reason) => {
    expect(reasonOf(input)).toBe(reason);
  });
});

describe("validatePhone: landlines", () => {
  it.each([
    ["0571-88888888", "0571", "88888888"],
    ["0571 8888 8888", "0571", "88888888"],
    ["057188888888", "0571", "88888888"],
    ["(0571)88888888", "0571", "88888888"],
    ["0580-2345678", "0580", "2345678"],
    ["05802345678", "0580", "2345678"],
    ["010-62345678", "010", "62345678"],
    ["021 6234 5678", "021", "62345678"],
    ["+86 571 8888 8888", "0571", "88888888"],
    ["+86 (0)571 88888888", "0571", "88888888"],
    ["0086-10-62345678", "010", "62345678"],
  ])("reads %s as area code %s and number %s", (input, areaCode, localNumber) => {
    expect(validatePhone(input)).toEqual({
      ok: true,
      value: `${areaCode}-${localNumber}`,
      kind: "landline",
      areaCode,
      localNumber,
    });
  });

  it.each([
    ["88888888", "FORMAT"], // no area code
    ["86123456", "FORMAT"], // "86" here is not a country code
    ["0123-4567890", "FORMAT"], // 01x other than 010 is not an area code
    ["0001-2345678", "FORMAT"],
    ["010-6234567", "LENGTH"], // 3-digit area codes take 8-digit numbers
    ["0571-888888888", "LENGTH"],
    ["0571-888888", "LENGTH"],
    ["0571-08888888", "FORMAT"], // local numbers do not start with 0 or 1
    ["0571-18888888", "FORMAT"],
  ])("rejects %s by %s", (input, reason) => {
    expect(reasonOf(input)).toBe(reason);
  });

  it("asks for the area code in both languages", () => {
    const result = validatePhone("2345678");
    expect(!result.ok && result.messageZh).toContain("区号");
    expect(!result.ok && result.messageEn).toContain("area code");
  });
});
