// 演练时间: outside production a client may ask for its request to act at another time, so tests and
// drills can play a case across weeks (notice periods, awards after hearings, unanswered hand-offs).
// The gateway turns the asked-for instant into an offset from its own clock and passes it on inside
// the signed identity; production ignores the header.
import { GraphQLError } from "graphql";

export const SIMULATED_TIME_HEADER = "x-onedoor-simulated-time";

/** Half a year either way is enough for any statutory clock we play and keeps typos from going far. */
const MAX_OFFSET_MS = 183 * 86_400_000;

export function simulatedOffset(header: string | undefined, now = Date.now()): { simulatedOffsetMs?: number } {
  if (header === undefined) return {};
  const at = Date.parse(header);
  const offset = at - now;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(header) || Number.isNaN(at) || Math.abs(offset) > MAX_OFFSET_MS) {
    throw new GraphQLError(`${SIMULATED_TIME_HEADER} must be an ISO 8601 date-time within 183 days of now`, {
      extensions: {
        code: "BAD_REQUEST",
        messageZh: "演练时间须为 ISO 8601 格式，且与当前时间相差不超过183天",
        http: { status: 400 },
      },
    });
  }
  return { simulatedOffsetMs: offset };
}
