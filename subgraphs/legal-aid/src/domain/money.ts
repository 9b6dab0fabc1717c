// Amounts: yuan as exact decimal strings ("1383.00") on the graph and in Decimal(14,2) columns; the rules
// compute in whole fen (integers, exact up to what Decimal(14,2) holds), never in floating yuan.

/** Whole fen of an amount in yuan with at most two decimals ("1383.00", or a Prisma Decimal printed with toFixed(2)). */
export function fenOf(yuan: string): number {
  const [whole = "0", cents = ""] = yuan.split(".");
  const fen = Number(whole.replace("-", "")) * 100 + Number(cents.padEnd(2, "0").slice(0, 2));
  return whole.startsWith("-") ? -fen : fen;
}

/** Yuan with two decimals ("1383.00") from whole fen. */
export function yuanOf(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? "-" : ""}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A stored Decimal(14,2) amount (or none) in whole fen. */
export function storedFen(amount: { toFixed(digits: number): string } | null): number | null {
  return amount === null ? null : fenOf(amount.toFixed(2));
}
