// Record checks of the registry's resolvers: a dispute's scope needs its parties and hand-offs, read
// through the request's loaders so a list of disputes costs two batched queries.
import { allows, assertVisible, notVisible, visibleTo } from "@onedoor/shared/auth/access";
import { isStaffOf, visibilityOf, type RecordScope, type Visibility } from "@onedoor/shared/auth/policy";
import { forbidden } from "@onedoor/shared/graphql/errors";
import type { Dispute } from "../generated/prisma/client.js";
import { disputeScope, partyScope, subgraphOfDepartment } from "../domain/access.js";
import { partyIdsOfRows } from "../domain/party.js";
import type { PetitionsContext } from "./context.js";

type DisputeKeys = Pick<Dispute, "id" | "leadDepartment">;

export async function scopeOfDispute(ctx: PetitionsContext, dispute: DisputeKeys): Promise<RecordScope> {
  const [parties, handOffs] = await Promise.all([
    ctx.loaders.partiesByDispute.load(dispute.id),
    ctx.loaders.handOffsByDispute.load(dispute.id),
  ]);
  return disputeScope({ leadDepartment: dispute.leadDepartment, partyIds: partyIdsOfRows(parties), handOffs });
}

export async function disputeVisibility(ctx: PetitionsContext, dispute: DisputeKeys): Promise<Visibility> {
  return visibilityOf(ctx.identity, await scopeOfDispute(ctx, dispute));
}

/**
 * A dispute looked up by a code the caller typed. Only the registry's staff and the commander, who may
 * see every dispute, learn that a code is unused (null). To anyone else an unused code is the same
 * FORBIDDEN as someone else's dispute, so nobody can probe codes for which disputes exist.
 */
export async function disputeByTypedCode<T extends DisputeKeys>(
  ctx: PetitionsContext,
  dispute: T | null,
): Promise<T | null> {
  if (dispute) await assertDisputeVisible(ctx, dispute);
  else if (!allows(ctx.identity, ctx.subgraph, ["departmentStaff", "commander"])) throw notVisible("dispute");
  return dispute;
}

/** FORBIDDEN unless the caller may see the dispute; otherwise how much of it. */
export async function assertDisputeVisible(
  ctx: PetitionsContext,
  dispute: DisputeKeys,
): Promise<Exclude<Visibility, "none">> {
  return assertVisible(ctx, await scopeOfDispute(ctx, dispute), "dispute");
}

/** Only the disputes the caller may see (a resident's own, ...), in the given order. */
export async function visibleDisputes<T extends DisputeKeys>(
  ctx: PetitionsContext,
  disputes: readonly T[],
): Promise<T[]> {
  const scopes = new Map(await Promise.all(disputes.map(async (d) => [d.id, await scopeOfDispute(ctx, d)] as const)));
  return visibleTo(ctx, disputes, (d) => scopes.get(d.id)!);
}

/** A party's scope: the departments handling any of their disputes see them in full. */
export async function scopeOfParty(ctx: PetitionsContext, partyId: string): Promise<RecordScope> {
  const rows = await ctx.loaders.partyRowsByPartyId.load(partyId);
  return partyScope(
    partyId,
    rows.map((row) => row.dispute.leadDepartment),
  );
}

/**
 * Queues and lists: the registry's staff and the commander see all; another department's staff only
 * what is routed to their own department (the `department` filter names it).
 */
export function assertMayListRoutedTo(ctx: PetitionsContext, department: string | null | undefined): void {
  if (allows(ctx.identity, ctx.subgraph, ["departmentStaff", "commander"])) return;
  const routedTo = subgraphOfDepartment(department);
  if (routedTo && routedTo !== "petitions" && isStaffOf(ctx.identity, routedTo)) return;
  throw forbidden(
    "Filter by your own department to list what is routed to it",
    "仅可查看派至本部门的事项，请按本部门筛选",
  );
}
