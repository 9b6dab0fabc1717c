// Writes and queue reads of arbitration cases. Every step is written where the row still has the
// version it was read at, so of two concurrent edits only one wins; the other gets CONFLICT.
// Every write records its case events for the registry and its audit entry in the same transaction.
import { recordAudit, type AuditActor } from "@onedoor/shared/audit/audit";
import { afterCursorDesc } from "@onedoor/shared/graphql/connection";
import { conflict } from "@onedoor/shared/graphql/errors";
import { toLocalDate } from "@onedoor/shared/clock/index";
import type { Prisma } from "../generated/prisma/client.js";
import { OPEN_STATUSES, type CaseStatus } from "../domain/case-machine.js";
import { formatCaseNumber, type Commission } from "../domain/commission.js";
import type { ReportedEvent } from "../domain/case-events.js";
import { recordEvents } from "./events.js";
import type { ArbitrationStore } from "./store.js";
import type { CaseRow } from "./rows.js";

type Tx = Prisma.TransactionClient;

/** The audit entry of a write: who, which mutation, which input fields (names only, never values). */
export interface AuditedWrite {
  by: AuditActor;
  action: string;
  fields: string[];
}

function audit(tx: Tx, write: AuditedWrite, caseId: string): Promise<void> {
  // Prisma's generated create input is narrower than AuditStore's; the columns are the same.
  return recordAudit(tx, write.by, {
    action: write.action,
    entity: "ArbitrationCase",
    entityId: caseId,
    fields: write.fields,
  });
}

/** Next number of the commission's year, atomically: concurrent filings never share a number. */
export async function allocateCaseSequence(tx: Tx, commissionRegion: string, year: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ lastSequence: number }[]>`
    INSERT INTO "CaseNumberCounter" ("commissionRegion", "year", "lastSequence") VALUES (${commissionRegion}, ${year}, 1)
    ON CONFLICT ("commissionRegion", "year") DO UPDATE SET "lastSequence" = "CaseNumberCounter"."lastSequence" + 1
    RETURNING "lastSequence"`;
  if (!row) throw new Error("case number counter returned no row");
  return Number(row.lastSequence);
}

export const caseYear = (receivedAt: Date): number => Number(toLocalDate(receivedAt).slice(0, 4));

/**
 * Files a new case: allocates the commission's next 案号 and creates the case with `data`, and records
 * the events `report` derives from the stored case and the audit entry, all in one transaction.
 */
export function fileCase(
  store: ArbitrationStore,
  commission: Commission,
  data: Omit<Prisma.ArbitrationCaseCreateInput, "caseNumber" | "commissionRegion" | "receivedAt">,
  receivedAt: Date,
  report: (row: CaseRow) => ReportedEvent[],
  write: AuditedWrite,
): Promise<CaseRow> {
  return store.$transaction(async (tx) => {
    const year = caseYear(receivedAt);
    const sequence = await allocateCaseSequence(tx, commission.region, year);
    const row = await tx.arbitrationCase.create({
      data: {
        ...data,
        commissionRegion: commission.region,
        receivedAt,
        caseNumber: formatCaseNumber(commission, year, sequence),
      },
    });
    await recordEvents(tx, row, receivedAt, report(row));
    await audit(tx, write, row.id);
    return row;
  });
}

export interface StepRecord {
  type: string;
  occurredAt: Date;
  actor: string;
  details?: Prisma.InputJsonValue;
}

/**
 * Applies `data` to the case if it is still at `row.version` (and at `expectedVersion` when the
 * client sent one), records the step, its case events and the audit entry, and runs `more` in the same transaction.
 */
