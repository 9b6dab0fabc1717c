// Every change of an arbitration case goes through the shared write path (shared/src/db/write-path.ts):
// the case is read, the state machine (domain/case-machine.ts) decides the step, the case is written only
// if it still has the version it was read at, and the step's 办案记录 (CaseStep), its case events for the
// registry and its audit entry are written in the same transaction.
import { actorId } from "@onedoor/shared/auth/identity";
import { toLocalDate } from "@onedoor/shared/clock/index";
import {
  changeRecord,
  createRecord,
  type RecordChange,
  type RecordKind,
  type StepEvent,
} from "@onedoor/shared/db/write-path";
import { badUserInput } from "@onedoor/shared/graphql/errors";
import type { SubgraphContext } from "@onedoor/shared/server/subgraph";
import type {
  ArbitrationCommission as CommissionRow,
  Arbitrator as ArbitratorRow,
  Prisma,
} from "../generated/prisma/client.js";
import type { ArbitrationStatus, ClaimDecision, DirectoryStatus, FinalityReason } from "../generated/prisma/enums.js";
import {
  applyEvent,
  reportedCaseClocks,
  type CaseEvent,
  type CasePatch,
  type CaseRefusal,
} from "../domain/case-machine.js";
import { stepEvents, type ReportedEvent, type StepFacts } from "../domain/case-events.js";
import { formatCaseNumber, type Commission } from "../domain/commission.js";
import type { RosterRefusal } from "../domain/arbitrators.js";
import { assertMayChangeCase } from "../resolvers/access.js";
import { factsOf, storedExtensions, type CaseRow } from "./rows.js";
import type { ArbitrationLoaders, ArbitrationStore } from "./store.js";

type Tx = Prisma.TransactionClient;
type CaseUpdate = Prisma.ArbitrationCaseUpdateManyMutationInput;
/** The request that writes: who acts (for the records and the audit entry), the store and its loaders. */
type Writer = Pick<
  SubgraphContext<ArbitrationStore, ArbitrationLoaders>,
  "identity" | "requestId" | "store" | "loaders"
>;

/** 仲裁案件, as the write path finds and names it. */
export const ARBITRATION_CASE: RecordKind<CaseRow, Tx, CaseUpdate> = {
  entity: "ArbitrationCase",
  nameZh: "仲裁案件",
  table: (db) => db.arbitrationCase,
  outbox: (tx) => tx,
  audit: (tx) => tx,
};

/** Every event of a step carries the case's clocks after the step, as the registry receives them (期限上报). */
const withClocks = (after: CaseRow, events: readonly StepEvent[]): StepEvent[] => {
  const clocks = reportedCaseClocks(after.id, factsOf(after));
  return events.map((event) => ({ ...event, clocks }));
};

/** Applies one change through the write path; the request's loader then holds the case as committed. */
export async function changeCase(
  ctx: Writer,
  change: RecordChange<CaseRow, Tx, CaseUpdate, ArbitrationStatus>,
): Promise<CaseRow> {
  // Every step, whichever mutation asks for it, is on a case of the caller's own commission and county.
  await assertMayChangeCase(ctx, change.id);
  const row = await changeRecord(ctx.store, ctx, ARBITRATION_CASE, {
    ...change,
    events: async (step) => withClocks(step.after, (await change.events?.(step)) ?? []),
  });
  ctx.loaders.caseById.clear(row.id).prime(row.id, row);
  return row;
}

/** 仲裁员 as the write path knows it: the roster entry's status moves by the shared directory lifecycle. */
export const ARBITRATOR: RecordKind<ArbitratorRow, Tx, Prisma.ArbitratorUpdateManyMutationInput> = {
  entity: "ArbitrationArbitrator",
  nameZh: "仲裁员",
  table: (db) => db.arbitrator,
  audit: (tx) => tx,
};

