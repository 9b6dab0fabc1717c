// Petitions (信访事项) as stored: the clock inputs of the domain's record, the rows a step adds, the
// handling queue, and the petitions of the same matter reaching the registry again.
import {
  afterCursor,
  countScanned,
  scanPage,
  type ScanOptions,
  type SortDirection,
} from "@onedoor/shared/graphql/connection";
import { dayRangeWhere, statusesWhere, type PartyRecordFilterShape } from "@onedoor/shared/graphql/party-records";
import { selectList } from "@onedoor/shared/db/adapter-reads";
import { Prisma, type Dispute, type Petition, type PetitionAdjustment } from "../generated/prisma/client.js";
import type { PetitionAdjustmentKind, PetitionStatus } from "../generated/prisma/enums.js";
import { handOffForRouteOut } from "../domain/hand-off.js";
import type { PetitionEvent, PetitionRecord } from "../domain/petition.js";
import { hasPendingHandOff, leadOwner, requestHandOffFromStep } from "./hand-offs.js";
import type { PetitionsStore } from "./store.js";
import { recordRegistryStep } from "./timeline.js";
import type { Tx } from "./write.js";

export type PetitionRow = Petition & { adjustments: PetitionAdjustment[] };

const ADJUSTMENTS_IN_ORDER = { orderBy: [{ at: "asc" as const }, { id: "asc" as const }] };

// A dispute's petition (its `petition` field, the petition steps' resolvers): through the driver adapter
// (adapter-reads.ts), mapped as Prisma's findMany with `include: { adjustments }` maps it, in two statements as
// Prisma sends it.
const PETITIONS_SQL = `SELECT ${selectList(Prisma.PetitionScalarFieldEnum)} FROM "Petition" WHERE "disputeId" = ANY($1::uuid[])`;
const ADJUSTMENTS_SQL =
  `SELECT ${selectList(Prisma.PetitionAdjustmentScalarFieldEnum)} FROM "PetitionAdjustment" ` +
  `WHERE "petitionId" = ANY($1::uuid[]) ORDER BY "at" ASC, "id" ASC`;

/** The petitions of the given disputes (in no particular order) with their adjustments in order, as `findMany`. */
export async function petitionsOfDisputes(
  store: PetitionsStore,
  disputeIds: readonly string[],
): Promise<PetitionRow[]> {
  const petitions = await store.rawQuery<Petition>(PETITIONS_SQL, [disputeIds]);
  if (petitions.length === 0) return [];
  const adjustments = await store.rawQuery<PetitionAdjustment>(ADJUSTMENTS_SQL, [petitions.map((p) => p.id)]);
  const byPetition = new Map<string, PetitionAdjustment[]>(petitions.map((p) => [p.id, []]));
  for (const adjustment of adjustments) byPetition.get(adjustment.petitionId)!.push(adjustment);
  return petitions.map((petition) => ({ ...petition, adjustments: byPetition.get(petition.id)! }));
}

const opt = (d: Date | null): Date | undefined => d ?? undefined;

/** The stored petition as the domain's record (clock inputs only; clocks are computed from it). */
export function toRecord(row: PetitionRow): PetitionRecord {
  const hearings = (kind: PetitionAdjustmentKind) =>
    row.adjustments
      .filter((a) => a.kind === kind && a.from && a.to)
      .map((a) => ({ from: a.from!, to: a.to!, reason: a.reason }));
  return {
    state: row.status,
    receivedAt: row.receivedAt,
    decidedAt: opt(row.decidedAt),
    routedTo: row.routedTo ?? undefined,
    handlingExtensions: row.adjustments
      .filter((a) => a.kind === "HANDLING_EXTENSION")
      .map((a) => ({ days: a.days!, approvedBy: a.approvedBy!, reason: a.reason, at: a.at })),
    repliedAt: opt(row.repliedAt),
    reviewRequestedAt: opt(row.reviewRequestedAt),
    reviewHearings: hearings("REVIEW_HEARING"),
    reviewedAt: opt(row.reviewedAt),
    reexaminationRequestedAt: opt(row.reexaminationRequestedAt),
    reexaminationHearings: hearings("REEXAMINATION_HEARING"),
    reexaminedAt: opt(row.reexaminedAt),
  };
}

