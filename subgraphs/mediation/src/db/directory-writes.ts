// The directory's upkeep (名录维护) by the department's directory administrator: committees, mediators and
// experts added and their status changed, each with its audit entry in the same transaction.
import { givenFields, recordAudit, type AuditActor } from "@onedoor/shared/audit/audit";
import type { Prisma } from "../generated/prisma/client.js";
import type { DirectoryStatus } from "../generated/prisma/enums.js";
import { OPEN_STATUSES } from "../domain/case-state.js";
import type { WithStore } from "./store.js";

type Audit = { action: string; input: object };

const audited = (entity: string, { action, input }: Audit) => ({
  action,
  entity,
  fields: givenFields(input),
});

export function addCommittee(
  { store }: WithStore,
  actor: AuditActor,
  data: Prisma.CommitteeUncheckedCreateInput,
  audit: Audit,
) {
  return store.$transaction(async (tx) => {
    const row = await tx.committee.create({ data });
    await recordAudit(tx, actor, { ...audited("MediationCommittee", audit), entityId: row.id });
    return row;
  });
}

export function addMediator(
  { store }: WithStore,
  actor: AuditActor,
  data: Prisma.MediatorUncheckedCreateInput,
  audit: Audit,
) {
  return store.$transaction(async (tx) => {
    const row = await tx.mediator.create({ data });
    await recordAudit(tx, actor, { ...audited("MediationMediator", audit), entityId: row.id });
    return row;
  });
}

export function addExpert(
  { store }: WithStore,
  actor: AuditActor,
  data: Prisma.ExpertUncheckedCreateInput,
  audit: Audit,
) {
  return store.$transaction(async (tx) => {
    const row = await tx.expert.create({ data });
    await recordAudit(tx, actor, { ...audited("MediationExpert", audit), entityId: row.id });
    return row;
  });
}

/** A status change as recorded on the member: the new status, why, when and by whom. */
export interface StatusChange {
  status: DirectoryStatus;
  statusReason: string;
  statusChangedAt: Date;
  statusChangedBy: string;
}

/**
 * Changes a member's status only if it still has the status the rule was checked against (else null: the
 * caller answers CONFLICT), with its audit entry.
 */
export function changeStatus(
  { store }: WithStore,
  actor: AuditActor,
  member: "committee" | "mediator" | "expert",
  id: string,
  from: DirectoryStatus,
  change: StatusChange,
  audit: Audit,
) {
  const entity = { committee: "MediationCommittee", mediator: "MediationMediator", expert: "MediationExpert" }[member];
  return store.$transaction(async (tx) => {
    const where = { id, status: from };
    const { count } =
      member === "committee"
        ? await tx.committee.updateMany({ where, data: change })
        : member === "mediator"
          ? await tx.mediator.updateMany({ where, data: change })
          : await tx.expert.updateMany({ where, data: change });
    if (count === 0) return false;
    await recordAudit(tx, actor, { ...audited(entity, audit), entityId: id });
    return true;
  });
}

/** Open cases a member holds: a committee's own, a mediator's seats (not recused), an expert's picks. */
export function openCasesOf({ store }: WithStore, member: "committee" | "mediator" | "expert", id: string) {
  const open = { status: { in: [...OPEN_STATUSES] } };
  if (member === "committee") return store.mediationCase.count({ where: { committeeId: id, ...open } });
  if (member === "mediator")
    return store.caseMediator.count({ where: { mediatorId: id, recusedAt: null, case: open } });
  return store.expertPick.count({ where: { expertId: id, case: open } });
}

/** The committee of that name, if the directory has one (names are unique). */
export function committeeNamed({ store }: WithStore, name: string) {
  return store.committee.findUnique({ where: { name } });
}
