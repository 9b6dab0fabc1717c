// The rows a step of a mediation case writes besides the case itself — mediator assignments, sessions,
// clock pauses, expert picks, the agreement and its follow-ups — each inside the step's transaction
// (`write` of db/write.ts), and what a mutation reads before it decides.
import type { CaseMediator, Prisma } from "../generated/prisma/client.js";
import type { EarlierPick } from "../domain/directory.js";
import type { Tx } from "./write.js";
import type { WithStore } from "./store.js";

/** The committee's name, for the registry's timeline. */
export async function committeeName(tx: Tx, committeeId: string): Promise<string> {
  return (await tx.committee.findUniqueOrThrow({ where: { id: committeeId }, select: { name: true } })).name;
}

/**
 * Steps the case reported after its acceptance (its outbox keeps every event): the picks carried into it were
 * written with the acceptance itself and are part of it.
 */
export async function stepsAfterAcceptance({ store }: WithStore, caseId: string): Promise<number> {
  const events = await store.outboxEvent.findMany({
    where: { recordId: caseId, type: { not: "MEDIATION_ACCEPTED" } },
    select: { type: true, data: true },
  });
  const carried = (data: unknown) => (data as { carriedOver?: unknown } | null)?.carriedOver === true;
  return events.filter((e) => !(e.type === "MEDIATION_EXPERT_PICKED" && carried(e.data))).length;
}

/** A mediator's assignment to a case, current or recused (回避), if any. */
export function findAssignment({ store }: WithStore, caseId: string, mediatorId: string) {
  return store.caseMediator.findUnique({ where: { caseId_mediatorId: { caseId, mediatorId } } });
}

/** Whether someone leads the case now: a mediator not recused, or an expert the party picked. */
async function hasLead(tx: Tx, caseId: string): Promise<boolean> {
  const [mediators, experts] = await Promise.all([
    tx.caseMediator.count({ where: { caseId, recusedAt: null, lead: true } }),
    tx.expertPick.count({ where: { caseId, lead: true } }),
  ]);
  return mediators + experts > 0;
}

/** 指派: the new mediator leads when asked to or when nobody leads now; returns whether they lead. */
export async function addMediator(
  tx: Tx,
  assignment: { caseId: string; mediatorId: string; lead: boolean; assignedAt: Date; assignedBy: string },
): Promise<boolean> {
  const { caseId } = assignment;
  const lead = assignment.lead || !(await hasLead(tx, caseId));
  if (lead) {
    await tx.caseMediator.updateMany({ where: { caseId }, data: { lead: false } });
    await tx.expertPick.updateMany({ where: { caseId }, data: { lead: false } });
  }
  await tx.caseMediator.create({ data: { ...assignment, lead } });
  return lead;
}

/** 回避: the mediator steps down; a recused lead hands over to the earliest assigned. Returns whether one took over. */
export async function recuseMediator(
  tx: Tx,
  assignment: CaseMediator,
  recusal: { recusedAt: Date; recusalReason: string; recusalRequestedBy: string; recordedBy: string },
): Promise<boolean> {
  await tx.caseMediator.update({ where: { id: assignment.id }, data: { ...recusal, lead: false } });
  if (!assignment.lead) return false;
  const next = await tx.caseMediator.findFirst({
    where: { caseId: assignment.caseId, recusedAt: null },
    orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
  });
  if (next) await tx.caseMediator.update({ where: { id: next.id }, data: { lead: true } });
  return next !== null;
}

/** 调解会: records the session; returns how many the case has held, this one included. */
export async function addSession(tx: Tx, session: Prisma.MediationSessionUncheckedCreateInput): Promise<number> {
  await tx.mediationSession.create({ data: session });
  return tx.mediationSession.count({ where: { caseId: session.caseId } });
}

export async function startPause(tx: Tx, pause: { caseId: string; from: Date; reason: string }): Promise<void> {
  await tx.mediationClockPause.create({ data: pause });
}

/** The pause that lasts (the state machine has checked there is one). */
export function currentPause(tx: Tx, caseId: string) {
  return tx.mediationClockPause.findFirstOrThrow({ where: { caseId, to: null } });
}

export async function endPause(tx: Tx, pauseId: string, to: Date): Promise<void> {
  await tx.mediationClockPause.update({ where: { id: pauseId }, data: { to } });
}

/** 点单: the expert's pick on this case, if any. */
export function findExpertPick({ store }: WithStore, caseId: string, expertId: string) {
  return store.expertPick.findUnique({ where: { caseId_expertId: { caseId, expertId } } });
}

