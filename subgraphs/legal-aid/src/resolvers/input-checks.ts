// Field checks shared by this department's mutations: every problem reported at once, in Chinese and English.
import type { InputProblems } from "@onedoor/shared/graphql/errors";
import { validateText } from "@onedoor/shared/validators/index";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkText(
  problems: InputProblems,
  field: (string | number)[],
  value: string,
  zh: string,
  en: string,
  max: number,
  multiline = false,
): string | undefined {
  return problems.check(field, validateText(value, { field: { zh, en }, min: 1, max, multiline }));
}

export function checkOptionalText(
  problems: InputProblems,
  field: (string | number)[],
  value: string | null | undefined,
  zh: string,
  en: string,
  max: number,
): string | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  return checkText(problems, field, value, zh, en, max) ?? null;
}

export function checkDisputeCode(
  problems: InputProblems,
  field: (string | number)[],
  value: string | null | undefined,
): string | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  return problems.check(field, parseDisputeCode(value)) ?? null;
}

export function checkUuid(
  problems: InputProblems,
  field: (string | number)[],
  value: string | null | undefined,
  zh: string,
): string | null {
  if (value === null || value === undefined) return null;
  if (!UUID.test(value)) {
    problems.add(field, "FORMAT", `${zh}编号格式不正确`, `${field.at(-1)} must be a UUID`);
    return null;
  }
  return value.toLowerCase();
}

export function checkIntRange(
  problems: InputProblems,
  field: (string | number)[],
  value: number | null | undefined,
  min: number,
  max: number,
  zh: string,
): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.add(field, "FORMAT", `${zh}应在${min}至${max}之间`, `${field.at(-1)} must be between ${min} and ${max}`);
    return null;
  }
  return value;
}
