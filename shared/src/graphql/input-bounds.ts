// Every value a caller sends is inside what the database and the clock code can hold, checked before
// any resolver starts a query: one place for dates, date-times, integers, ids and text, used by every
// subgraph (the `boundedArguments` middleware for what the GraphQL type says, the functions below for
// what only the resolver knows, e.g. that a String is a calendar date).
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLInputType,
} from "graphql";
import type { MiddlewareFn } from "type-graphql";
import { endOfLocalDay, isLocalDate, startOfLocalDay, type LocalDate } from "../clock/local-date.js";
import { invalid, type ValidationResult } from "../validators/result.js";
import { InputProblems } from "./errors.js";
import { recordKey } from "./node-id.js";

/**
 * The calendar the center works in. Wide enough for any birth date, limitation period or long
 * performance deadline, narrow enough that "same days last year", holiday calendars and deadlines a
 * few years on stay four-digit years and real dates.
 */
export const EARLIEST_DATE: LocalDate = "1900-01-01";
export const LATEST_DATE: LocalDate = "2199-12-31";
const EARLIEST_INSTANT = startOfLocalDay(EARLIEST_DATE).getTime();
const LATEST_INSTANT = endOfLocalDay(LATEST_DATE).getTime();

/** PostgreSQL `integer`; GraphQL's Int is the same 32 bits. */
export const PG_INT_MIN = -2_147_483_648;
export const PG_INT_MAX = 2_147_483_647;

/**
 * Longest value per kind, in characters, before any domain rule looks at it. Ids are UUIDs, 解纷码,
 * case numbers or party ids (well under 128); the longest free text a form takes is a few thousand
 * characters (a dispute's description, an agreement's terms).
 */
export const MAX_LENGTH = { id: 128, text: 10_000 } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Label = string | { zh: string; en: string };
const labelOf = (label: Label) => (typeof label === "string" ? { zh: label, en: label } : label);

/** A "YYYY-MM-DD" calendar day between EARLIEST_DATE and LATEST_DATE. */
export function checkLocalDate(value: string, label: Label): ValidationResult<LocalDate> {
  const { zh, en } = labelOf(label);
  if (!isLocalDate(value))
    return invalid("FORMAT", `${zh}应为 YYYY-MM-DD 格式的日期`, `${en} must be a date, YYYY-MM-DD`);
  if (value < EARLIEST_DATE || value > LATEST_DATE) return outOfCalendar(zh, en);
  return { ok: true, value };
}

/** An instant on a day between EARLIEST_DATE and LATEST_DATE (China time). */
export function checkInstant(value: Date, label: Label): ValidationResult<Date> {
  const { zh, en } = labelOf(label);
  const time = value.getTime();
  if (Number.isNaN(time)) return invalid("FORMAT", `${zh}不是有效的时间`, `${en} is not a valid date-time`);
  if (time < EARLIEST_INSTANT || time > LATEST_INSTANT) return outOfCalendar(zh, en);
  return { ok: true, value };
}

function outOfCalendar(zh: string, en: string) {
  return invalid(
    "RANGE",
    `${zh}应在 ${EARLIEST_DATE} 至 ${LATEST_DATE} 之间`,
    `${en} must be between ${EARLIEST_DATE} and ${LATEST_DATE}`,
  );
}

/** A whole number in [min, max] (by default PostgreSQL's `integer`). */
export function checkInt(
  value: number,
  label: Label,
  { min = PG_INT_MIN, max = PG_INT_MAX }: { min?: number; max?: number } = {},
): ValidationResult<number> {
  const { zh, en } = labelOf(label);
  if (!Number.isInteger(value) || value < min || value > max) {
    return invalid(
      "RANGE",
      `${zh}应为 ${min} 至 ${max} 之间的整数`,
      `${en} must be a whole number from ${min} to ${max}`,
    );
  }
  return { ok: true, value };
}

