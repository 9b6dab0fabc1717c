import { isLocalDate, toLocalDate, type LocalDate } from "../clock/local-date.js";
import { compactInput } from "./normalise.js";
import { isProvinceCode } from "./region-code.js";
import { invalid, type ValidationResult } from "./result.js";

/** GB 11643 check: weights 2^(17-i) mod 11 for the 17 body digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";
const EARLIEST_BIRTH_DATE = "1900-01-01";

export type Sex = "male" | "female";

export interface ResidentIdDetails {
  /** Birth date encoded in the number, "YYYY-MM-DD". */
  birthDate: LocalDate;
  /** From the sequence code: odd = male, even = female. */
  sex: Sex;
  /** The 6-digit region of first registration; it may since have been abolished. */
  regionCode: string;
  /** A 15-digit number from before 1999: no check digit, two-digit year 19yy. */
  legacy: boolean;
}

export interface ResidentIdOptions {
  /** "Today" for the not-in-the-future check; defaults to the current time. */
  now?: Date;
}

export type ResidentIdResult = ValidationResult<string, ResidentIdDetails>;

function checkChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return CHECK_CHARS[sum % 11]!;
}

/**
 * A resident identity card number (居民身份证号码, GB 11643): 18 characters, or a
 * legacy 15-digit number. A lowercase x check character is accepted and stored as X.
 */
export function validateResidentId(input: string, options: ResidentIdOptions = {}): ResidentIdResult {
  const id = compactInput(input).toUpperCase();
  if (id === "") return invalid("EMPTY", "请填写身份证号码", "Resident ID number is required");
  if (id.length !== 18 && id.length !== 15) {
    return invalid(
      "LENGTH",
      "身份证号码应为18位（旧证为15位）",
      "Resident ID number must have 18 characters (15 for an old card)",
    );
  }
  const legacy = id.length === 15;
  if (!(legacy ? /^\d{15}$/ : /^\d{17}[\dX]$/).test(id)) {
    return invalid(
      "FORMAT",
      legacy ? "15位身份证号码应全部为数字" : "身份证号码前17位应为数字，末位为数字或X",
      legacy ? "A 15-digit resident ID must be all digits" : "Resident ID must be 17 digits followed by a digit or X",
    );
  }

  const regionCode = id.slice(0, 6);
  // 83 is the Taiwan code used on residence permits for Taiwan residents (台湾居民居住证).
  const province = regionCode.slice(0, 2);
  if (!isProvinceCode(province) && province !== "83") {
    return invalid("REGION", "身份证号码的地区码无效", "The region code in the resident ID is not valid");
  }

  const birthDate = legacy
    ? `19${id.slice(6, 8)}-${id.slice(8, 10)}-${id.slice(10, 12)}`
    : `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const today = toLocalDate(options.now ?? new Date());
  if (!isLocalDate(birthDate) || birthDate < EARLIEST_BIRTH_DATE || birthDate > today) {
    return invalid("BIRTH_DATE", "身份证号码中的出生日期无效", "The birth date in the resident ID is not a valid date");
  }

  if (!legacy && checkChar(id) !== id[17]) {
    return invalid(
      "CHECK_DIGIT",
      "身份证号码校验位不正确，请核对",
      "The resident ID check character is wrong; please check the number",
    );
  }

  const sequenceLastDigit = Number(id[legacy ? 14 : 16]);
  return { ok: true, value: id, birthDate, sex: sequenceLastDigit % 2 === 1 ? "male" : "female", regionCode, legacy };
}

/**
 * The 18-character form of a legacy 15-digit number: insert "19" before the year and
 * append the check character. A valid 18-character number is returned as it is, so
 * a whole column of old data can be passed through.
 */
export function upgradeLegacyResidentId(input: string, options: ResidentIdOptions = {}): ResidentIdResult {
  const result = validateResidentId(input, options);
  if (!result.ok || !result.legacy) return result;
  const first17 = `${result.value.slice(0, 6)}19${result.value.slice(6)}`;
  return validateResidentId(first17 + checkChar(first17), options);
}
