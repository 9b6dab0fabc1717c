// The registry's side of 统一归集: departments' case events and the registry's own steps, one history.
import { randomUUID } from "node:crypto";
import type { CaseEvent } from "@onedoor/shared/events/case-event";
import type { CaseEventTypeOf } from "@onedoor/shared/events/case-event-types";
import { Prisma, type TimelineEvent } from "../generated/prisma/client.js";
import type { CaseEventType, EventSource } from "../generated/prisma/enums.js";
import type { PetitionsStore } from "./store.js";
import type { Tx } from "./write.js";
import { applyHandOffEffects } from "./hand-offs.js";
import { statusAfterDepartmentStep, statusAfterDepartmentVoid } from "../domain/lifecycle.js";
import { voidOf } from "@onedoor/shared/events/step-void";
import { attendanceOf } from "@onedoor/shared/events/attendance";
import { relayedFact } from "../domain/fact-relay.js";
import { relayFact } from "./notices.js";
import { storeReportedClocks } from "./department-clocks.js";
import { currentTime } from "@onedoor/shared/clock/now";
import { endOfLocalDay, startOfLocalDay, type LocalDate } from "@onedoor/shared/clock/index";
import { decodeCursor, invalidCursor, type SortDirection } from "@onedoor/shared/graphql/connection";
import { SqlArguments, selectList } from "@onedoor/shared/db/adapter-reads";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import { EVENT_SOURCE } from "./event-sources.js";
import { recordAttendance } from "./visits.js";

/**
 * Stores a batch from a department in one transaction. The unique (source, eventId) makes redelivery
 * harmless: an event already stored is skipped, with its effects, so each is applied exactly once.
 * Events arrive in their source's order, and ownership effects are applied in that order.
 */
export async function applyCaseEvents(store: PetitionsStore, events: CaseEvent[]): Promise<number> {
  return store.$transaction(async (tx) => {
    let applied = 0;
    for (const e of events) {
      const seen = await tx.timelineEvent.findUnique({
        where: { source_eventId: { source: EVENT_SOURCE[e.source], eventId: e.id } },
        select: { id: true },
      });
      if (seen) continue;
      await tx.timelineEvent.create({
        data: {
          eventId: e.id,
          source: EVENT_SOURCE[e.source],
          sequence: BigInt(e.sequence),
          disputeCode: e.disputeCode,
          type: e.type,
          summary: e.summary,
          recordId: e.recordId ?? null,
          occurredAt: new Date(e.occurredAt),
          ...(e.data ? { data: e.data as Prisma.InputJsonValue } : {}),
        },
      });
      const correction = voidOf(e);
      if (correction) await markVoided(tx, EVENT_SOURCE[e.source], e.disputeCode, correction, new Date(e.occurredAt));
      else if (e.source !== "petitions") await markInProgress(tx, e.disputeCode);
      // Checked by the intake (registry-link.ts): a malformed attendance refused the batch before it got here.
      const attendance = attendanceOf(e);
      if (attendance && attendance !== "malformed") await recordAttendance(tx, e, attendance);
      await storeReportedClocks(tx, EVENT_SOURCE[e.source], e);
      await applyHandOffEffects(tx, e);
      const fact = relayedFact(e);
      if (fact) await relayFact(tx, e.disputeCode, fact);
      applied++;
    }
    return applied;
  });
}

/** A department's step moves a dispatched dispute on, as a new version of it. */
async function markInProgress(tx: Tx, disputeCode: string): Promise<void> {
  const dispute = await tx.dispute.findUnique({ where: { code: disputeCode }, select: { status: true } });
  if (!dispute) return;
  const status = statusAfterDepartmentStep(dispute.status);
  if (status !== dispute.status)
    await tx.dispute.update({ where: { code: disputeCode }, data: { status, version: { increment: 1 } } });
}

/**
 * 更正: the voided step of the same department and dispute is marked (when, by which body, why); it stays on the
 * timeline as what it was, and the correction is its own step. The dispute's status follows.
 */
async function markVoided(
  tx: Tx,
  source: EventSource,
  disputeCode: string,
  correction: NonNullable<ReturnType<typeof voidOf>>,
  at: Date,
): Promise<void> {
  await tx.timelineEvent.updateMany({
    where: { source, eventId: correction.voidedEventId, disputeCode, voidedAt: null },
    data: { voidedAt: at, voidedBy: correction.body, voidReason: correction.reason },
  });
  const dispute = await tx.dispute.findUnique({ where: { code: disputeCode }, select: { status: true } });
  if (!dispute) return;
  const standing = await tx.timelineEvent.count({
    where: { disputeCode, source: { not: "PETITIONS" }, voidedAt: null, type: { not: "STEP_VOIDED" } },
  });
  const status = statusAfterDepartmentVoid(dispute.status, standing);
  if (status !== dispute.status)
    await tx.dispute.update({ where: { code: disputeCode }, data: { status, version: { increment: 1 } } });
}

export interface RegistryStep {
  disputeCode: string;
  type: CaseEventTypeOf<"petitions">;
  summary: string;
  occurredAt?: Date;
  recordId?: string;
  data?: Record<string, unknown>;
}

