// Transactional outbox: a department writes its event in the same transaction as the change that
// caused it, and a relay delivers pending events to the registry in order, with retries. If the
// registry is down, events wait in the department's own database; nothing is lost.
import type { Logger } from "../logger.js";
import type { CaseEvent, EventSource } from "./case-event.js";
import type { CaseEventType } from "./case-event-types.js";
import type { ReportedClock } from "./reported-clock.js";
import { currentTime } from "../clock/now.js";
import type { AdvisoryLocks } from "../db/job-lock.js";

/** The `OutboxEvent` model every department declares in its schema.prisma (same columns everywhere). */
export interface OutboxRow {
  id: string;
  sequence: bigint;
  disputeCode: string;
  type: string;
  occurredAt: Date;
  summary: string;
  recordId: string | null;
  data: unknown;
  clocks: unknown;
  deliveredAt: Date | null;
  attempts: number;
}

/** The part of a Prisma client (or transaction) the outbox needs; every generated client fits. */
export interface OutboxStore {
  outboxEvent: {
    create(args: {
      data: Omit<OutboxRow, "id" | "sequence" | "deliveredAt" | "attempts" | "data" | "clocks"> & {
        data?: object;
        clocks?: object;
      };
    }): Promise<unknown>;
    findMany(args: { where: { deliveredAt: null }; orderBy: { sequence: "asc" }; take: number }): Promise<OutboxRow[]>;
    updateMany(args: {
      where: { id: { in: string[] } };
      data: { deliveredAt?: Date; attempts?: { increment: number }; lastError?: string };
    }): Promise<unknown>;
  };
}

export interface NewCaseEvent {
  disputeCode: string;
  type: CaseEventType;
  summary: string;
  recordId?: string;
  data?: Record<string, unknown>;
  /** The record's procedure clocks after the step (CaseEvent.clocks). */
  clocks?: ReportedClock[];
  occurredAt?: Date;
}

/** Call inside the transaction that makes the change (`store.$transaction(async (tx) => ...)`). */
export async function recordCaseEvent(tx: OutboxStore, event: NewCaseEvent): Promise<void> {
  await tx.outboxEvent.create({
    data: {
      disputeCode: event.disputeCode,
      type: event.type,
      summary: event.summary,
      recordId: event.recordId ?? null,
      occurredAt: event.occurredAt ?? currentTime(),
      ...(event.data ? { data: event.data } : {}),
      ...(event.clocks ? { clocks: event.clocks } : {}),
    },
  });
}

export function toCaseEvent(source: EventSource, row: OutboxRow): CaseEvent {
  return {
    id: row.id,
    source,
    sequence: Number(row.sequence),
    disputeCode: row.disputeCode,
    // Written by recordCaseEvent, which takes only a listed type; the registry checks it again on arrival.
    type: row.type as CaseEventType,
    occurredAt: row.occurredAt.toISOString(),
    summary: row.summary,
    ...(row.recordId ? { recordId: row.recordId } : {}),
    ...(row.data && typeof row.data === "object" ? { data: row.data as Record<string, unknown> } : {}),
    // Written by recordCaseEvent from reportClock; the registry checks each again on arrival.
    ...(Array.isArray(row.clocks) ? { clocks: row.clocks as ReportedClock[] } : {}),
  };
}

export interface RelayOptions {
  source: EventSource;
  store: OutboxStore;
  /** Sends a batch to the registry; resolves only when the registry has stored it. */
  deliver(events: CaseEvent[]): Promise<void>;
  log: Logger;
  /**
   * Replicas of the department share its outbox: one relay delivers at a time (the others skip their turn),
   * so no event goes twice and none overtakes an earlier one. Without it the relay assumes it is alone.
   */
  locks?: Pick<AdvisoryLocks, "ifFree">;
  batchSize?: number;
  /** Poll interval while idle. */
  idleMs?: number;
  /** Retry delays grow from this to maxBackoffMs while the registry is unreachable. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

export interface OutboxRelay {
  /** Deliver what is pending now (tests and shutdown); resolves when the outbox is empty or delivery failed. */
  flush(): Promise<boolean>;
  /** Ask for a delivery soon, e.g. right after a transaction that recorded events. */
  nudge(): void;
  stop(): Promise<void>;
}

/** Delivers pending events oldest first; a failed batch is retried whole, so order is never broken. */
export function startOutboxRelay(options: RelayOptions): OutboxRelay {
  const {
    source,
    store,
    deliver,
    log,
    locks,
    batchSize = 100,
    idleMs = 1_000,
    backoffMs = 200,
    maxBackoffMs = 30_000,
  } = options;
  let stopped = false;
  let running: Promise<boolean> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let delay = idleMs;

  const deliverPending = async (): Promise<boolean> => {
    for (;;) {
      const rows = await store.outboxEvent.findMany({
        where: { deliveredAt: null },
        orderBy: { sequence: "asc" },
        take: batchSize,
      });
      if (rows.length === 0) return true;
      const ids = rows.map((r) => r.id);
      try {
        await deliver(rows.map((row) => toCaseEvent(source, row)));
      } catch (error) {
        await store.outboxEvent.updateMany({
          where: { id: { in: ids } },
          data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 500) },
        });
        log.warn({ err: error, pending: rows.length }, "registry unreachable; events kept for retry");
        return false;
      }
      await store.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { deliveredAt: new Date() } });
      log.debug({ delivered: rows.length }, "events delivered to the registry");
    }
  };

  // Another replica delivering counts as success: it delivers until the outbox is empty.
  const deliverExclusively = async (): Promise<boolean> => {
    if (!locks) return deliverPending();
    const pass = await locks.ifFree(`outbox relay ${source}`, deliverPending);
    return pass.ran ? pass.value : true;
  };

  const run = (): Promise<boolean> => {
    running ??= deliverExclusively()
      .catch((error: unknown) => {
        log.error({ err: error }, "outbox relay failed");
        return false;
      })
      .finally(() => (running = undefined));
    return running;
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      void run().then((ok) => {
        delay = ok ? idleMs : Math.min(Math.max(delay * 2, backoffMs), maxBackoffMs);
        schedule(delay);
      });
    }, ms);
  };
  schedule(0);

  return {
    flush: run,
    nudge: () => schedule(0),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
