import { compactInput } from "./normalise.js";
import { invalid, type ValidationResult } from "./result.js";

export type PhoneDetails =
  | { kind: "mobile" }
  | {
      kind: "landline";
      /** Trunk-prefixed area code: "010", "021", "0571", "0580"… */
      areaCode: string;
      localNumber: string;
    };

const AREA_CODE_REQUIRED = invalid(
  "FORMAT",
  "固定电话请填写区号，如 0571-88888888",
  "A landline needs its area code, e.g. 0571-88888888",
);

/**
 * A mainland phone number: a mobile (1[3-9] + 9 digits) or a landline with area code.
 * Accepts +86 / 0086 / 86 prefixes and spaces, hyphens, dots and brackets as written
 * on forms. Normalised to "13812345678" or "0571-88888888".
 */
export function validatePhone(input: string): ValidationResult<string, PhoneDetails> {
  const compact = compactInput(input).replace(/[-.()]/g, "");
  if (compact === "") return invalid("EMPTY", "请填写电话号码", "Phone number is required");

  // A bare "86" is only read as the country code before a full mobile number; elsewhere it may be digits.
  const prefix = /^(\+86|0086)/.exec(compact)?.[0] ?? (/^861\d{10}$/.test(compact) ? "86" : "");
  let digits = compact.slice(prefix.length);
  if (!/^\d+$/.test(digits)) return invalid("FORMAT", "电话号码只能包含数字", "A phone number may contain only digits");
  // After a country code the trunk 0 of the area code is dropped: +86 571 … = 0571 …,
  // and Beijing's +86 10 … (10 digits) must not be mistaken for a mobile number.
  if (prefix !== "" && /^([2-9]|10\d{8}$)/.test(digits)) digits = `0${digits}`;

  if (digits.startsWith("1")) {
    if (digits.length !== 11) return invalid("LENGTH", "手机号码应为11位", "A mobile number must have 11 digits");
    if (!/^1[3-9]/.test(digits))
      return invalid("FORMAT", "手机号码应以13至19开头", "A mobile number must start with 13–19");
    return { ok: true, value: digits, kind: "mobile" };
  }
  if (!digits.startsWith("0")) return AREA_CODE_REQUIRED;

  // Only Beijing (010) and the 02x cities have 3-digit area codes; the others are 03xx–09xx.
  const areaCode = /^(010|02\d)/.test(digits) ? digits.slice(0, 3) : digits.slice(0, 4);
  if (!/^(010|02\d|0[3-9]\d\d)$/.test(areaCode)) {
    return invalid("FORMAT", "区号无效", "Not a valid area code");
  }
  const localNumber = digits.slice(areaCode.length);
  const allowedLengths = areaCode.length === 3 ? [8] : [7, 8];
  if (!allowedLengths.includes(localNumber.length)) {
    return invalid(
      "LENGTH",
      `区号 ${areaCode} 后的电话号码应为${allowedLengths.join("或")}位`,
      `After area code ${areaCode} the number must have ${allowedLengths.join(" or ")} digits`,
    );
  }
  if (!/^[2-9]/.test(localNumber))
    return invalid("FORMAT", "固定电话号码不能以0或1开头", "A landline number cannot start with 0 or 1");
  return { ok: true, value: `${areaCode}-${localNumber}`, kind: "landline", areaCode, localNumber };
}
