// The service clock paused with the departments' procedures, as the database judges it: "service_paused_days"
// leaves out the days the clock engine leaves out, the overdue queue filter and the cockpit's figures judge a
// dispute whose procedure was paused as `disputeClocks` does, and a report arriving after closure is judged again.
import { describe, expect, it } from "vitest";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { CN_HOLIDAY_CALENDAR, STATUTORY_CLOCKS, toLocalDate } from "@onedoor/shared/clock/index";
import { reportClock, type ReportedClock } from "@onedoor/shared/events/reported-clock";
import type { CockpitScope } from "@onedoor/shared/cockpit/scope";
import { subgraph } from "../subgraph.js";
import { disputeClocks, SERVICE_CLOCKS } from "../domain/clocks.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { ServiceTier } from "../generated/prisma/enums.js";
import { overallFigures } from "./cockpit.js";
import { disputePage } from "./disputes.js";

const NOW = new Date("2026-11-30T02:00:00.000Z");
const DAY = 86_400_000;
const daysBefore = (n: number, hours = 0) => new Date(NOW.getTime() - n * DAY + hours * 3_600_000);
const CATEGORY = "医疗纠纷";

/** A medical mediation's clock as the committee reports it: started `startedAt`, with its pauses and stop. */
const medical = (
  recordId: string,
  startedAt: Date,
  pauses: { from: Date; to?: Date }[],
  stoppedAt?: Date,
): ReportedClock =>
  reportClock(recordId, STATUTORY_CLOCKS.clocks.medicalMediation, {
    startedAt,
    pauses: pauses.map((p) => ({ ...p, reason: "医疗损害鉴定" })),
    extensions: [],
    ...(stoppedAt ? { stoppedAt } : {}),
  });

/** A small deterministic generator, so the comparison covers many shapes the same way every run. */
function* shapes(count: number) {
  // mulberry32: small, and even in its low bits.
  let seed = 20_261_130;
  const next = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const tiers: ServiceTier[] = ["SIMPLE", "ORDINARY", "COMPLEX"];
  for (let i = 0; i < count; i++) {
    const registeredAt = daysBefore(40, next(24));
    // Each procedure as a department runs it: pauses after its start, stopped (if at all) after they began.
    const clocks = Array.from({ length: 1 + next(2) }, (_, c) => {
      const start = new Date(registeredAt.getTime() + (next(5) - 2) * DAY);
      const pauses = Array.from({ length: next(4) }, () => {
        const from = new Date(start.getTime() + next(30) * DAY + next(24) * 3_600_000);
        return next(4) === 0 ? { from } : { from, to: new Date(from.getTime() + next(9) * DAY + next(24) * 3_600_000) };
      });
      const lastFrom = Math.max(start.getTime(), ...pauses.map((p) => p.from.getTime()));
      const stopped = next(3) === 0 ? new Date(lastFrom + next(10) * DAY) : undefined;
      return medical(`${i}-${c}`, start, pauses, stopped);
    });
    const closedAt = next(2) === 0 ? new Date(registeredAt.getTime() + (1 + next(35)) * DAY) : null;
    yield {
      code: `33012226${String(900_000 + i).padStart(7, "0")}`,
      tier: tiers[i % 3]!,
      registeredAt,
      closedAt,
      clocks,
    };
  }
}