/** The registry's own steps (registered, dispatched, closed...), in the transaction of the change. */
export async function recordRegistryStep(tx: Tx, step: RegistryStep): Promise<void> {
  await tx.timelineEvent.create({
    data: {
      eventId: randomUUID(),
      source: "PETITIONS",
      disputeCode: step.disputeCode,
      type: step.type,
      summary: step.summary,
      recordId: step.recordId ?? null,
      occurredAt: step.occurredAt ?? currentTime(),
      ...(step.data ? { data: step.data as Prisma.InputJsonValue } : {}),
    },
  });
}

/**
 * Chronological; of steps at the same instant, the one the registry received first comes first (a fact relayed
 * to another department, and what it did about it, always arrive after the step that established it: the court's
 * delegated mediation resolved by the committee's agreement reads after the agreement), and a batch keeps its
 * source's order. Sequences of different sources say nothing about each other.
 */
export const TIMELINE_ORDER = [
  { occurredAt: "asc" as const },
  { receivedAt: "asc" as const },
  { sequence: "asc" as const },
];

/** A step's place in the timeline (TIMELINE_ORDER, then id), as the cursor's sort value: time|sequence|arrival. */
export function timelineSortKey(row: Pick<TimelineEvent, "occurredAt" | "sequence" | "receivedAt">): string {
  return `${row.occurredAt.toISOString()}|${row.sequence}|${row.receivedAt.toISOString()}`;
}

/**
 * Steps beyond the cursor's in (occurredAt, receivedAt, sequence, id) order, as a condition on the statement's
 * arguments; a cursor this timeline never gave out is refused as the caller's mistake, never sent to the database.
 */
function afterTimelineCursor(args: SqlArguments, after: string | null | undefined, direction: SortDirection): string[] {
  if (!after) return [];
  const { sort, id } = decodeCursor(after);
  const [occurred, sequence, received] = String(sort).split("|");
  const occurredAt = new Date(occurred ?? "");
  const receivedAt = new Date(received ?? "");
  if (
    Number.isNaN(occurredAt.getTime()) ||
    Number.isNaN(receivedAt.getTime()) ||
    !/^\d+$/.test(sequence ?? "") ||
    !isUuid(id)
  )
    throw invalidCursor();
  const beyond = direction === "desc" ? "<" : ">";
  const [o, s, r, i] = [args.add(occurredAt), args.add(sequence!, "int8"), args.add(receivedAt), args.add(id, "uuid")];
  return [
    `"occurredAt" ${beyond} ${o} OR ("occurredAt" = ${o} AND "receivedAt" ${beyond} ${r}) ` +
      `OR ("occurredAt" = ${o} AND "receivedAt" = ${r} AND "sequence" ${beyond} ${s}) ` +
      `OR ("occurredAt" = ${o} AND "receivedAt" = ${r} AND "sequence" = ${s} AND "id" ${beyond} ${i})`,
  ];
}

// Every detail reads a page of the timeline: through the driver adapter (adapter-reads.ts), mapped as Prisma's
// findMany maps it. The schema stores each source under its department's event source name (`@map`).
const TIMELINE_COLUMNS = selectList(Prisma.TimelineEventScalarFieldEnum);
const TIMELINE_SHAPE = { renamed: { source: EVENT_SOURCE } };

export interface TimelineQuery {
  types?: readonly CaseEventType[] | null;
  from?: LocalDate | null;
  to?: LocalDate | null;
  direction: SortDirection;
  after?: string | null;
  size: number;
}

/**
 * One page of a dispute's timeline (`size + 1` rows at most, for `toConnection`), and how to count every step
 * that matches: a statement of its own, sent only when the client asks for `totalCount`.
 */
export async function timelinePage(
  store: PetitionsStore,
  disputeCode: string,
  { types, from, to, direction, after, size }: TimelineQuery,
): Promise<{ rows: TimelineEvent[]; count: () => Promise<number> }> {
  const args = new SqlArguments();
  const where = [`"disputeCode" = ${args.add(disputeCode)}`];
  if (types?.length) where.push(`"type" = ANY(${args.add(types, 'text[]::"CaseEventType"[]')})`);
  if (from) where.push(`"occurredAt" >= ${args.add(startOfLocalDay(from))}`);
  if (to) where.push(`"occurredAt" <= ${args.add(endOfLocalDay(to))}`);
  // The count reads the same conditions, so it takes their parameters and none of the page's.
  const countArgs = [...args.values];
  const conditions = [...where, ...afterTimelineCursor(args, after, direction)].map((c) => `(${c})`).join(" AND ");
  const order = direction === "desc" ? "DESC" : "ASC";
  const rows = await store.rawQuery<TimelineEvent>(
    `SELECT ${TIMELINE_COLUMNS} FROM "TimelineEvent" WHERE ${conditions} ` +
      `ORDER BY "occurredAt" ${order}, "receivedAt" ${order}, "sequence" ${order}, "id" ${order} ` +
      `LIMIT ${args.add(size + 1)}`,
    args.values,
    TIMELINE_SHAPE,
  );
  const count = async () => {
    const [counted] = await store.rawQuery<{ count: number }>(
      `SELECT count(*)::int AS "count" FROM "TimelineEvent" WHERE ${where.map((c) => `(${c})`).join(" AND ")}`,
      countArgs,
    );
    return counted!.count;
  };
  return { rows, count };
}
