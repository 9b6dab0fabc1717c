// Errors every subgraph raises the same way, so clients can branch on `extensions.code`
// and show the Chinese message to residents and staff.
import { GraphQLError } from "graphql";
import type { ValidationFailure } from "../validators/result.js";
import { validateText } from "../validators/text.js";

export interface FieldProblem {
  /** Input path, e.g. ["input", "parties", 0, "residentId"]. */
  field: (string | number)[];
  reason: string;
  messageZh: string;
  messageEn: string;
}

/** BAD_USER_INPUT naming every field that is wrong (not just the first), in Chinese and English. */
export function badUserInput(problems: FieldProblem[]): GraphQLError {
  const first = problems[0];
  const summary = problems.map((p) => `${p.field.join(".")}: ${p.messageEn}`).join("; ");
  return new GraphQLError(`Invalid input: ${summary}`, {
    extensions: {
      code: "BAD_USER_INPUT",
      field: first?.field,
      messageZh: problems.map((p) => `${p.field.join(".")}：${p.messageZh}`).join("；"),
      messageEn: summary,
      problems,
    },
  });
}

/** Collects field problems during validation; `throwIfAny` raises one BAD_USER_INPUT with all of them. */
export class InputProblems {
  readonly problems: FieldProblem[] = [];

  /** Records a failed validation result; returns the value when it passed. */
  check<T>(field: (string | number)[], result: { ok: true; value: T } | ValidationFailure): T | undefined {
    if (result.ok) return result.value;
    this.problems.push({ field, reason: result.reason, messageZh: result.messageZh, messageEn: result.messageEn });
    return undefined;
  }

  add(field: (string | number)[], reason: string, messageZh: string, messageEn: string): void {
    this.problems.push({ field, reason, messageZh, messageEn });
  }

  /**
   * Free text, trimmed and NFC-normalised, at most `max` characters (at least `min`, default 1); returns it,
   * or "" after recording the problem (the caller throws with `throwIfAny` before using it).
   */
  text(
    field: (string | number)[],
    value: string,
    label: { zh: string; en: string },
    max: number,
    { min = 1, multiline = false }: { min?: number; multiline?: boolean } = {},
  ): string {
    return this.check(field, validateText(value, { field: label, min, max, multiline })) ?? "";
  }

  /** `text` for an optional field: absent stays absent. */
  optionalText(
    field: (string | number)[],
    value: string | null | undefined,
    label: { zh: string; en: string },
    max: number,
    options: { multiline?: boolean } = {},
  ): string | undefined {
    return value == null ? undefined : this.text(field, value, label, max, options);
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw badUserInput(this.problems);
  }
}

export function notFound(what: string, key: string, messageZh: string): GraphQLError {
  const messageEn = `${what} ${key} not found`;
  return new GraphQLError(messageEn, { extensions: { code: "NOT_FOUND", messageZh, messageEn } });
}

/** A retried or concurrent request collides with an earlier one (e.g. same idempotency key, other input). */
export function conflict(messageEn: string, messageZh: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(messageEn, { extensions: { code: "CONFLICT", messageZh, messageEn, ...details } });
}

/** The action is not allowed in the record's current state (state machine or legal clock). */
export function invalidState(
  messageEn: string,
  messageZh: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(messageEn, { extensions: { code: "INVALID_STATE", messageZh, messageEn, ...details } });
}

export function forbidden(messageEn: string, messageZh: string): GraphQLError {
  return new GraphQLError(messageEn, { extensions: { code: "FORBIDDEN", messageZh, messageEn } });
}

/** No valid sign-in: anonymous callers may only track a dispute by its code. */
export function unauthenticated(
  messageEn = "Sign in first: anonymous callers may only track a dispute by its code",
  messageZh = "请先登录：未登录仅可凭解纷码查询进度",
): GraphQLError {
  return new GraphQLError(messageEn, { extensions: { code: "UNAUTHENTICATED", messageZh, messageEn } });
}