/** Columns of a record besides its status (set by the write path) and adjustments (appended rows). */
export function recordColumns(r: PetitionRecord) {
  return {
    decidedAt: r.decidedAt ?? null,
    routedTo: r.routedTo ?? null,
    repliedAt: r.repliedAt ?? null,
    reviewRequestedAt: r.reviewRequestedAt ?? null,
    reviewedAt: r.reviewedAt ?? null,
    reexaminationRequestedAt: r.reexaminationRequestedAt ?? null,
    reexaminedAt: r.reexaminedAt ?? null,
  };
}

export const petitionOfDispute = (db: Tx, disputeId: string): Promise<PetitionRow | null> =>
  db.petition.findUnique({ where: { disputeId }, include: { adjustments: ADJUSTMENTS_IN_ORDER } });

/** Petitions of the disputes linked to, merged with or flagged as a duplicate of this one: the same matter. */
export async function petitionsOfRelatedDisputes(store: PetitionsStore, code: string): Promise<PetitionRow[]> {
  const links = await store.disputeLink.findMany({ where: { OR: [{ fromCode: code }, { toCode: code }] } });
  const related = links.map((l) => (l.fromCode === code ? l.toCode : l.fromCode));
  if (related.length === 0) return [];
  return store.petition.findMany({
    where: { dispute: { code: { in: related } } },
    include: { adjustments: ADJUSTMENTS_IN_ORDER },
  });
}

/** One page of the petition queue, newest receipt first (`size + 1` rows at most, for `toConnection`). */
/** One page of the petition queue, with the count of all that match. */
export async function petitionPage(
  store: PetitionsStore,
  filter: { agentName?: string | null; statuses?: PetitionStatus[] | null },
  page: { after: string | null | undefined; size: number; direction: SortDirection },
) {
  const matching: Prisma.PetitionWhereInput[] = [
    filter.agentName ? { agentName: filter.agentName } : {},
    filter.statuses?.length ? { status: { in: filter.statuses } } : {},
  ];
  const rows = await store.petition.findMany({
    where: {
      AND: [...matching, afterCursor("receivedAt", page.after, page.direction, (s) => new Date(String(s)))],
    },
    include: { adjustments: ADJUSTMENTS_IN_ORDER, dispute: { select: { code: true } } },
    orderBy: [{ receivedAt: page.direction }, { id: page.direction }],
    take: page.size + 1,
  });
  return { rows, count: () => store.petition.count({ where: { AND: matching } }) };
}

export type PartyPetitionRow = PetitionRow & { dispute: Dispute };

/**
 * One page of the petitions among a party's disputes, keyset-paged on (receivedAt, id) in SQL; `visible` (the
 * access module, on each petition's dispute) keeps those the caller may see.
 */
export async function partyPetitionPage(
  store: PetitionsStore,
  partyId: string,
  filter: PartyRecordFilterShape<PetitionStatus>,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
  visible: (rows: PartyPetitionRow[]) => PromiseLike<readonly PartyPetitionRow[]>,
): Promise<{ rows: PartyPetitionRow[]; count: () => Promise<number> }> {
  const where: Prisma.PetitionWhereInput = {
    dispute: { parties: { some: { partyId } } },
    status: statusesWhere(filter.statuses),
    receivedAt: dayRangeWhere(filter),
  };
  const scan: ScanOptions<PartyPetitionRow> = {
    fetch: (position, take) =>
      store.petition.findMany({
        where: { AND: [where, position] },
        include: { adjustments: ADJUSTMENTS_IN_ORDER, dispute: true },
        orderBy: [{ receivedAt: page.direction }, { id: page.direction }],
        take,
      }),
    sortField: "receivedAt",
    sortValue: (row) => row.receivedAt,
    direction: page.direction,
    after: page.after,
    parse: (s) => new Date(String(s)),
    visible,
    size: page.size,
  };
  return { rows: await scanPage(scan), count: () => countScanned(scan) };
}

