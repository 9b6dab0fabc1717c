// The registry's records on the one write path (shared/src/db/write-path.ts). The registry is where case
// events go, so it has no outbox: its own timeline rows are written in the step's transaction (`write`).
import { changeRecord, type RecordChange, type RecordKind } from "@onedoor/shared/db/write-path";
import type { Alert, Dispute, MemberUnit, Petition, Prisma } from "../generated/prisma/client.js";
import type { DisputeStatus, PetitionStatus } from "../generated/prisma/enums.js";
import type { PetitionsContext } from "../resolvers/context.js";

export type Tx = Prisma.TransactionClient;

export const DISPUTE: RecordKind<Dispute, Tx, Prisma.DisputeUpdateManyMutationInput> = {
  entity: "Dispute",
  nameZh: "纠纷",
  table: (db) => db.dispute,
  audit: (tx) => tx,
};

export const PETITION: RecordKind<Petition, Tx, Prisma.PetitionUpdateManyMutationInput> = {
  entity: "Petition",
  nameZh: "信访事项",
  table: (db) => db.petition,
  audit: (tx) => tx,
};

export const ALERT: RecordKind<Alert, Tx, Prisma.AlertUpdateManyMutationInput> = {
  entity: "Alert",
  nameZh: "预警",
  table: (db) => db.alert,
  audit: (tx) => tx,
};

export const MEMBER_UNIT: RecordKind<MemberUnit, Tx, Prisma.MemberUnitUpdateManyMutationInput> = {
  entity: "MemberUnit",
  nameZh: "入驻部门",
  table: (db) => db.memberUnit,
  audit: (tx) => tx,
};

type DisputeChange = RecordChange<Dispute, Tx, Prisma.DisputeUpdateManyMutationInput, DisputeStatus>;
type PetitionChange = RecordChange<Petition, Tx, Prisma.PetitionUpdateManyMutationInput, PetitionStatus>;

/** One step of a dispute; the request's loaders then see the dispute and its records as committed. */
export async function changeDispute(ctx: PetitionsContext, change: DisputeChange): Promise<Dispute> {
  const row = await changeRecord(ctx.store, ctx, DISPUTE, change);
  const { loaders } = ctx;
  loaders.disputeByCode.clear(row.code).prime(row.code, row);
  for (const loader of [
    loaders.visitsByDispute,
    loaders.dispatchesByDispute,
    loaders.consultationsByDispute,
    loaders.followUpsByDispute,
    loaders.handOffsByDispute,
  ])
    loader.clear(row.id);
  loaders.timelineByDispute.clear(row.code);
  return row;
}

/** One step of a petition; the request's loader then reads it afresh, with its adjustments. */
export async function changePetition(ctx: PetitionsContext, change: PetitionChange): Promise<Petition> {
  const row = await changeRecord(ctx.store, ctx, PETITION, change);
  ctx.loaders.petitionByDispute.clear(row.disputeId);
  ctx.loaders.timelineByDispute.clearAll();
  return row;
}
