import { describe, expect, it } from "vitest";
import { upgradeLegacyResidentId, validateResidentId } from "./resident-id.js";

/** Independent GB 11643 check character, to build test vectors. */
function withCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + "10X98765432"[sum % 11];
}

const now = new Date("2026-06-01T12:00:00+08:00");

function reasonOf(input: string): string {
  const result = validateResidentId(input, { now });
  return result.ok ? "OK" : result.reason;
}

describe("validateResidentId: 18-character numbers", () => {
  it("accepts the GB 11643 example and reads birth date, sex and region", () => {
    const result = validateResidentId("11010519491231002X", { now });
    expect(result).toEqual({
      ok: true,
      value: "11010519491231002X",
      birthDate: "1949-12-31",
      sex: "female",
      regionCode: "110105",
      legacy: false,
    });
  });

  it("matches the independently computed check characters", () => {
    expect(withCheck("11010519491231002")).toBe("11010519491231002X");
    expect(withCheck("33012219900101123")).toBe("33012219900101123X");
    expect(withCheck("33090319850715002")).toBe("330903198507150026");
  });

  it("reads an odd sequence as male and an even one as female", () => {
    const male = validateResidentId(withCheck("33012219900101123"), { now });
    const female = validateResidentId(withCheck("33090319850715002"), { now });
    expect(male.ok && male.sex).toBe("male");
    expect(female.ok && female.sex).toBe("female");
    expect(female.ok && female.birthDate).toBe("1985-07-15");
  });

  it("accepts lowercase x and normalises it to X", () => {
    const result = validateResidentId("11010519491231002x", { now });
    expect(result.ok && result.value).toBe("11010519491231002X");
  });

  it("drops spaces and converts full-width characters typed with a Chinese input method", () => {
    expect(validateResidentId(" 110105 19491231 002X ", { now }).ok).toBe(true);
    const fullWidth = validateResidentId("１１０１０５１９４９１２３１００２ｘ", { now });
    expect(fullWidth.ok && fullWidth.value).toBe("11010519491231002X");
  });

  it("rejects empty input", () => {
    expect(reasonOf("   ")).toBe("EMPTY");
  });

  it.each(["1101051949123100", "11010519491231002", "11010519491231002X1", "1234567890123456"])(
    "rejects %s by LENGTH",
    (id) => {
      expect(reasonOf(id)).toBe("LENGTH");
    },
  );

  it.each(["1101051949123100XX", "A1010519491231002X", "110105194912310-2X", "11010519491231002Y"])(
    "rejects %s by FORMAT",
    (id) => {
      expect(reasonOf(id)).toBe("FORMAT");
    },
  );

  it.each(["00010519491231002", "99010519491231002", "10010519491231002", "90010519491231002"])(
    "rejects province %s… by REGION",
    (first17) => {
      expect(reasonOf(withCheck(first17))).toBe("REGION");
    },
  );

  it("accepts province codes 81/82 (Hong Kong, Macao) and 83 (Taiwan residence permits)", () => {
    for (const prefix of ["810000", "820000", "830000"]) expect(reasonOf(withCheck(`${prefix}19900101123`))).toBe("OK");
  });

  it.each([
    ["33012219900230123", "30 February"],
    ["33012219901301123", "month 13"],
    ["33012219990229123", "29 February in a common year"],
    ["44052418800101001", "born before 1900"],
    ["33012220260602123", "tomorrow"],
    ["33012230000101123", "far future"],
  ])("rejects %s by BIRTH_DATE (%s)", (first17) => {
    expect(reasonOf(withCheck(first17))).toBe("BIRTH_DATE");
  });

  it("rejects the GB 11643 example born in 1880 by BIRTH_DATE although its check digit is right", () => {
    expect(reasonOf("440524188001010014")).toBe("BIRTH_DATE");
  });

  it("accepts the boundary dates 1900-01-01, 29 February of a leap year and today", () => {
    expect(reasonOf(withCheck("33012219000101123"))).toBe("OK");
    expect(reasonOf(withCheck("33012219960229123"))).toBe("OK");
    expect(reasonOf(withCheck("33012220260601123"))).toBe("OK");
  });

  it("rejects a wrong check character by CHECK_DIGIT", () => {
    expect(reasonOf("110105194912310021")).toBe("CHECK_DIGIT");
    expect(reasonOf("330122199001011234")).toBe("CHECK_DIGIT");
  });

  it("catches every single-character substitution in a valid number", () => {
    const valid = withCheck("33012219900101123");
    for (let i = 0; i < valid.length; i++) {
      for (const char of "0123456789X") {
        if (char === valid[i] || (i < 17 && char === "X")) continue;
        const mutated = valid.slice(0, i) + char + valid.slice(i + 1);
        expect(validateResidentId(mutated, { now }).ok, mutated).toBe(false);
      }
    }
  });

  it("defaults the not-in-the-future check to the current time", () => {
    expect(validateResidentId(withCheck("33012230000101123")).ok).toBe(false);
    expect(validateResidentId("11010519491231002X").ok).toBe(true);
  });
});

describe("validateResidentId: legacy 15-digit numbers", () => {
  it("accepts a 15-digit number as 19yy and marks it legacy", () => {
    expect(validateResidentId("110105491231002", { now })).toEqual({
      ok: true,
      value: "110105491231002",
      birthDate: "1949-12-31",
      sex: "female",
      regionCode: "110105",
      legacy: true,
    });
    const male = validateResidentId("330122900101123", { now });
    expect(male.ok && male.sex).toBe("male");
  });

  it("checks structure, region and date", () => {
    expect(reasonOf("11010549123100X")).toBe("FORMAT");
    expect(reasonOf("990105491231002")).toBe("REGION");
    expect(reasonOf("110105490230002")).toBe("BIRTH_DATE");
    expect(reasonOf("110105491301002")).toBe("BIRTH_DATE");
  });
});

describe("upgradeLegacyResidentId", () => {
  it("inserts 19 and appends the check character", () => {
    const result = upgradeLegacyResidentId("110105491231002", { now });
    expect(result).toMatchObject({ ok: true, value: "11010519491231002X", legacy: false, birthDate: "1949-12-31" });
    const zhejiang = upgradeLegacyResidentId("330122900101123", { now });
    expect(zhejiang.ok && zhejiang.value).toBe("33012219900101123X");
  });

  it("passes a valid 18-character number through unchanged", () => {
    const result = upgradeLegacyResidentId("11010519491231002x", { now });
    expect(result.ok && result.value).toBe("11010519491231002X");
  });

  it("returns the failure for an invalid number", () => {
    const result = upgradeLegacyResidentId("110105490230002", { now });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe("BIRTH_DATE");
    expect(!result.ok && result.messageZh).toContain("出生日期");
    expect(!result.ok && result.messageEn).toContain("birth date");
  });
});
