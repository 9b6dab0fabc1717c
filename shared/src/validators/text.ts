import { invalid, type ValidationResult } from "./result.js";

export interface TextRules {
  /** Field label for messages: one string for both languages, or a label per language. */
  field: string | { zh: string; en: string };
  /** Bounds in characters (Unicode code points) after trimming. */
  min: number;
  max: number;
  /** Allow line breaks and tabs (descriptions, case narratives). */
  multiline?: boolean;
}

/**
 * Control characters, lone surrogates, Unicode line/paragraph separators and
 * bidirectional overrides: none belongs in a form field, and the last can make a
 * stored name display differently from what it is.
 */
const FORBIDDEN = /[\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const FORBIDDEN_EXCEPT_LINE_BREAKS = /[\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069]|(?![\n\t])\p{Cc}/u;

/** Free text trimmed, NFC-normalised and measured in code points, so one Chinese character counts as one. */
export function validateText(value: string, rules: TextRules): ValidationResult<string, { length: number }> {
  const label = typeof rules.field === "string" ? { zh: rules.field, en: rules.field } : rules.field;
  const text = (rules.multiline ? value.replace(/\r\n?/g, "\n") : value).normalize("NFC").trim();
  if (text === "" && rules.min > 0) return invalid("EMPTY", `请填写${label.zh}`, `${label.en} is required`);
  if ((rules.multiline ? FORBIDDEN_EXCEPT_LINE_BREAKS : FORBIDDEN).test(text)) {
    return invalid(
      "CONTROL_CHARACTER",
      `${label.zh}含有不可见的控制字符`,
      `${label.en} contains invisible control characters`,
    );
  }
  const length = [...text].length;
  if (length < rules.min || length > rules.max) {
    return invalid(
      "LENGTH",
      `${label.zh}应为${rules.min}至${rules.max}个字（当前${length}个）`,
      `${label.en} must be ${rules.min} to ${rules.max} characters (now ${length})`,
    );
  }
  return { ok: true, value: text, length };
}