export async function updateCaseGuarded(
  store: ArbitrationStore,
  row: CaseRow,
  expectedVersion: number | null | undefined,
  data: Prisma.ArbitrationCaseUpdateManyMutationInput,
  step: StepRecord,
  events: readonly ReportedEvent[],
  write: AuditedWrite,
  more: (tx: Tx) => Promise<void> = async () => {},
): Promise<CaseRow> {
  const stale = () =>
    conflict(
      `Case ${row.caseNumber} was changed by someone else; reload it and try again`,
      `案件 ${row.caseNumber} 已被他人修改，请刷新后重试`,
      { currentVersion: row.version },
    );
  if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== row.version) throw stale();
  return store.$transaction(async (tx) => {
    const { count } = await tx.arbitrationCase.updateMany({
      where: { id: row.id, version: row.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw stale();
    await tx.caseStep.create({
      data: {
        caseId: row.id,
        type: step.type,
        occurredAt: step.occurredAt,
        actor: step.actor,
        details: step.details ?? {},
      },
    });
    await more(tx);
    await recordEvents(tx, row, step.occurredAt, events);
    await audit(tx, write, row.id);
    return tx.arbitrationCase.findUniqueOrThrow({ where: { id: row.id } });
  });
}

export interface QueueFilter {
  status?: CaseStatus[] | null;
  collective?: boolean | null;
  commissionRegion?: string | null;
  receivedFrom?: Date | null;
  receivedBefore?: Date | null;
  /** Clock-based conditions (overdue, due soon): computed per row, never stored. */
  clocksOnly?: boolean;
}

const BATCH = 200;

/**
 * One page of the commission's queue, newest first, keyset-paged on (receivedAt, id).
 * `keep` filters on computed clocks; rows are read in batches until the page is full.
 */
export async function queuePage(
  store: ArbitrationStore,
  filter: QueueFilter,
  size: number,
  after: string | null | undefined,
  keep: ((row: CaseRow) => boolean) | null,
): Promise<CaseRow[]> {
  const statuses = filter.clocksOnly
    ? (filter.status ?? ["RECEIVED", ...OPEN_STATUSES]).filter((s) => s === "RECEIVED" || OPEN_STATUSES.includes(s))
    : filter.status;
  const base: Prisma.ArbitrationCaseWhereInput = {
    ...(statuses ? { status: { in: statuses } } : {}),
    ...(filter.collective !== null && filter.collective !== undefined ? { collective: filter.collective } : {}),
    ...(filter.commissionRegion ? { commissionRegion: filter.commissionRegion } : {}),
    ...(filter.receivedFrom || filter.receivedBefore
      ? {
          receivedAt: {
            ...(filter.receivedFrom ? { gte: filter.receivedFrom } : {}),
            ...(filter.receivedBefore ? { lt: filter.receivedBefore } : {}),
          },
        }
      : {}),
  };
  const orderBy: Prisma.ArbitrationCaseOrderByWithRelationInput[] = [{ receivedAt: "desc" }, { id: "desc" }];
  const parse = (sort: string | number) => new Date(sort);
  if (!keep) {
    return store.arbitrationCase.findMany({
      where: { AND: [base, afterCursorDesc("receivedAt", after, parse)] },
      orderBy,
      take: size + 1,
    });
  }
  const matches: CaseRow[] = [];
  let position: Prisma.ArbitrationCaseWhereInput = afterCursorDesc("receivedAt", after, parse);
  for (;;) {
    const batch = await store.arbitrationCase.findMany({ where: { AND: [base, position] }, orderBy, take: BATCH });
    for (const row of batch) {
      if (keep(row)) matches.push(row);
      if (matches.length > size) return matches;
    }
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) return matches;
    position = { OR: [{ receivedAt: { lt: last.receivedAt } }, { receivedAt: last.receivedAt, id: { lt: last.id } }] };
  }
}

/**
 * One page of an arbitrator's hearings (scheduled or held and awarded) in [from, to), earliest first, keyset-paged on (hearingAt, id).
 * Served by the GIN index on arbitrators and the (hearingAt, id) index.
 */
export function calendarPage(
  store: ArbitrationStore,
  arbitrator: string,
  from: Date,
  to: Date,
  size: number,
  after: { sort: string | number; id: string } | null,
): Promise<CaseRow[]> {
  const position: Prisma.ArbitrationCaseWhereInput = after
    ? { OR: [{ hearingAt: { gt: new Date(after.sort) } }, { hearingAt: new Date(after.sort), id: { gt: after.id } }] }
    : {};
  return store.arbitrationCase.findMany({
    where: {
      AND: [
        {
          arbitrators: { has: arbitrator },
          status: { in: ["HEARING_SCHEDULED", "AWARDED"] },
          hearingAt: { gte: from, lt: to },
        },
        position,
      ],
    },
    orderBy: [{ hearingAt: "asc" }, { id: "asc" }],
    take: size + 1,
  });
}
