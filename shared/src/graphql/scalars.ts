// The graph's two value scalars besides DateTimeISO: one for money, one for a calendar day. Every subgraph
// declares its fields with these, so a client reads amounts and days the same way in every department.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { checkLocalDate } from "./input-bounds.js";
import type { LocalDate } from "../clock/local-date.js";

/**
 * Yuan with at most two decimals, up to what `Decimal(14, 2)` columns hold (under 1 trillion yuan).
 * A sign is allowed only where a field says so (a refund); the scalar itself accepts it.
 */
const MONEY = /^-?(0|[1-9]\d{0,11})(\.\d{1,2})?$/;

function badScalar(value: unknown, zh: string, en: string): GraphQLError {
  const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : typeof value;
  return new GraphQLError(`${en} (got ${shown})`, {
    extensions: { code: "BAD_USER_INPUT", reason: "FORMAT", messageZh: zh, messageEn: en },
  });
}

/** Normalises to two decimals ("126000" → "126000.00"); throws BAD_USER_INPUT when it is not an amount. */
export function parseMoney(value: unknown): string {
  if (typeof value !== "string" || !MONEY.test(value))
    throw badScalar(
      value,
      '金额应为以元为单位的十进制字符串，最多两位小数，如 "126000.00"',
      'An amount is a decimal string in yuan with at most two decimals, e.g. "126000.00"',
    );
  const [whole, cents = ""] = value.split(".");
  const normalised = `${whole}.${cents.padEnd(2, "0")}`;
  return normalised === "-0.00" ? "0.00" : normalised;
}

/** A stored amount (Prisma's Decimal, a string, or integer fen as bigint) as the scalar's string. */
export function formatMoney(value: unknown): string {
  if (typeof value === "bigint") {
    const negative = value < 0n;
    const fen = negative ? -value : value;
    const text = `${fen / 100n}.${String(fen % 100n).padStart(2, "0")}`;
    return negative && fen !== 0n ? `-${text}` : text;
  }
  if (typeof value === "number") {
    if (!Number.isSafeInteger(Math.round(value * 100))) throw new TypeError(`Money: ${value} is not an amount`);
    return formatMoney(BigInt(Math.round(value * 100)));
  }
  // Prisma's Decimal (decimal.js) prints exact digits with toFixed.
  if (value !== null && typeof value === "object" && "toFixed" in value && typeof value.toFixed === "function")
    return parseMoney(String((value as { toFixed(digits: number): string }).toFixed(2)));
  if (typeof value === "string") return parseMoney(value);
  throw new TypeError(`Money: cannot serialise ${typeof value}`);
}

/** Yuan as an exact decimal string, so a client never rounds through a float or overflows 32-bit fen. */
export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: "Money",
  description:
    '金额（元）：以元为单位的十进制字符串，两位小数，如 "126000.00"。An amount in yuan (CNY) as an exact decimal string with two decimals, never a float or integer fen.',
  serialize: formatMoney,
  parseValue: parseMoney,
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING)
      throw badScalar(ast.kind, '金额应为字符串，如 "126000.00"', 'An amount is a string, e.g. "126000.00"');
    return parseMoney(ast.value);
  },
});

function parseLocalDate(value: unknown): LocalDate {
  if (typeof value !== "string")
    throw badScalar(value, "日期应为 YYYY-MM-DD 格式的字符串", "A date is a YYYY-MM-DD string");
  const checked = checkLocalDate(value, { zh: "日期", en: "A date" });
  if (!checked.ok) throw badScalar(value, checked.messageZh, checked.messageEn);
  return checked.value;
}

/** A day on China's wall calendar ("YYYY-MM-DD"); a deadline counted in days is one of these, not an instant. */
export const LocalDateScalar = new GraphQLScalarType<LocalDate, LocalDate>({
  name: "LocalDate",
  description:
    "日期（北京时间）：YYYY-MM-DD。A calendar day in China Standard Time, YYYY-MM-DD; an instant is a DateTimeISO.",
  serialize(value) {
    if (value instanceof Date) throw new TypeError("LocalDate: pass the day as YYYY-MM-DD, not a Date");
    return parseLocalDate(value);
  },
  parseValue: parseLocalDate,
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING)
      throw badScalar(ast.kind, "日期应为 YYYY-MM-DD 格式的字符串", "A date is a YYYY-MM-DD string");
    return parseLocalDate(ast.value);
  },
});
