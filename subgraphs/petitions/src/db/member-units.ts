// 入驻部门 / 协办单位: the center's member units by county, which dispatches name as co-handlers by id.
import type { MemberUnit } from "../generated/prisma/client.js";
import type { MemberUnitKind, MemberUnitStatus } from "../generated/prisma/enums.js";
import type { CoHandlerCandidate } from "@onedoor/shared/directory/co-handlers";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import type { PetitionsStore } from "./store.js";

/** A county's member units, by name; only those of the given statuses when any are given. */
export function memberUnitsOf(
  store: Pick<PetitionsStore, "memberUnit">,
  county: string,
  statuses: readonly MemberUnitStatus[] = [],
): Promise<MemberUnit[]> {
  return store.memberUnit.findMany({
    where: { regionCode: county, ...(statuses.length > 0 ? { status: { in: [...statuses] } } : {}) },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
}

/** The member units of these ids (any county, any status: the caller decides what each may do). */
export function memberUnitsByIds(store: Pick<PetitionsStore, "memberUnit">, ids: readonly string[]) {
  // A member unit's id is a UUID: anything else is no unit's (and the database would refuse to compare it).
  const uuids = ids.filter(isUuid);
  return uuids.length === 0 ? Promise.resolve([]) : store.memberUnit.findMany({ where: { id: { in: uuids } } });
}

/**
 * What the ids a dispatch names as co-handlers may be: member units, and bodies the departments published (a
 * committee co-handling beside another), whatever their county or status, for the domain's check to judge.
 */
export async function coHandlerCandidates(
  store: Pick<PetitionsStore, "memberUnit" | "directoryBody">,
  ids: readonly string[],
): Promise<CoHandlerCandidate[]> {
  if (ids.length === 0) return [];
  const [units, bodies] = await Promise.all([
    memberUnitsByIds(store, ids),
    store.directoryBody.findMany({ where: { id: { in: [...ids] } } }),
  ]);
  return [...units, ...bodies].map(({ id, name, regionCode, status }) => ({ id, name, regionCode, status }));
}

/** The demo counties' units (shared/src/demo/member-units.ts), written with the demo stories. */
export async function seedMemberUnits(
  tx: Pick<PetitionsStore, "memberUnit">,
  units: readonly { id: string; name: string; regionCode: string; kind: MemberUnitKind }[],
): Promise<void> {
  await tx.memberUnit.createMany({ data: [...units], skipDuplicates: true });
}
