// Writes of court cases: numbering, opening a case with its parties, claims and clocks, and steps of the
// state machines. Every write that numbers a case or moves a status runs in one transaction, which also
// records the case event for the registry (src/db/events.ts).
import {
  extendClock,
  toLocalDate,
  type ClockExtension,
  type ClockPause,
  type ClockRecord,
} from "@onedoor/shared/clock/index";
import type { NewCaseEvent } from "@onedoor/shared/events/outbox";
import { conflict } from "@onedoor/shared/graphql/errors";
import { recordAudit, type AuditActor, type AuditFact } from "@onedoor/shared/audit/audit";
import { courtPartyId } from "../domain/access.js";
import { formatCaseNumber, type CaseType } from "../domain/case-number.js";
import { COURT_CLOCKS, type CourtClockKind } from "../domain/clocks.js";
import type { CaseStatus, Procedure, Step } from "../domain/procedures.js";
import type { CourtCase, CourtCaseClock, Prisma } from "../generated/prisma/client.js";
import { recordCourtEvent } from "./events.js";
import type { LitigationStore } from "./store.js";

export type Tx = Prisma.TransactionClient;

/**
 * Next 案件编号 for (court, type, year): one atomic INSERT … ON CONFLICT DO UPDATE inside the caller's
 * transaction, so concurrent filings (even the first of a year) wait on the counter row instead of
 * colliding, and a rolled-back filing gives its number back.
 */
