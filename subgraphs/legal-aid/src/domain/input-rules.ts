// What this department's forms accept beyond what every argument gets from its GraphQL type: ranges of
// numbers, dispute codes, licence numbers and dates. Each rule answers like the shared validators do.
import { checkInt } from "@onedoor/shared/graphql/input-bounds";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import { toLocalDate } from "@onedoor/shared/clock/index";
import { invalid, type ValidationResult } from "@onedoor/shared/validators/result";
import { fenOf } from "./money.js";

/** An optional value: absent passes as null; otherwise `rule` decides. */
export function optional<T, R>(
  value: T | null | undefined,
  rule: (value: T) => ValidationResult<R>,
): ValidationResult<R | null> {
  return value === null || value === undefined ? { ok: true, value: null } : rule(value);
}

export const householdSize = (value: number) =>
  checkInt(value, { zh: "家庭人口数", en: "Household size" }, { min: 1, max: 30 });

/** 家庭人均月收入 in yuan (the Money scalar's "1383.00"), as whole fen: at most one million yuan a month. */
export const incomePerHead = (value: string) =>
  checkInt(
    fenOf(value),
    { zh: "家庭人均月收入（分）", en: "Monthly income per head (fen)" },
    { min: 0, max: 100_000_000 },
  );

export const workMinutes = (value: number) =>
  checkInt(value, { zh: "用时（分钟）", en: "Minutes" }, { min: 1, max: 24 * 60 });

export const maxOpenCases = (value: number) =>
  checkInt(value, { zh: "在办案件上限", en: "Most open cases" }, { min: 1, max: 100 });

/** 解纷码, when one is given: blank counts as none. */
export function optionalDisputeCode(value: string | null | undefined): ValidationResult<string | null> {
  return value === null || value === undefined || value.trim() === ""
    ? { ok: true, value: null }
    : parseDisputeCode(value);
}

/** 执业证号: 17 digits (lawyers' and grassroots legal workers' licence numbers). */
export function licenseNumber(value: string): ValidationResult<string> {
  return /^\d{17}$/.test(value)
    ? { ok: true, value }
    : invalid("FORMAT", "执业证号应为17位数字", "A licence number has 17 digits");
}

/** A roster belongs to a county: its region code has 6 digits. */
export function countyCode(value: string): ValidationResult<string> {
  return value.length === 6
    ? { ok: true, value }
    : invalid("FORMAT", "请填写6位县级行政区划代码", "Give the 6-digit county code");
}

/** The Legal Aid Law took effect on 2022-01-01: no eligibility rules apply before. */
export function underLegalAidLaw(on: Date): ValidationResult<Date> {
  return !Number.isNaN(on.getTime()) && toLocalDate(on) >= "2022-01-01"
    ? { ok: true, value: on }
    : invalid(
        "RANGE",
        "日期须在《法律援助法》施行（2022年1月1日）之后",
        "on must be on or after 2022-01-01, when the Legal Aid Law took effect",
      );
}