/** A new arbitrator on a commission's roster, with its audit entry. */
export const createArbitrator = (
  ctx: Writer,
  data: Prisma.ArbitratorUncheckedCreateInput,
  audit: { action: string; input: object },
): Promise<ArbitratorRow> =>
  createRecord(ctx.store, ctx, ARBITRATOR, { create: (tx) => tx.arbitrator.create({ data }), audit });

/** An arbitrator's status change (暂停、恢复、退出名录), guarded by its version and audited. */
export const changeArbitratorStatus = (
  ctx: Writer,
  step: RecordChange<ArbitratorRow, Tx, Prisma.ArbitratorUpdateManyMutationInput, DirectoryStatus>,
): Promise<ArbitratorRow> => changeRecord(ctx.store, ctx, ARBITRATOR, step);

/** 仲裁委员会 as the write path knows it: its status moves by the shared directory lifecycle. */
export const ARBITRATION_COMMISSION: RecordKind<
  CommissionRow,
  Tx,
  Prisma.ArbitrationCommissionUpdateManyMutationInput
> = {
  entity: "ArbitrationCommission",
  nameZh: "仲裁委员会",
  table: (db) => db.arbitrationCommission,
  audit: (tx) => tx,
};

/** A new commission in the department's directory, with its audit entry. */
export const createCommission = (
  ctx: Writer,
  data: Prisma.ArbitrationCommissionCreateInput,
  audit: { action: string; input: object },
): Promise<CommissionRow> =>
  createRecord(ctx.store, ctx, ARBITRATION_COMMISSION, {
    create: (tx) => tx.arbitrationCommission.create({ data }),
    audit,
  });

/** A commission's status change (暂停、恢复、退出名录), guarded by its version and audited. */
export const changeCommissionStatus = (
  ctx: Writer,
  step: RecordChange<CommissionRow, Tx, Prisma.ArbitrationCommissionUpdateManyMutationInput, DirectoryStatus>,
): Promise<CommissionRow> => changeRecord(ctx.store, ctx, ARBITRATION_COMMISSION, step);

/** One claim's decision, recorded with the award. */
export interface ClaimDecisionRecord {
  claimId: string;
  decision: ClaimDecision;
  /** Yuan with two decimals; null for a dismissed claim. */
  awardedAmount: string | null;
  final: boolean;
  finalityReason: FinalityReason;
  finalityExplanation: string;
}

/** A step of the state machine as a mutation asks for it. */
export interface CaseStepChange {
  caseId: string;
  expectedVersion?: number | null;
  /** The step as the state machine sees it. */
  event: CaseEvent;
  /** Columns the machine leaves to the mutation (reasons, names, places, documents). */
  columns?(row: CaseRow, at: Date): Omit<CaseUpdate, "status" | "version">;
  /** Kept with the step in the case's 办案记录. */
  details?: Prisma.InputJsonValue;
  /** The claims' decisions, for an award. */
  claimDecisions?: readonly ClaimDecisionRecord[];
  /** What the registry is told beyond the event itself. */
  reported?: Pick<StepFacts, "documentNumber" | "awardedFen" | "hearingPlace">;
  /** The mutation and its input, for the audit entry (field names only). */
  audit: { action: string; input: object };
  /** What else a step the machine allows depends on (the arbitrators' roster): the refusal, or null. */
  vet?(row: CaseRow): Promise<RosterRefusal | null>;
}

/** A rule on what was entered, broken: BAD_USER_INPUT on the input (a refusal by state is the write path's INVALID_STATE). */
const brokenRule = (refusal: CaseRefusal) =>
  badUserInput([
    { field: ["input"], reason: refusal.reason, messageZh: refusal.messageZh, messageEn: refusal.messageEn },
  ]);

function patchColumns({ awardExtensions, ...dates }: CasePatch): Omit<CaseUpdate, "status" | "version"> {
  return {
    ...dates,
    ...(awardExtensions ? { awardExtensions: storedExtensions(awardExtensions) } : {}),
  };
}