/** 点单: the expert becomes the mediator of record when nobody leads the case yet; returns whether they lead. */
export async function addExpertPick(
  tx: Tx,
  pick: Omit<Prisma.ExpertPickUncheckedCreateInput, "lead" | "chosenByParty">,
): Promise<boolean> {
  const lead = !(await hasLead(tx, pick.caseId));
  await tx.expertPick.create({ data: { ...pick, lead, chosenByParty: true } });
  return lead;
}

/** The party's picks in the dispute's mediations so far, with each expert's status now. */
export async function earlierPicks({ store }: WithStore, disputeCode: string): Promise<EarlierPick[]> {
  const rows = await store.expertPick.findMany({
    where: { case: { disputeCode } },
    include: { case: { select: { acceptedAt: true } }, expert: { select: { status: true } } },
  });
  return rows.map((r) => ({
    caseId: r.caseId,
    caseAcceptedAt: r.case.acceptedAt,
    expertId: r.expertId,
    expertStatus: r.expert.status,
    chosenByParty: r.chosenByParty,
    pickedBy: r.pickedBy,
    pickedByPartyId: r.pickedByPartyId,
    channel: r.channel,
    pickedAt: r.pickedAt,
  }));
}

/** The party's earlier picks on a new case, carried over as they were chosen; the first leads. */
export async function carryPicks(
  tx: Tx,
  caseId: string,
  picks: readonly EarlierPick[],
  recordedBy: string,
): Promise<void> {
  await tx.expertPick.createMany({
    data: picks.map((p, i) => ({
      caseId,
      expertId: p.expertId,
      pickedBy: p.pickedBy,
      pickedByPartyId: p.pickedByPartyId,
      channel: p.channel,
      pickedAt: p.pickedAt,
      recordedBy,
      lead: i === 0,
      chosenByParty: true,
      carriedFromCaseId: p.caseId,
    })),
  });
}

/** 调解协议 with its obligations, in the order given. */
export async function addAgreement(
  tx: Tx,
  agreement: Omit<Prisma.MediationAgreementUncheckedCreateInput, "obligations">,
  obligations: readonly { payer: string; payee: string; amount: string; description: string }[],
): Promise<void> {
  await tx.mediationAgreement.create({
    data: { ...agreement, obligations: { create: obligations.map((o, position) => ({ ...o, position })) } },
  });
}

export async function addFollowUp(tx: Tx, followUp: Prisma.PerformanceFollowUpUncheckedCreateInput): Promise<void> {
  await tx.performanceFollowUp.create({ data: followUp });
}

/** 鉴定 by id, for the result step (its case is checked by the caller). */
export function findAppraisal({ store }: WithStore, id: string) {
  return store.mediationAppraisal.findUnique({ where: { id } });
}

/** Whether an appraisal of the case still awaits its opinion. */
export async function hasOpenAppraisal(tx: Tx, caseId: string): Promise<boolean> {
  return (await tx.mediationAppraisal.count({ where: { caseId, receivedAt: null } })) > 0;
}

/** Whether the pause was opened by an appraisal. */
export async function isAppraisalPause(tx: Tx, pauseId: string): Promise<boolean> {
  return (await tx.mediationAppraisal.count({ where: { pauseId } })) > 0;
}

/** 委托鉴定: opens the clock pause from the request and records the appraisal linked to it. */
export async function addAppraisal(
  tx: Tx,
  appraisal: Omit<Prisma.MediationAppraisalUncheckedCreateInput, "pauseId">,
  pauseReason: string,
): Promise<void> {
  const pause = await tx.mediationClockPause.create({
    data: { caseId: appraisal.caseId, from: appraisal.requestedAt, reason: pauseReason },
  });
  await tx.mediationAppraisal.create({ data: { ...appraisal, pauseId: pause.id } });
}

/**
 * 收到鉴定意见: records the opinion on the appraisal at the version it was read at, and closes its pause.
 * Returns false when the appraisal changed meanwhile (the caller answers CONFLICT and the step rolls back).
 */
export async function recordAppraisalResult(
  tx: Tx,
  appraisal: { id: string; pauseId: string; expectedVersion?: number },
  result: { receivedAt: Date; conclusionSummary: string; liabilityShare: number | null },
): Promise<boolean> {
  const { count } = await tx.mediationAppraisal.updateMany({
    where: {
      id: appraisal.id,
      receivedAt: null,
      ...(appraisal.expectedVersion !== undefined ? { version: appraisal.expectedVersion } : {}),
    },
    data: { ...result, version: { increment: 1 } },
  });
  if (count === 0) return false;
  await endPause(tx, appraisal.pauseId, result.receivedAt);
  return true;
}
