// Clocks and the cockpit say when they count on a provisional calendar (a year whose holiday notice is not
// in the table yet, 2027 here), at a fixed simulated time so the answers do not depend on today.
import { describe, expect, it } from "vitest";
import { runAtOffset } from "@onedoor/shared/clock/now";
import { useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { CLERK, LEADER, registerDispute } from "../testing/callers.js";

const at = <T>(instant: string, fn: () => Promise<T>): Promise<T> => runAtOffset(Date.parse(instant) - Date.now(), fn);

const CALENDAR = `query ($filter: CockpitFilter!) {
  cockpit(filter: $filter) { clockCalendar { provisional provisionalYears version } }
}`;

describe("provisional calendar on the registry's clocks and cockpit", () => {
  const kit = useSubgraphKit(subgraph);

  const calendarOf = (from: string, to: string) =>
    kit.run(LEADER, CALENDAR, { filter: { from, to } }).then((r) => {
      expect(r.errors).toEqual([]);
      return r.data!.cockpit.clockCalendar;
    });

  it("says the cockpit's period is final within 2026 and provisional when its clocks reach 2027", async () => {
    await at("2026-11-10T10:00:00+08:00", async () => {
      expect(await calendarOf("2026-10-01", "2026-10-31")).toEqual({
        provisional: false,
        provisionalYears: [],
        version: "CN-2025-2026+provisional-2028",
      });
      // A complex dispute registered on 31 December has its 20-day service clock end in January 2027.
      expect(await calendarOf("2026-12-01", "2026-12-31")).toMatchObject({
        provisional: true,
        provisionalYears: [2027],
      });
    });
    // Open disputes are judged on today's clocks: a 2026 period seen in late December reaches 2027 too.
    await at("2026-12-28T10:00:00+08:00", async () => {
      expect(await calendarOf("2026-10-01", "2026-10-31")).toMatchObject({ provisionalYears: [2027] });
    });
  });

  it("marks a dispute's service clock provisional when it runs into 2027", async () => {
    const clocksOf = async (registeredAt: string) =>
      at(registeredAt, async () => {
        const { code } = await registerDispute(kit);
        const { data, errors } = await kit.run(
          CLERK,
          `query ($code: ID!) { dispute(code: $code) { clocks { kind deadline provisionalCalendar } } }`,
          { code },
        );
        expect(errors).toEqual([]);
        return data!.dispute.clocks as { kind: string; provisionalCalendar: boolean }[];
      });
    // Ordinary tier, 7 days: from 20 November within 2026, from 28 December into 2027.
    expect((await clocksOf("2026-11-20T10:00:00+08:00"))[0]).toMatchObject({ provisionalCalendar: false });
    expect((await clocksOf("2026-12-28T10:00:00+08:00"))[0]).toMatchObject({ provisionalCalendar: true });
  });
});