/** Takes a case one step through its state machine. */
export function stepCase(ctx: Writer, step: CaseStepChange): Promise<CaseRow> {
  const { event } = step;
  // What the machine decided the step records, for the columns written with it.
  let patch: CasePatch | undefined;
  return changeCase(ctx, {
    id: step.caseId,
    expectedVersion: step.expectedVersion,
    async decide(row) {
      const transition = applyEvent(factsOf(row), event);
      if (!transition.ok && transition.inputRule) throw brokenRule(transition);
      if (!transition.ok) return transition;
      const refusal = await step.vet?.(row);
      if (refusal) return refusal;
      patch = transition.patch;
      return transition;
    },
    columns(row) {
      if (!patch) throw new Error("the write path asks for a step's columns only once it is decided");
      return { ...patchColumns(patch), ...step.columns?.(row, event.at) };
    },
    async write(tx, before) {
      await tx.caseStep.create({
        data: {
          caseId: before.id,
          type: event.type,
          occurredAt: event.at,
          actor: actorId(ctx.identity),
          details: step.details ?? {},
        },
      });
      // Only this case's claims: an id of another case's claim fails the step.
      for (const { claimId, ...decision } of step.claimDecisions ?? []) {
        await tx.claim.update({ where: { id: claimId, caseId: before.id }, data: decision });
      }
    },
    events: async ({ tx, before }) =>
      stepEvents(event, {
        commissionName: (await tx.arbitrationCommission.findUniqueOrThrow({ where: { id: before.commissionId } })).name,
        caseNumber: before.caseNumber,
        awardFinal: before.awardFinal,
        ...step.reported,
      }).map((reported) => ({ ...reported, occurredAt: event.at })),
    audit: step.audit,
  });
}

/** Next number of the commission's year, atomically: concurrent filings never share a number. */
async function allocateCaseSequence(tx: Tx, commissionRegion: string, year: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ lastSequence: number }[]>`
    INSERT INTO "CaseNumberCounter" ("commissionRegion", "year", "lastSequence") VALUES (${commissionRegion}, ${year}, 1)
    ON CONFLICT ("commissionRegion", "year") DO UPDATE SET "lastSequence" = "CaseNumberCounter"."lastSequence" + 1
    RETURNING "lastSequence"`;
  if (!row) throw new Error("case number counter returned no row");
  return Number(row.lastSequence);
}

/** An application (仲裁申请) as the commission receives it. */
export interface NewCase {
  commission: Commission;
  receivedAt: Date;
  data: Omit<
    Prisma.ArbitrationCaseUncheckedCreateInput,
    "caseNumber" | "commissionId" | "commissionRegion" | "receivedAt" | "steps"
  >;
  /** Kept with the FILE step of the 办案记录. */
  details: Prisma.InputJsonValue;
  /** The events the filed case reports (it has its 案号 by then). */
  report(row: CaseRow): readonly ReportedEvent[];
  audit: { action: string; input: object };
}

/** Files a case under the commission's next 案号, with its events and audit entry, in one transaction. */
export async function fileCase(ctx: Writer, filing: NewCase): Promise<CaseRow> {
  const { commission, receivedAt } = filing;
  const row = await createRecord(ctx.store, ctx, ARBITRATION_CASE, {
    async create(tx) {
      const year = Number(toLocalDate(receivedAt).slice(0, 4));
      const sequence = await allocateCaseSequence(tx, commission.regionCode, year);
      return tx.arbitrationCase.create({
        data: {
          ...filing.data,
          commissionId: commission.id,
          commissionRegion: commission.regionCode,
          receivedAt,
          caseNumber: formatCaseNumber(commission, year, sequence),
          steps: {
            create: { type: "FILE", occurredAt: receivedAt, actor: actorId(ctx.identity), details: filing.details },
          },
        },
      });
    },
    events: ({ after }) =>
      withClocks(
        after,
        filing.report(after).map((reported) => ({ ...reported, occurredAt: receivedAt })),
      ),
    audit: filing.audit,
  });
  ctx.loaders.caseById.prime(row.id, row);
  return row;
}
