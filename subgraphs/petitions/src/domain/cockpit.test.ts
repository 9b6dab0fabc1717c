import { describe, expect, it } from "vitest";
import { CN_HOLIDAY_CALENDAR, toLocalDate, type LocalDate } from "@onedoor/shared/clock/index";
import { disputeClocks } from "./clocks.js";
import { closedOnTime, overdueRegistrationCutoffs, type ClosureGroup } from "./cockpit.js";
import type { ServiceTier } from "../generated/prisma/enums.js";

const NOW = new Date("2026-11-23T04:00:00.000Z");

/** The per-dispute judgement the grouped one must agree with. */
const onTime = (tier: ServiceTier, registeredAt: Date, closedAt: Date) => {
  const [service] = disputeClocks({ serviceTier: tier, registeredAt, closedAt }, [], NOW, CN_HOLIDAY_CALENDAR);
  return service!.status.state === "STOPPED" && service!.status.onTime;
};

describe("on-time closures judged per group of days", () => {
  it("agrees with judging each dispute, at any time of day, across the National Day holiday", () => {
    // Disputes registered 2026-09-20 .. 10-10 at varied hours, closed 0..14 days later, every tier.
    const disputes: { tier: ServiceTier; registeredAt: Date; closedAt: Date }[] = [];
    for (let i = 0; i < 600; i++) {
      const tier = (["SIMPLE", "ORDINARY", "COMPLEX"] as const)[i % 3]!;
      const registeredAt = new Date(Date.UTC(2026, 8, 20) + (i % 21) * 86_400_000 + ((i * 7919) % 86_400) * 1000);
      const closedAt = new Date(registeredAt.getTime() + ((i * 104_729) % (14 * 86_400)) * 1000);
      disputes.push({ tier, registeredAt, closedAt });
    }
    const groups = new Map<string, ClosureGroup>();
    for (const d of disputes) {
      const key = `${d.tier}|${toLocalDate(d.registeredAt)}|${toLocalDate(d.closedAt)}`;
      const group = groups.get(key) ?? {
        serviceTier: d.tier,
        registeredOn: toLocalDate(d.registeredAt),
        closedOn: toLocalDate(d.closedAt),
        pausedDays: 0,
        count: 0,
      };
      group.count += 1;
      groups.set(key, group);
    }
    const expected = disputes.filter((d) => onTime(d.tier, d.registeredAt, d.closedAt)).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(disputes.length);
    expect(closedOnTime([...groups.values()], NOW, CN_HOLIDAY_CALENDAR)).toBe(expected);
  });

  it("rolls an ordinary clock's last day past the National Day holiday", () => {
    // Registered 2026-09-28: 7 natural days end 10-05, inside the holiday, so the deadline moves to the next working day.
    const closed = (closedOn: LocalDate): ClosureGroup => ({
      serviceTier: "ORDINARY",
      registeredOn: "2026-09-28",
      closedOn,
      pausedDays: 0,
      count: 1,
    });
    expect(closedOnTime([closed("2026-10-05"), closed("2026-10-08")], NOW, CN_HOLIDAY_CALENDAR)).toBe(2);
    expect(closedOnTime([closed("2026-10-20")], NOW, CN_HOLIDAY_CALENDAR)).toBe(0);
  });

  it("gives per tier the last registration day that is overdue now", () => {
    const cutoffs = overdueRegistrationCutoffs(NOW, CN_HOLIDAY_CALENDAR);
    // Longer clocks reach back further.
    expect(cutoffs.SIMPLE > cutoffs.ORDINARY && cutoffs.ORDINARY > cutoffs.COMPLEX).toBe(true);
    // A dispute registered on the cutoff day and still open is overdue; one a day later is not.
    const open = (tier: ServiceTier, day: LocalDate) =>
      disputeClocks(
        {
          serviceTier: tier,
          registeredAt: new Date(`${day}T12:00:00+08:00`),
          closedAt: null,
        },
        [],
        NOW,
        CN_HOLIDAY_CALENDAR,
      )[0]!.status;
    for (const tier of ["SIMPLE", "ORDINARY", "COMPLEX"] as const) {
      expect(open(tier, cutoffs[tier]).remainingDays).toBeLessThan(0);
      const next = toLocalDate(new Date(new Date(`${cutoffs[tier]}T12:00:00+08:00`).getTime() + 86_400_000));
      expect(open(tier, next).remainingDays).toBeGreaterThanOrEqual(0);
    }
  });
});