describe("the service clock paused with procedures, judged by the database", () => {
  const store = useMigratedStore(subgraph);
  let sequence = 0;

  const register = (code: string, tier: ServiceTier, registeredAt: Date, closedAt: Date | null) =>
    store().dispute.create({
      data: {
        code,
        title: "医疗损害责任纠纷",
        description: "患者家属与医院就手术并发症的赔偿协商未果",
        category: CATEGORY,
        regionCode: "330122",
        channel: "WALK_IN",
        status: closedAt ? "CLOSED" : "IN_PROGRESS",
        serviceTier: tier,
        registeredAt,
        ...(closedAt ? { closedAt, outcome: "RESOLVED_BY_AGREEMENT" as const } : {}),
        registeredBy: "test",
      },
    });
  const reported = async (code: string, clock: ReportedClock) => {
    sequence += 1;
    const report = { disputeCode: code, clock: clock as unknown as Prisma.InputJsonValue, sequence: BigInt(sequence) };
    await store().departmentClock.upsert({
      where: { source_recordId_kind: { source: "MEDIATION", recordId: clock.recordId, kind: clock.spec.kind } },
      create: { ...report, source: "MEDIATION", recordId: clock.recordId, kind: clock.spec.kind },
      update: report,
    });
  };
  /** The service clock as the dispute shows it. */
  const service = (tier: ServiceTier, registeredAt: Date, closedAt: Date | null, clocks: ReportedClock[]) =>
    disputeClocks({ serviceTier: tier, registeredAt, closedAt }, clocks, NOW, CN_HOLIDAY_CALENDAR)[0]!.status;

  it("leaves out the days the clock engine leaves out, for any shape of pauses, stops and closure", async () => {
    expect(SERVICE_CLOCKS.pausesWithProcedures).toBe(true);
    let withPausedDays = 0;
    for (const shape of shapes(150)) {
      for (const clock of shape.clocks) await reported(shape.code, clock);
      const days = SERVICE_CLOCKS.tiers[shape.tier].length;
      const [row] = await store().$queryRaw<{ n: number }[]>`
        SELECT "service_paused_days"(${shape.code}, ${toLocalDate(shape.registeredAt)}::date,
                                     ${toLocalDate(shape.closedAt ?? NOW)}::date, ${days}::int) AS "n"`;
      const expected = service(shape.tier, shape.registeredAt, shape.closedAt, shape.clocks).pausedDays;
      expect({ code: shape.code, n: row!.n }).toEqual({ code: shape.code, n: expected });
      if (expected > 0) withPausedDays++;
    }
    // The shapes do exercise the pauses (and not only pauses that count nothing).
    expect(withPausedDays).toBeGreaterThan(30);
  });

  it("keeps an open dispute whose procedure was paused out of the overdue queue, where unpaused it would be in it", async () => {
    const registeredAt = daysBefore(10);
    const clock = medical("paused-open", daysBefore(9), [{ from: daysBefore(8), to: daysBefore(2) }]);
    await register("330122269100001", "ORDINARY", registeredAt, null);
    await reported("330122269100001", clock);
    await register("330122269100002", "ORDINARY", registeredAt, null);
    // The dispute's own clock says so: late without the pause, within its promise with it.
    expect(service("ORDINARY", registeredAt, null, []).state).toBe("OVERDUE");
    expect(service("ORDINARY", registeredAt, null, [clock]).remainingDays).toBeGreaterThanOrEqual(0);

    const codes = async (overdue: boolean) => {
      const filter = { category: CATEGORY, overdue, from: toLocalDate(registeredAt), to: toLocalDate(registeredAt) };
      const { rows } = await disputePage(store(), filter, NOW, { after: null, size: 10, direction: "desc" });
      return rows.map((r) => r.code);
    };
    expect(await codes(true)).toEqual(["330122269100002"]);
    expect(await codes(false)).toEqual(["330122269100001"]);
  });

  it("counts a closure on time in the cockpit when its procedure's pause kept it within the promise, and not overdue", async () => {
    // Closed 10 days after registration: late for an ordinary matter, unless the 5-day appraisal is left out.
    const registeredAt = daysBefore(25);
    const closedAt = daysBefore(15);
    const clock = medical("paused-closed", daysBefore(24), [{ from: daysBefore(22), to: daysBefore(17) }], closedAt);
    expect(service("ORDINARY", registeredAt, closedAt, [])).toMatchObject({ state: "STOPPED", onTime: false });
    expect(service("ORDINARY", registeredAt, closedAt, [clock])).toMatchObject({ state: "STOPPED", onTime: true });
    await register("330122269200001", "ORDINARY", registeredAt, closedAt);
    await reported("330122269200001", clock);
    await register("330122269200002", "ORDINARY", registeredAt, closedAt);
    const scope: CockpitScope = {
      from: toLocalDate(daysBefore(30)),
      to: toLocalDate(daysBefore(14)),
      regionCode: null,
      category: CATEGORY,
    };
    const figures = await overallFigures(store(), scope, NOW, true);
    expect(figures).toMatchObject({ closedInPeriod: 2, closedOnTime: 1 });
    // Of the open disputes of the previous test, only the one never paused is overdue.
    expect(figures.overdueOpen).toBe(1);
  });

  it("judges a closure again when a paused clock is reported after the dispute closed", async () => {
    const registeredAt = daysBefore(45);
    const closedAt = daysBefore(35);
    const scope: CockpitScope = {
      from: toLocalDate(daysBefore(50)),
      to: toLocalDate(daysBefore(31)),
      regionCode: null,
      category: CATEGORY,
    };
    await register("330122269300001", "ORDINARY", registeredAt, closedAt);
    // Judged late, and the judgement kept in the rollup.
    expect((await overallFigures(store(), scope, NOW, false)).closedOnTime).toBe(0);
    await reported(
      "330122269300001",
      medical("paused-late-report", daysBefore(44), [{ from: daysBefore(42), to: daysBefore(37) }], closedAt),
    );
    expect((await overallFigures(store(), scope, NOW, false)).closedOnTime).toBe(1);
  });
});
