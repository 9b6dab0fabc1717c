// Test parties with valid identifiers (GB 11643 check character computed), fresh by default so that
// tests running against one shared system never share a party by accident.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function randomBirthDate(): string {
  const day = new Date(Date.UTC(1950, 0, 1) + Math.floor(Math.random() * 50 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10).replaceAll("-", "");
}

/** A valid 18-character resident ID; region 桐庐县 and a random birth date and sequence unless given. */
export function residentId({
  region = "330122",
  birthDate = randomBirthDate(),
  sequence = Math.floor(Math.random() * 1000),
}: { region?: string; birthDate?: string; sequence?: number } = {}): string {
  const body = `${region}${birthDate}${String(sequence).padStart(3, "0")}`;
  return body + "10X98765432"[WEIGHTS.reduce((sum, w, i) => sum + w * Number(body[i]), 0) % 11]!;
}

/** The same ID with a wrong check character: what a mistyped digit looks like. */
export const withWrongCheckDigit = (id: string): string => id.slice(0, 17) + (id[17] === "0" ? "1" : "0");
