// 演练时间 for end-to-end stories that span weeks: outside production the gateway lets a request act at
// another time (gateway/src/simulated-time.ts), and every department dates its steps by it.
const HEADER = "x-onedoor-simulated-time";
const DAY = 86_400_000;

/** Headers that make a request act `days` (and `hours`) after `start`. */
export function daysAfter(start: Date, days: number, hours = 0): Record<string, string> {
  return { [HEADER]: new Date(start.getTime() + days * DAY + hours * 3_600_000).toISOString() };
}
