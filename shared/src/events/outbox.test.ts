import { afterEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { pino } from "pino";
import type { Database } from "../db/database.js";
import { replicaDatabases, type ReplicaDatabases } from "../testing/replica-databases.js";
import { recordCaseEvent, startOutboxRelay, type OutboxRow, type OutboxStore } from "./outbox.js";
import type { CaseEvent } from "./case-event.js";
import { CASE_EVENT_TYPES, type CaseEventType } from "./case-event-types.js";

/** An in-memory stand-in for a department's OutboxEvent table. */
function memoryOutbox(): OutboxStore & { rows: OutboxRow[] } {
  const rows: OutboxRow[] = [];
  let sequence = 0n;
  return {
    rows,
    outboxEvent: {
      async create({ data }) {
        rows.push({
          id: `e${++sequence}`,
          sequence,
          deliveredAt: null,
          attempts: 0,
          data: data.data ?? null,
          clocks: data.clocks ?? null,
          ...data,
          recordId: data.recordId ?? null,
        });
      },
      async findMany({ take }) {
        return rows
          .filter((r) => r.deliveredAt === null)
          .sort((a, b) => Number(a.sequence - b.sequence))
          .slice(0, take);
      },
      async updateMany({ where, data }) {
        for (const row of rows.filter((r) => where.id.in.includes(r.id))) {
          if (data.deliveredAt) row.deliveredAt = data.deliveredAt;
          if (data.attempts) row.attempts += data.attempts.increment;
        }
      },
    },
  };
}

const log = pino({ level: "silent" });

describe("outbox relay", () => {
  it("delivers events in the order they were recorded, in batches, and marks them delivered", async () => {
    const store = memoryOutbox();
    const steps = [
      "MEDIATION_ACCEPTED",
      "MEDIATOR_ASSIGNED",
      "MEDIATION_SESSION_HELD",
      "MEDIATION_AGREEMENT_REACHED",
      "AGREEMENT_PERFORMANCE_RECORDED",
    ] as const;
    for (const [i, type] of steps.entries())
      await recordCaseEvent(store, { disputeCode: "330122260000027", type, summary: `第${i + 1}步` });
    const received: CaseEvent[][] = [];
    const relay = startOutboxRelay({
      source: "mediation",
      store,
      log,
      batchSize: 2,
      idleMs: 60_000,
      deliver: async (batch) => void received.push(batch),
    });
    expect(await relay.flush()).toBe(true);
    await relay.stop();
    expect(received.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(received.flat().map((e) => e.type)).toEqual(steps);
    expect(received.flat().every((e) => e.source === "mediation")).toBe(true);
    expect(store.rows.every((r) => r.deliveredAt !== null)).toBe(true);
  });

  it("keeps events while the registry is down and delivers all of them, in order, once it is back", async () => {
    const store = memoryOutbox();
    let registryUp = false;
    const delivered: string[] = [];
    const relay = startOutboxRelay({
      source: "arbitration",
      store,
      log,
      idleMs: 10,
      backoffMs: 5,
      maxBackoffMs: 20,
      deliver: async (batch) => {
        if (!registryUp) throw new Error("ECONNREFUSED");
        delivered.push(...batch.map((e) => e.type));
      },
    });
    await recordCaseEvent(store, {
      disputeCode: "330122260000027",
      type: "ARBITRATION_APPLICATION_RECEIVED",
      summary: "收到仲裁申请",
    });
    await recordCaseEvent(store, { disputeCode: "330122260000027", type: "ARBITRATION_ACCEPTED", summary: "受理" });
    await new Promise((r) => setTimeout(r, 100));
    expect(delivered).toEqual([]);
    expect(store.rows.every((r) => r.deliveredAt === null && r.attempts > 0)).toBe(true);

    registryUp = true;
    await recordCaseEvent(store, {
      disputeCode: "330122260000027",
      type: "ARBITRATION_AWARD_ISSUED",
      summary: "作出裁决",
    });
    await expect
      .poll(() => delivered, { timeout: 2_000, interval: 10 })
      .toEqual(["ARBITRATION_APPLICATION_RECEIVED", "ARBITRATION_ACCEPTED", "ARBITRATION_AWARD_ISSUED"]);
    await relay.stop();
  });
});

/** A department's OutboxEvent table on a real database, through the queries the relay makes. */
async function sqlOutbox(database: Database): Promise<OutboxStore> {
  await database.executeScript(`CREATE TABLE IF NOT EXISTS "OutboxEvent" (
    "id" TEXT PRIMARY KEY, "sequence" BIGSERIAL, "disputeCode" TEXT NOT NULL, "type" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ NOT NULL, "summary" TEXT NOT NULL, "recordId" TEXT, "data" JSONB,
    "deliveredAt" TIMESTAMPTZ, "attempts" INTEGER NOT NULL DEFAULT 0, "lastError" TEXT)`);
  const text = (value: string | null) => (value === null ? "NULL" : `'${value.replaceAll("'", "''")}'`);
  const ids = (list: string[]) => list.map(text).join(", ");
  return {
    outboxEvent: {
      async create({ data }) {
        await database.query(
          `INSERT INTO "OutboxEvent" ("id", "disputeCode", "type", "occurredAt", "summary", "recordId") VALUES
           (${text(randomUUID())}, ${text(data.disputeCode)}, ${text(data.type)},
            ${text(data.occurredAt.toISOString())}, ${text(data.summary)}, ${text(data.recordId)})`,
        );
      },
      async findMany({ take }) {
        const rows = await database.query<Omit<OutboxRow, "sequence"> & { sequence: string | number | bigint }>(
          `SELECT * FROM "OutboxEvent" WHERE "deliveredAt" IS NULL ORDER BY "sequence" LIMIT ${take}`,
        );
        return rows.map((row) => ({ ...row, sequence: BigInt(row.sequence), occurredAt: new Date(row.occurredAt) }));
      },
      async updateMany({ where, data }) {
        const set = data.deliveredAt ? `"deliveredAt" = now()` : `"attempts" = "attempts" + 1`;
        await database.query(`UPDATE "OutboxEvent" SET ${set} WHERE "id" IN (${ids(where.id.in)})`);
      },
    },
  };
}

describe("outbox relays of two replicas of one department", () => {
  let databases: ReplicaDatabases | undefined;
  afterEach(async () => {
    await databases?.close();
    databases = undefined;
  });

  it("deliver every event once and in order while both deliver and events keep coming", async () => {
    databases = await replicaDatabases();
    const first = await sqlOutbox(databases.first);
    const second = await sqlOutbox(databases.second);
    const registry: string[] = [];
    const relay = (store: OutboxStore, locks: Database["locks"]) =>
      startOutboxRelay({
        source: "mediation",
        store,
        locks,
        log,
        batchSize: 3,
        idleMs: 60_000,
        // The registry's answer takes a moment, during which the other replica may try to deliver.
        deliver: async (batch) => {
          await new Promise((resolve) => setImmediate(resolve));
          registry.push(...batch.map((event) => event.type));
        },
      });
    const a = relay(first, databases.first.locks);
    const b = relay(second, databases.second.locks);
    const recorded: string[] = [];
    // 24 distinct types, so the order delivered can be compared with the order recorded.
    const types = Object.keys(CASE_EVENT_TYPES) as CaseEventType[];
    for (let step = 1; step <= 24; step++) {
      const type = types[step]!;
      await recordCaseEvent(step % 2 ? first : second, {
        disputeCode: "330122260000027",
        type,
        summary: `第${step}步`,
      });
      recorded.push(type);
      if (step % 4 === 0) await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);
    }
    await Promise.all([a.flush(), b.flush()]);
    expect(await a.flush()).toBe(true);
    await Promise.all([a.stop(), b.stop()]);
    expect(registry).toEqual(recorded);
  });
});