export async function allocateCaseNumber(
  tx: Tx,
  courtCode: string,
  caseType: CaseType,
  filedAt: Date,
): Promise<string> {
  const year = Number(toLocalDate(filedAt).slice(0, 4));
  const [counter] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "CaseNumberCounter" ("courtCode", "caseType", "year", "last") VALUES (${courtCode}, ${caseType}, ${year}, 1)
    ON CONFLICT ("courtCode", "caseType", "year") DO UPDATE SET "last" = "CaseNumberCounter"."last" + 1
    RETURNING "last"`;
  return formatCaseNumber({ year, courtCode, caseType, number: Number(counter!.last) });
}

export interface NewParty {
  role: string;
  kind: string;
  name: string;
  idNumber: string | null;
  joinsApplication: boolean;
}

/** What a case carries over to the case that follows from it (filing after mediation, enforcement). */
export interface CaseCore {
  disputeCode: string;
  courtCode: string;
  online: boolean;
  causeCode: string | null;
  causeListVersion: string | null;
  parties: NewParty[];
  claims: { description: string; amount: string | null }[];
}

export interface NewCase extends CaseCore {
  procedure: Procedure;
  caseType: CaseType;
  status: CaseStatus;
  filedAt: Date;
  createdBy: string;
  /** Clocks to record: those that start on filing, and any already met (stoppedAt set). */
  clocks: { kind: CourtClockKind; startedAt: Date; stoppedAt?: Date }[];
  details?: Omit<
    Prisma.CourtCaseUncheckedCreateInput,
    "id" | "caseNumber" | "procedure" | "status" | "disputeCode" | "courtCode" | "filedAt"
  >;
}

export async function createCase(tx: Tx, input: NewCase): Promise<CourtCase> {
  const caseNumber = await allocateCaseNumber(tx, input.courtCode, input.caseType, input.filedAt);
  return tx.courtCase.create({
    data: {
      ...input.details,
      caseNumber,
      procedure: input.procedure,
      status: input.status,
      disputeCode: input.disputeCode,
      courtCode: input.courtCode,
      filedAt: input.filedAt,
      online: input.online,
      causeCode: input.causeCode,
      causeListVersion: input.causeListVersion,
      createdBy: input.createdBy,
      parties: {
        create: input.parties.map((p, position) => ({ ...p, partyId: courtPartyId(p.kind, p.idNumber), position })),
      },
      claims: { create: input.claims.map((c, position) => ({ ...c, position })) },
      clocks: {
        create: input.clocks.map((c) => ({ kind: c.kind, startedAt: c.startedAt, stoppedAt: c.stoppedAt ?? null })),
      },
    },
  });
}

/** The core of an existing case, read inside the transaction that opens its follow-up. */
export async function caseCore(tx: Tx, row: CourtCase): Promise<CaseCore> {
  const [parties, claims] = await Promise.all([
    tx.courtCaseParty.findMany({ where: { caseId: row.id }, orderBy: { position: "asc" } }),
    tx.courtCaseClaim.findMany({ where: { caseId: row.id }, orderBy: { position: "asc" } }),
  ]);
  return {
    disputeCode: row.disputeCode,
    courtCode: row.courtCode,
    online: row.online,
    causeCode: row.causeCode,
    causeListVersion: row.causeListVersion,
    parties: parties.map(({ role, kind, name, idNumber, joinsApplication }) => ({
      role,
      kind,
      name,
      idNumber,
      joinsApplication,
    })),
    claims: claims.map((c) => ({ description: c.description, amount: c.amount?.toFixed(2) ?? null })),
  };
}

/**
 * Moves a case along `step` (status guarded in the UPDATE itself, so two concurrent steps cannot both
 * pass), stops and starts the step's clocks, and writes `changes` with it.
 */
export async function applyStep(
  tx: Tx,
  row: CourtCase,
  step: Step,
  at: Date,
  changes: Prisma.CourtCaseUpdateManyMutationInput = {},
): Promise<CourtCase> {
  const { count } = await tx.courtCase.updateMany({
    where: { id: row.id, status: step.from },
    data: { ...changes, status: step.to },
  });
  if (count === 0) {
    throw conflict(
      `Case ${row.caseNumber} changed meanwhile; reload it and try again`,
      `案件 ${row.caseNumber} 已被他人更新，请刷新后重试`,
    );
  }
  await tx.courtCaseClock.updateMany({
    where: { caseId: row.id, kind: { in: step.stop }, stoppedAt: null },
    data: { stoppedAt: at },
  });
  if (step.start.length > 0) {
    await tx.courtCaseClock.createMany({ data: step.start.map((kind) => ({ caseId: row.id, kind, startedAt: at })) });
  }
  return tx.courtCase.findUniqueOrThrow({ where: { id: row.id } });
}

interface StoredExtension {
  days: number;
  approvedBy: string;
  reason: string;
  at: string;
}
interface StoredPause {
  from: string;
  to?: string;
  reason: string;
}

/** The clock engine's record from a stored clock row. */
export function clockRecord(row: CourtCaseClock): ClockRecord {
  const extensions = (row.extensions as unknown as StoredExtension[]).map((e): ClockExtension => ({
    ...e,
    at: new Date(e.at),
  }));
  const pauses = (row.pauses as unknown as StoredPause[]).map((p): ClockPause => ({
    reason: p.reason,
    from: new Date(p.from),
    ...(p.to ? { to: new Date(p.to) } : {}),
  }));
  return { startedAt: row.startedAt, pauses, extensions, ...(row.stoppedAt ? { stoppedAt: row.stoppedAt } : {}) };
}

/**
 * Adds an approved extension to a running clock of the case (throws ClockError when the law forbids it)
 * and records `event` and the audit entry `audit` in the same transaction.
 */
export async function extendCaseClock(
  store: LitigationStore,
  caseId: string,
  kind: CourtClockKind,
  extension: ClockExtension,
  event: NewCaseEvent,
  audit: { actor: AuditActor; fact: AuditFact },
): Promise<void> {
  await store.$transaction(async (tx) => {
    const clock = await tx.courtCaseClock.findUnique({ where: { caseId_kind: { caseId, kind } } });
    if (!clock) throw conflict(`The case has no ${kind} clock running`, "本案没有正在计算的该项期限");
    const extended = extendClock(COURT_CLOCKS[kind], clockRecord(clock), extension);
    const stored: StoredExtension[] = extended.extensions.map((e) => ({ ...e, at: e.at.toISOString() }));
    // Guarded on the extensions read, so two concurrent extensions cannot both slip under the cap.
    const { count } = await tx.courtCaseClock.updateMany({
      where: { id: clock.id, stoppedAt: null, extensions: { equals: clock.extensions as Prisma.InputJsonValue } },
      data: { extensions: stored as unknown as Prisma.InputJsonValue },
    });
    if (count === 0) throw conflict("The clock changed meanwhile; try again", "期限已被他人更新，请重试");
    await recordCourtEvent(tx, event);
    await recordAudit(tx, audit.actor, audit.fact);
  });
}
