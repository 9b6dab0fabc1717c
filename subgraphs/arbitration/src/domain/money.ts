// Amounts: yuan as exact decimal strings ("126000.00") on the graph and in Decimal(14,2) columns; the rules
// compute in whole fen as BigInt, so sums and comparisons never round.

/** Whole fen of an amount in yuan with two decimals ("126000.00", or a Prisma Decimal printed with toFixed(2)). */
export function fenOf(yuan: string): bigint {
  const [whole = "0", cents = ""] = yuan.split(".");
  const fen = BigInt(whole.replace("-", "")) * 100n + BigInt(cents.padEnd(2, "0").slice(0, 2));
  return whole.startsWith("-") ? -fen : fen;
}

/** Yuan with two decimals ("126000.00") from whole fen. */
export function yuanOf(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/** A stored Decimal(14,2) amount (or none) in whole fen. */
export function storedFen(amount: { toFixed(digits: number): string } | null): bigint | null {
  return amount === null ? null : fenOf(amount.toFixed(2));
}
