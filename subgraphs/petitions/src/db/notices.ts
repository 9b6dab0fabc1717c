// 派件: what the registry tells each department, in the order departments read it
// (shared/src/events/registry-notices.ts). Written in the transaction of the step that causes it.
import { isDeepStrictEqual } from "node:util";
import type { NoticeReader } from "@onedoor/shared/events/registry-link";
import type { RegistryNotice } from "@onedoor/shared/events/registry-notices";
import type { DisputePartyList } from "@onedoor/shared/events/dispute-parties";
import type { ReportedClock } from "@onedoor/shared/events/reported-clock";
import type { Prisma } from "../generated/prisma/client.js";
import type { Department, RegistryNoticeKind } from "../generated/prisma/enums.js";
import { DEPARTMENT_SUBGRAPH } from "../domain/access.js";
import type { RelayedFact } from "../domain/fact-relay.js";
import { partyIdsOfRows, partyNamesOfRows } from "../domain/party.js";
import type { PetitionsStore } from "./store.js";
import type { Tx } from "./write.js";

/** The department whose subgraph reads a notice; the window and 信访局 are the registry itself. */
const readerOf = (department: Department): NoticeReader | undefined => {
  const subgraph = DEPARTMENT_SUBGRAPH[department];
  return subgraph === "petitions" ? undefined : subgraph;
};
const departmentOf = (reader: NoticeReader): Department =>
  (Object.keys(DEPARTMENT_SUBGRAPH) as Department[]).find((d) => DEPARTMENT_SUBGRAPH[d] === reader)!;

/**
 * Notices are numbered under one transaction lock, so a notice's `sequence` is taken only after every earlier
 * notice committed: a department reading on from the last sequence it holds can never skip one committed late.
 */
const NOTICE_LOCK = 0x6f6e65; // "one"

export async function recordNotice(
  tx: Tx,
  notice: {
    department: Department;
    disputeCode: string;
    kind: RegistryNoticeKind;
    body?: string | null;
    bodyId?: string | null;
    coHandlers?: string[];
    coHandlerIds?: string[];
    recordId?: string | null;
    clock?: ReportedClock | null;
    at: Date;
  },
): Promise<void> {
  if (!readerOf(notice.department)) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NOTICE_LOCK}::bigint)`;
  await tx.departmentNotice.create({
    data: {
      department: notice.department,
      disputeCode: notice.disputeCode,
      kind: notice.kind,
      body: notice.body ?? null,
      bodyId: notice.bodyId ?? null,
      coHandlers: notice.coHandlers ?? [],
      coHandlerIds: notice.coHandlerIds ?? [],
      recordId: notice.recordId ?? null,
      ...(notice.clock ? { clock: notice.clock as unknown as Prisma.InputJsonValue } : {}),
      occurredAt: notice.at,
    },
  });
}

/** A closed (or merged-away) dispute: every department it was ever sent to hears so. */
export async function noticeClosure(tx: Tx, disputeCode: string, at: Date): Promise<void> {
  const sentTo = await tx.departmentNotice.findMany({
    where: { disputeCode },
    distinct: ["department"],
    select: { department: true },
  });
  for (const { department } of sentTo) await recordNotice(tx, { department, disputeCode, kind: "CLOSED", at });
}

/** Another department's fact, passed on to the department that acts on it (a fact relayed twice stays one). */
export async function relayFact(tx: Tx, disputeCode: string, fact: RelayedFact): Promise<void> {
  const { to: department, kind, recordId, at, clock } = fact;
  // A court's clock goes only to the committee it delegated that clock to.
  if (
    kind === "COURT_CLOCK_CHANGED" &&
    !(await tx.departmentNotice.findFirst({
      where: { department, disputeCode, kind: "DELEGATED", clock: { path: ["recordId"], equals: recordId } },
      select: { id: true },
    }))
  )
    return;
  // A fact is told once; a clock again each time it changes.
  const told = await tx.departmentNotice.findFirst({
    where: { department, disputeCode, kind, recordId },
    orderBy: { sequence: "desc" },
    select: { clock: true },
  });
  if (told && (!clock || isDeepStrictEqual(told.clock, clock))) return;
  await recordNotice(tx, { department, disputeCode, kind, recordId, clock: clock ?? null, at });
}

/** One page of a department's feed after `after`, oldest first. */
export async function noticesFor(
  store: PetitionsStore,
  reader: NoticeReader,
  after: bigint,
  limit: number,
): Promise<RegistryNotice[]> {
  const rows = await store.departmentNotice.findMany({
    where: { department: departmentOf(reader), sequence: { gt: after } },
    orderBy: { sequence: "asc" },
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    sequence: Number(row.sequence),
    disputeCode: row.disputeCode,
    kind: row.kind,
    body: row.body,
    bodyId: row.bodyId,
    coHandlers: row.coHandlers,
    coHandlerIds: row.coHandlerIds,
    recordId: row.recordId,
    clock: (row.clock as unknown as ReportedClock | null) ?? null,
    occurredAt: row.occurredAt.toISOString(),
  }));
}

/**
 * The party ids of a dispute the registry sent to the department (every notice kind counts: a case it still
 * holds or held), asked at a party's own step there; null for a dispute never sent to it.
 */
export async function disputePartiesFor(
  store: PetitionsStore,
  reader: NoticeReader,
  disputeCode: string,
): Promise<DisputePartyList | null> {
  const sent = await store.departmentNotice.findFirst({
    where: { department: departmentOf(reader), disputeCode },
    select: { id: true },
  });
  if (!sent) return null;
  const dispute = await store.dispute.findUnique({ where: { code: disputeCode }, include: { parties: true } });
  return dispute ? { partyIds: partyIdsOfRows(dispute.parties), partyNames: partyNamesOfRows(dispute.parties) } : null;
}
