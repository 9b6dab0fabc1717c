import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { pino } from "pino";
import { REPO_ROOT } from "./database.js";
import { advisoryKey, periodicJob } from "./job-lock.js";
import { applyMigrations, prismaProject, readMigrations } from "./schema-engine.js";
import { replicaDatabases, type ReplicaDatabases } from "../testing/replica-databases.js";

const log = pino({ level: "silent" });
let databases: ReplicaDatabases | undefined;
afterEach(async () => {
  await databases?.close();
  databases = undefined;
});

describe("advisory keys", () => {
  it("are stable 64-bit integers, different per name", () => {
    expect(advisoryKey("periodic job petitions: expire")).toBe(advisoryKey("periodic job petitions: expire"));
    expect(advisoryKey("periodic job petitions: expire")).not.toBe(advisoryKey("periodic job mediation: expire"));
    const key = BigInt(advisoryKey("outbox relay mediation"));
    expect(key >= -(2n ** 63n) && key < 2n ** 63n).toBe(true);
  });
});

describe("a periodic job on two replicas", () => {
  it("runs once per period, on the replica that leads it, and moves when that replica goes", async () => {
    databases = await replicaDatabases();
    const runs: string[] = [];
    const job = (replica: string) => ({
      name: "expire unanswered hand-offs",
      intervalMs: 60_000,
      run: async () => void runs.push(replica),
    });
    const options = { timer: false };
    const a = periodicJob("petitions", job("a"), null, databases.first.locks, log, options);
    const b = periodicJob("petitions", job("b"), null, databases.second.locks, log, options);

    // Each replica's timer fires once per period, in either order.
    for (let period = 0; period < 4; period++) {
      const [first, second] = period % 2 === 0 ? [a, b] : [b, a];
      await Promise.all([first.tick(), second.tick()]);
    }
    expect(runs).toHaveLength(4);
    const leader =
      runs[0] === "a" ? { runner: a, locks: databases.first.locks } : { runner: b, locks: databases.second.locks };
    const other = leader.runner === a ? { runner: b, name: "b" } : { runner: a, name: "a" };
    expect(new Set(runs)).toEqual(new Set([runs[0]]));

    // The leader's lock connection ends (a stopped or killed replica): the other takes over at its next period.
    await leader.locks.close();
    expect(await other.runner.tick()).toBe(true);
    expect(await leader.runner.tick()).toBe(false);
    expect(runs).toEqual([...Array<string>(4).fill(runs[0]!), other.name]);
    await Promise.all([a.stop(), b.stop()]);
  });

  it("does not start a period's run while the previous one is still going", async () => {
    databases = await replicaDatabases();
    let release: () => void = () => {};
    let runs = 0;
    const slow = periodicJob(
      "petitions",
      { name: "detect alerts", intervalMs: 60_000, run: () => (runs++, new Promise<void>((r) => (release = r))) },
      null,
      databases.first.locks,
      log,
      { timer: false },
    );
    const firstRun = slow.tick();
    await expect.poll(() => runs).toBe(1);
    expect(await slow.tick()).toBe(false);
    release();
    expect(await firstRun).toBe(true);
    expect(runs).toBe(1);
    await slow.stop();
  });
});

describe("migrations started by two replicas at once", () => {
  it("apply every migration once: one replica migrates, the other then finds nothing to do", async () => {
    databases = await replicaDatabases();
    const project = prismaProject(join(REPO_ROOT, "subgraphs", "mediation", "prisma"));
    const committed = (await readMigrations(project)).migrationDirectories.map((m) => m.path);
    const [one, two] = await Promise.all([
      applyMigrations(project, databases.first),
      applyMigrations(project, databases.second),
    ]);
    expect([...one, ...two]).toEqual(committed);
    expect([one.length, two.length].sort((x, y) => x - y)).toEqual([0, committed.length]);
    const rows = await databases.first.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(committed);
  });
});