/** Whether a value can be a record id at all: a malformed one names no record and must not reach the database. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A record id (UUID). A malformed one can name no record: an input error, not a database error. */
export function checkUuid(value: string, label: Label): ValidationResult<string> {
  const { zh, en } = labelOf(label);
  if (!UUID.test(value)) return invalid("FORMAT", `${zh}格式不正确`, `${en} is not a valid id`);
  return { ok: true, value: value.toLowerCase() };
}

/**
 * A surrogate half without its partner: in Unicode mode a pair matches as one code point, so only lone
 * halves match. Such text is not well-formed UTF-16 and has no UTF-8 form (what `isWellFormed` checks).
 */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Text the database can store: well-formed Unicode (no lone surrogate, which PostgreSQL's UTF-8 cannot
 * hold and a driver would silently turn into U+FFFD), no NUL (PostgreSQL refuses it in text), at most
 * `max` characters.
 */
export function checkStorableText(value: string, label: Label, max: number): ValidationResult<string> {
  const { zh, en } = labelOf(label);
  if (value.includes("\u0000")) {
    return invalid("CONTROL_CHARACTER", `${zh}含有空字符（\\u0000）`, `${en} contains a NUL character (\\u0000)`);
  }
  if (LONE_SURROGATE.test(value)) {
    return invalid(
      "ENCODING",
      `${zh}含有无效的 Unicode 字符（不成对的代理项）`,
      `${en} is not valid Unicode (it contains a lone surrogate)`,
    );
  }
  // Code points, as validateText counts; UTF-16 length is an upper bound, so most values skip the count.
  if (value.length > max && [...value].length > max) {
    return invalid("LENGTH", `${zh}不能超过${max}个字`, `${en} must be at most ${max} characters`);
  }
  return { ok: true, value };
}

/**
 * The checks every argument gets from its GraphQL type, in every subgraph: ids and strings storable
 * and of sane length, date-times inside the calendar. Raises one BAD_USER_INPUT naming each bad field
 * (e.g. `input.claims.0.description`) before the resolver runs. Int needs no check here: GraphQL's Int
 * is PostgreSQL's integer; what a number means (a page size, days, fen) is checked where it is used.
 * An `ID` given as a node id reaches the resolver as its record's key (node-id.ts).
 */
export const boundedArguments: MiddlewareFn = ({ args, info }, next) => {
  const definitions = info.parentType.getFields()[info.fieldName]?.args;
  if (!definitions || definitions.length === 0) return next();
  // `node(id:)` reads the type from the id; every other field takes the record's key (node-id.ts).
  const keepNodeIds = info.parentType === info.schema.getQueryType() && info.fieldName === "node";
  const problems = new InputProblems();
  const values = args as Record<string, unknown>;
  for (const definition of definitions) {
    checkValue(problems, [definition.name], definition.type, values, definition.name, keepNodeIds);
  }
  problems.throwIfAny();
  return next();
};

/** Checks `holder[slot]` against `type`, and reads a node id given as an `ID` as its record's key, in place. */
function checkValue(
  problems: InputProblems,
  path: (string | number)[],
  type: GraphQLInputType,
  holder: Record<string, unknown> | unknown[],
  slot: string | number,
  keepNodeIds: boolean,
) {
  const value = (holder as Record<string | number, unknown>)[slot];
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (Array.isArray(value)) {
      const items = value as unknown[];
      items.forEach((_, i) => checkValue(problems, [...path, i], inner.ofType, items, i, keepNodeIds));
    }
    return;
  }
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    const object = value as Record<string, unknown>;
    for (const [name, field] of Object.entries(fields)) {
      checkValue(problems, [...path, name], field.type, object, name, keepNodeIds);
    }
    return;
  }
  const named = getNamedType(type);
  if (!isScalarType(named)) return;
  const label = String(path.at(-1));
  if (typeof value === "string") {
    const isId = named.name === "ID";
    problems.check(path, checkStorableText(value, label, isId ? MAX_LENGTH.id : MAX_LENGTH.text));
    if (isId && !keepNodeIds) (holder as Record<string | number, unknown>)[slot] = recordKey(value);
  } else if (value instanceof Date) {
    problems.check(path, checkInstant(value, label));
  }
}