export const adjustmentsOf = (db: Tx, petitionId: string): Promise<PetitionAdjustment[]> =>
  db.petition.findUniqueOrThrow({ where: { id: petitionId } }).adjustments(ADJUSTMENTS_IN_ORDER);

/** 信访事项登记: the petition as received, and its step in the dispute's timeline. */
export async function createPetition(
  tx: Tx,
  dispute: Dispute,
  petition: { record: PetitionRecord; agentName: string | null; agentPhone: string | null; filedBy: string },
): Promise<PetitionRow> {
  const { record, ...filing } = petition;
  const created = await tx.petition.create({
    data: {
      disputeId: dispute.id,
      status: record.state,
      receivedAt: record.receivedAt,
      ...recordColumns(record),
      ...filing,
    },
    include: { adjustments: true },
  });
  await recordRegistryStep(tx, {
    disputeCode: dispute.code,
    type: "PETITION_FILED",
    summary: filing.agentName ? "信访事项登记（代办员代办）" : "信访事项登记",
    occurredAt: record.receivedAt,
  });
  return created;
}

const PETITION_STEP_LABEL: Record<PetitionEvent["type"], string> = {
  ACCEPT: "受理",
  REFUSE: "不予受理",
  ROUTE_OUT: "导入诉讼、仲裁或行政复议等法定途径",
  EXTEND_HANDLING: "经批准延长办理期限",
  REPLY: "出具处理意见",
  REQUEST_REVIEW: "申请复查",
  HEARING: "组织听证",
  ANSWER_REVIEW: "作出复查意见",
  REQUEST_REEXAMINATION: "申请复核",
  ANSWER_REEXAMINATION: "作出复核意见",
};

/**
 * The rows a petition's step adds: an approved extension or a hearing, the hand-off of a matter routed
 * to a statutory channel of the center, and the step in the dispute's timeline.
 */
export async function recordPetitionStep(
  tx: Tx,
  step: { before: Petition; dispute: Dispute; event: PetitionEvent; next: PetitionRecord; actor: string },
): Promise<void> {
  const { before, dispute, event, next, actor } = step;
  if (event.type === "EXTEND_HANDLING") {
    const extension = next.handlingExtensions.at(-1)!;
    await tx.petitionAdjustment.create({
      data: {
        petitionId: before.id,
        kind: "HANDLING_EXTENSION",
        at: extension.at,
        days: extension.days,
        approvedBy: extension.approvedBy,
        reason: extension.reason,
        recordedBy: actor,
      },
    });
  }
  if (event.type === "HEARING") {
    await tx.petitionAdjustment.create({
      data: {
        petitionId: before.id,
        kind: before.status === "REVIEW_REQUESTED" ? "REVIEW_HEARING" : "REEXAMINATION_HEARING",
        at: event.from,
        from: event.from,
        to: event.to,
        reason: event.reason,
        recordedBy: actor,
      },
    });
  }
  if (event.type === "ROUTE_OUT") {
    const routedTo = handOffForRouteOut(event.to);
    if (routedTo && !(await hasPendingHandOff(tx, dispute.id)) && leadOwner(dispute) !== routedTo.to)
      await requestHandOffFromStep(tx, dispute, { to: routedTo.to, reason: routedTo.reasonZh, actor, now: event.at });
  }
  await recordRegistryStep(tx, {
    disputeCode: dispute.code,
    type: "PETITION_ADVANCED",
    summary: `信访事项：${PETITION_STEP_LABEL[event.type]}`,
    occurredAt: event.type === "HEARING" ? event.from : event.at,
    data: { step: event.type, state: next.state },
  });
}
