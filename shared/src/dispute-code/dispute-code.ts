import { isProvinceCode } from "../validators/region-code.js";
import { invalid, type ValidationResult } from "../validators/result.js";
import { dammCheckDigit, isDammValid } from "./damm.js";

/**
 * 解纷码: the one code a matter keeps for life (一案一码). 15 digits:
 * 6-digit county region code + 2-digit year + 6-digit sequence + Damm check digit.
 * Digits only, so it can be read over the phone and typed on any keypad.
 */
export interface DisputeCodeParts {
  /** GB/T 2260 code of the county-level unit that registered the matter. */
  region: string;
  /** Full year of registration, 2000–2099. */
  year: number;
  /** Per county and year, 1–999999. */
  sequence: number;
}

export type DisputeCodeResult = ValidationResult<string, DisputeCodeParts & { code: string }>;

const isCountyCode = (region: string): boolean =>
  /^\d{6}$/.test(region) && isProvinceCode(region.slice(0, 2)) && !region.endsWith("00");

/** Canonical compact form, e.g. { region: "330122", year: 2026, sequence: 123 } → "330122260001231". */
export function formatDisputeCode({ region, year, sequence }: DisputeCodeParts): string {
  if (!isCountyCode(region))
    throw new RangeError(`Dispute code region must be a 6-digit county-level code, got "${region}"`);
  if (!Number.isInteger(year) || year < 2000 || year > 2099)
    throw new RangeError(`Dispute code year must be 2000–2099, got ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) {
    throw new RangeError(`Dispute code sequence must be 1–999999, got ${sequence}`);
  }
  const body = `${region}${String(year % 100).padStart(2, "0")}${String(sequence).padStart(6, "0")}`;
  return body + dammCheckDigit(body);
}

/**
 * Hyphens and dashes people type between groups: ASCII, Unicode hyphens and dashes
 * (a Chinese IME gives "—"), minus. Full-width forms are folded to ASCII by NFKC first.
 */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;

/** Accepts the code with or without separators, spaces and full-width characters. */
export function parseDisputeCode(input: string): DisputeCodeResult {
  const code = input.normalize("NFKC").replace(SEPARATORS, "");
  if (code === "") return invalid("EMPTY", "请填写解纷码", "Dispute code is required");
  if (!/^\d{15}$/.test(code)) return invalid("FORMAT", "解纷码应为15位数字", "A dispute code has 15 digits");
  // Check the digit before the structure, so a mistyped digit is reported as such.
  if (!isDammValid(code)) {
    return invalid(
      "CHECK_DIGIT",
      "解纷码有误，请逐位核对",
      "The dispute code does not check out; please read it again digit by digit",
    );
  }
  const region = code.slice(0, 6);
  const sequence = Number(code.slice(8, 14));
  if (!isCountyCode(region) || sequence === 0) {
    return invalid(
      "FORMAT",
      "解纷码的地区或序号部分无效",
      "The region or sequence part of the dispute code is not valid",
    );
  }
  return { ok: true, value: code, code, region, year: 2000 + Number(code.slice(6, 8)), sequence };
}

/** Grouped for reading aloud: "330122-26-000123-1". Throws RangeError for an invalid code. */
export function displayDisputeCode(code: string): string {
  const parsed = parseDisputeCode(code);
  if (!parsed.ok) throw new RangeError(`Not a valid dispute code: "${code}" (${parsed.reason})`);
  const c = parsed.code;
  return `${c.slice(0, 6)}-${c.slice(6, 8)}-${c.slice(8, 14)}-${c.slice(14)}`;
}
