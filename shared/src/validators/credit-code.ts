import { compactInput } from "./normalise.js";
import { isProvinceCode } from "./region-code.js";
import { invalid, type ValidationResult } from "./result.js";

/** GB 32100 alphabet: digits and capitals without I, O, S, V, Z (too easily misread). */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** 3^i mod 31 for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export interface CreditCodeDetails {
  /** Characters 3–8: region of the registering authority; 100000 for national registrations. */
  regionCode: string;
  /** Characters 9–17: the organisation's former organisation code (组织机构代码). */
  organisationCode: string;
}

function checkChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * ALPHABET.indexOf(first17[i]!), 0);
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** A unified social credit code (统一社会信用代码, GB 32100), normalised to uppercase. */
export function validateCreditCode(input: string): ValidationResult<string, CreditCodeDetails> {
  const code = compactInput(input).toUpperCase();
  if (code === "") return invalid("EMPTY", "请填写统一社会信用代码", "Unified social credit code is required");
  if (code.length !== 18)
    return invalid("LENGTH", "统一社会信用代码应为18位", "Unified social credit code must have 18 characters");
  if (![...code].every((char) => ALPHABET.includes(char))) {
    return invalid(
      "FORMAT",
      "统一社会信用代码只能包含数字和大写字母（不含I、O、S、V、Z）",
      "Unified social credit code may contain only digits and capital letters other than I, O, S, V, Z",
    );
  }
  const regionCode = code.slice(2, 8);
  // "10" marks codes issued by national authorities (region 100000).
  if (!/^\d{6}$/.test(regionCode) || !(isProvinceCode(regionCode.slice(0, 2)) || regionCode === "100000")) {
    return invalid(
      "REGION",
      "统一社会信用代码第3至8位应为行政区划代码",
      "Characters 3–8 of the credit code must be a region code",
    );
  }
  if (checkChar(code) !== code[17]) {
    return invalid(
      "CHECK_DIGIT",
      "统一社会信用代码校验位不正确，请核对",
      "The credit code check character is wrong; please check the code",
    );
  }
  return { ok: true, value: code, regionCode, organisationCode: code.slice(8, 17) };
}
