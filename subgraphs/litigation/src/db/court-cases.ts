// The rows a court case's steps write besides the case itself: its number, its parties, claims and clocks
// when it opens, the clocks a step stops, starts or extends, the parties' consents. Each runs inside the
// transaction of the step (src/db/write.ts), which also guards the case's version and records its event and
// audit entry.
import {
  extendClock,
  toLocalDate,
  type ClockExtension,
  type ClockPause,
  type ClockRecord,
} from "@onedoor/shared/clock/index";
import { conflict } from "@onedoor/shared/graphql/errors";
import { courtPartyId } from "../domain/access.js";
import type { CaseCore } from "../domain/case-input.js";
import { formatCaseNumber } from "../domain/case-number.js";
import { COURT_CLOCKS } from "../domain/clocks.js";
import type { Step } from "../domain/procedures.js";
import type { CourtCase, CourtCaseClock, Prisma } from "../generated/prisma/client.js";
import type {
  CaseType,
  ConsentChannel,
  ConsentRecorder,
  CourtCaseStatus,
  CourtClockKind,
  CourtProcedure,
} from "../generated/prisma/enums.js";
import type { Tx } from "./store.js";

/**
 * Next 案件编号 for (court, type, year): one atomic INSERT … ON CONFLICT DO UPDATE inside the caller's
 * transaction, so concurrent filings (even the first of a year) wait on the counter row instead of
 * colliding, and a rolled-back filing gives its number back.
 */
async function allocateCaseNumber(tx: Tx, courtCode: string, caseType: CaseType, filedAt: Date): Promise<string> {
  const year = Number(toLocalDate(filedAt).slice(0, 4));
  const [counter] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "CaseNumberCounter" ("courtCode", "caseType", "year", "last")
    VALUES (${courtCode}, ${caseType}::"CaseType", ${year}, 1)
    ON CONFLICT ("courtCode", "caseType", "year") DO UPDATE SET "last" = "CaseNumberCounter"."last" + 1
    RETURNING "last"`;
  return formatCaseNumber({ year, courtCode, caseType, number: Number(counter!.last) });
}

export interface NewCase extends CaseCore {
  /** Given when the step that opens the case must name it before it exists (its audit entry). */
  id?: string;
  /** The court body opening the case (诉讼服务中心 or 人民法庭). */
  bodyId: string;
  procedure: CourtProcedure;
  caseType: CaseType;
  status: CourtCaseStatus;
  filedAt: Date;
  createdBy: string;
  /** Clocks to record: those that start on filing, and any already met (stoppedAt set). */
  clocks: { kind: CourtClockKind; startedAt: Date; stoppedAt?: Date }[];
  details?: Omit<
    Prisma.CourtCaseUncheckedCreateInput,
    "id" | "caseNumber" | "procedure" | "status" | "disputeCode" | "courtCode" | "bodyId" | "filedAt"
  >;
}

export async function createCase(tx: Tx, input: NewCase): Promise<CourtCase> {
  const caseNumber = await allocateCaseNumber(tx, input.courtCode, input.caseType, input.filedAt);
  return tx.courtCase.create({
    data: {
      ...input.details,
      ...(input.id ? { id: input.id } : {}),
      caseNumber,
      procedure: input.procedure,
      status: input.status,
      disputeCode: input.disputeCode,
      courtCode: input.courtCode,
      bodyId: input.bodyId,
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
    parties: parties.map(({ role, kind, name, idNumber }) => ({ role, kind, name, idNumber })),
    claims: claims.map((c) => ({ description: c.description, amount: c.amount?.toFixed(2) ?? null })),
  };
}

/** Stops and starts the clocks of `step` on the case, in the transaction that takes the step. */
export async function moveClocks(tx: Tx, caseId: string, step: Pick<Step, "stop" | "start">, at: Date): Promise<void> {
  await tx.courtCaseClock.updateMany({
    where: { caseId, kind: { in: step.stop }, stoppedAt: null },
    data: { stoppedAt: at },
  });
  if (step.start.length > 0) {
    await tx.courtCaseClock.createMany({ data: step.start.map((kind) => ({ caseId, kind, startedAt: at })) });
  }
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
 * Adds an approved extension to a running clock of the case (throws ClockError when the law forbids it),
 * inside the transaction of the case's change: its version guard keeps two extensions from both slipping
 * under the cap.
 */
export async function extendCaseClock(
  tx: Tx,
  caseId: string,
  kind: CourtClockKind,
  extension: ClockExtension,
): Promise<void> {
  const clock = await tx.courtCaseClock.findUnique({ where: { caseId_kind: { caseId, kind } } });
  if (!clock || clock.stoppedAt) throw conflict(`The case has no ${kind} clock running`, "本案没有正在计算的该项期限");
  const extended = extendClock(COURT_CLOCKS[kind], clockRecord(clock), extension);
  const stored: StoredExtension[] = extended.extensions.map((e) => ({ ...e, at: e.at.toISOString() }));
  await tx.courtCaseClock.update({
    where: { id: clock.id },
    data: { extensions: stored as unknown as Prisma.InputJsonValue },
  });
}

/** One party's consent to a judicial confirmation application, in the transaction of its step. */
export async function recordConsent(
  tx: Tx,
  consent: {
    caseId: string;
    casePartyId: string;
    channel: ConsentChannel;
    recorder: ConsentRecorder;
    recordedBy: string;
    representativeName: string | null;
    at: Date;
  },
): Promise<void> {
  const { at, ...rest } = consent;
  await tx.judicialConfirmationConsent.create({ data: { ...rest, consentedAt: at } });
}
