// Coordination between replicas of one department that share its PostgreSQL database, with advisory locks
// (named by a stable key; nothing is written): one outbox relay delivers at a time, each periodic job has one
// runner, one migration runs at a time. PostgreSQL releases a session's locks when its connection ends, so
// a replica killed with -9 hands its locks over as soon as its socket closes.
// Embedded PGlite is opened by one process only (folder-lock.ts): there, holders in the process exclude
// each other and nothing else is needed.
import { createHash } from "node:crypto";
import pg from "pg";
import type { Logger } from "../logger.js";

export interface AdvisoryLocks {
  /** Runs `work` holding `name` if no one else holds it; `{ ran: false }` at once otherwise. */
  ifFree<T>(name: string, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
  /** Waits until `name` is free, then runs `work` holding it. */
  whileHeld<T>(name: string, work: () => Promise<T>): Promise<T>;
  /**
   * Takes `name` for `holder` if it is free and keeps it until `close` (or until this process's lock
   * connection is lost): true while `holder` leads.
   */
  lead(name: string, holder: object): Promise<boolean>;
  /** Releases everything this process holds. */
  close(): Promise<void>;
}

/** A stable 64-bit key per name, as PostgreSQL's advisory lock functions take it. */
export function advisoryKey(name: string): string {
  return createHash("sha256").update(`onedoor:${name}`).digest().readBigInt64BE(0).toString();
}

/** Holders within this process; enough on its own for PGlite. */
class InProcessLocks {
  private readonly held = new Set<string>();
  take(name: string): boolean {
    if (this.held.has(name)) return false;
    this.held.add(name);
    return true;
  }
  release(name: string): void {
    this.held.delete(name);
  }
  async waitFor(name: string): Promise<void> {
    // Only migrations wait, once at start: polling the set briefly is simpler than a queue.
    while (!this.take(name)) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function inProcessLocks(): AdvisoryLocks {
  const local = new InProcessLocks();
  const leading = new Map<string, object>();
  return {
    async ifFree(name, work) {
      if (!local.take(name)) return { ran: false };
      try {
        return { ran: true, value: await work() };
      } finally {
        local.release(name);
      }
    },
    async whileHeld(name, work) {
      await local.waitFor(name);
      try {
        return await work();
      } finally {
        local.release(name);
      }
    },
    async lead(name, holder) {
      if (leading.has(name)) return leading.get(name) === holder;
      if (!local.take(name)) return false;
      leading.set(name, holder);
      return true;
    },
    async close() {
      for (const name of leading.keys()) local.release(name);
      leading.clear();
    },
  };
}

/**
 * Locks on a PostgreSQL database. `ifFree` and `lead` share one connection of their own, opened when first
 * needed (so a lock never waits for a pool connection the work it guards also needs); `whileHeld` blocks, so
 * it uses a connection of its own for the wait.
 */
export function postgresLocks(url: string, log?: Logger): AdvisoryLocks {
  const local = new InProcessLocks();
  const leading = new Map<string, object>();
  let connection: Promise<pg.Client> | undefined;

  const lost = (client: pg.Client) => {
    // Every session lock went with the connection: stop leading, and open a new one next time.
    void connection
      ?.then((current) => {
        if (current !== client) return;
        connection = undefined;
        for (const name of leading.keys()) local.release(name);
        if (leading.size > 0)
          log?.warn({ jobs: [...leading.keys()] }, "advisory lock connection lost; leadership given up");
        leading.clear();
      })
      .catch(() => undefined);
  };
  const lockConnection = () =>
    (connection ??= (async () => {
      const client = new pg.Client({ connectionString: url, application_name: "onedoor-locks" });
      client.on("error", () => lost(client));
      client.on("end", () => lost(client));
      try {
        await client.connect();
      } catch (error) {
        connection = undefined;
        throw error;
      }
      return client;
    })());
  const tryLock = async (name: string): Promise<boolean> => {
    const client = await lockConnection();
    const { rows } = await client.query<{ got: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS got", [
      advisoryKey(name),
    ]);
    return rows[0]?.got === true;
  };
  const unlock = async (name: string) => {
    const client = await connection;
    await client?.query("SELECT pg_advisory_unlock($1::bigint)", [advisoryKey(name)]).catch(() => undefined);
  };

  return {
    async ifFree(name, work) {
      if (!local.take(name)) return { ran: false };
      try {
        if (!(await tryLock(name))) return { ran: false };
        try {
          return { ran: true, value: await work() };
        } finally {
          await unlock(name);
        }
      } finally {
        local.release(name);
      }
    },
    async whileHeld(name, work) {
      await local.waitFor(name);
      const client = new pg.Client({ connectionString: url, application_name: "onedoor-locks" });
      client.on("error", () => undefined); // the query in progress fails and says why
      try {
        await client.connect();
        await client.query("SELECT pg_advisory_lock($1::bigint)", [advisoryKey(name)]);
        return await work(); // ending the connection releases the lock
      } finally {
        await client.end().catch(() => undefined);
        local.release(name);
      }
    },
    async lead(name, holder) {
      if (leading.has(name)) return leading.get(name) === holder;
      if (!local.take(name)) return false;
      try {
        if (await tryLock(name)) {
          leading.set(name, holder);
          return true;
        }
      } catch (error) {
        log?.warn({ err: error, job: name }, "advisory lock unavailable");
      }
      local.release(name);
      return false;
    },
    async close() {
      leading.clear();
      const client = await connection?.catch(() => undefined);
      connection = undefined;
      await client?.end().catch(() => undefined);
    },
  };
}

export interface PeriodicJob<Store> {
  name: string;
  intervalMs: number;
  run(store: Store): Promise<unknown>;
}

export interface PeriodicJobRunner {
  /** One period: runs the job if this process leads it and it is not still running; true when it ran. */
  tick(): Promise<boolean>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * A periodic job that runs once per period across replicas: the first replica to take the job's lock leads
 * it and keeps it; the others check every period and take over when the leader's connection ends.
 * `owner` (the department) is part of the lock's name.
 */
export function periodicJob<Store>(
  owner: string,
  job: PeriodicJob<Store>,
  store: Store,
  locks: AdvisoryLocks,
  log: Logger,
  { timer = true }: { timer?: boolean } = {},
): PeriodicJobRunner {
  let running: Promise<unknown> | undefined;
  const holder = {};
  const tick = async (): Promise<boolean> => {
    if (running || !(await locks.lead(`periodic job ${owner}: ${job.name}`, holder))) return false;
    running = job.run(store).finally(() => (running = undefined));
    await running;
    return true;
  };
  const interval = timer
    ? setInterval(() => {
        tick().catch((error: unknown) => log.error({ err: error, job: job.name }, "periodic job failed"));
      }, job.intervalMs)
    : undefined;
  interval?.unref();
  return {
    tick,
    async stop() {
      clearInterval(interval);
      await running?.catch(() => undefined);
    },
  };
}
