import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader, rowLoader } from "@onedoor/shared/graphql/loaders";
import { openWithAdapterReads, type WithAdapterReads } from "@onedoor/shared/db/adapter-reads";
import { PrismaClient } from "../generated/prisma/client.js";
import { TIMELINE_ORDER } from "./timeline.js";
import { dispatchesOfDisputes, disputesByCodes, partiesOfDisputes } from "./disputes.js";
import { departmentClocksOf } from "./department-clocks.js";
import { directoryOfCounties } from "./directory.js";
import { handOffsOfDisputes } from "./hand-offs.js";
import { memberUnitsByIds } from "./member-units.js";
import { petitionsOfDisputes } from "./petitions.js";
import { visitsOfDisputes } from "./visits.js";

/** The Prisma client, and the driver adapter's reads for the hottest loaders (adapter-reads.ts). */
export type PetitionsStore = PrismaClient & WithAdapterReads;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): PetitionsStore {
  return openWithAdapterReads(new PrismaClient({ adapter }), adapter);
}

/** Request-scoped: every relation of Dispute and every `_entities` lookup is one batched query. */
export function createLoaders(store: PetitionsStore) {
  return {
    /** The published bodies serving each county (6-digit code), for routing and dispatch. */
    directoryOfCounty: groupLoader(
      (counties: readonly string[]) => directoryOfCounties(store, counties),
      (body) => body.regionCode.slice(0, 6),
    ),
    // Read on every detail and page (the dispute, its access check, its clocks), and the petition and visits:
    // through the driver adapter (disputes.ts, hand-offs.ts, department-clocks.ts, petitions.ts, visits.ts).
    disputeByCode: rowLoader(
      (codes: readonly string[]) => disputesByCodes(store, codes),
      (dispute) => dispute.code,
    ),
    partiesByDispute: groupLoader(
      (ids: readonly string[]) => partiesOfDisputes(store, ids),
      (party) => party.disputeId,
    ),
    /** Every party row of one party (当事人) across disputes, with its dispute, newest dispute first. */
    partyRowsByPartyId: groupLoader(
      (partyIds: readonly string[]) =>
        store.disputeParty.findMany({
          where: { partyId: { in: [...partyIds] } },
          include: { dispute: true },
          orderBy: [{ dispute: { registeredAt: "desc" } }, { id: "asc" }],
        }),
      (party) => party.partyId!,
    ),
    visitsByDispute: groupLoader(
      (ids: readonly string[]) => visitsOfDisputes(store, ids),
      (visit) => visit.disputeId,
    ),
    dispatchesByDispute: groupLoader(
      (ids: readonly string[]) => dispatchesOfDisputes(store, ids),
      (dispatch) => dispatch.disputeId,
    ),
    consultationsByDispute: groupLoader(
      (ids: readonly string[]) =>
        store.consultation.findMany({
          where: { disputeId: { in: [...ids] } },
          orderBy: [{ heldAt: "asc" }, { id: "asc" }],
        }),
      (consultation) => consultation.disputeId,
    ),
    followUpsByDispute: groupLoader(
      (ids: readonly string[]) =>
        store.followUp.findMany({ where: { disputeId: { in: [...ids] } }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
      (followUp) => followUp.disputeId,
    ),
    petitionByDispute: rowLoader(
      (ids: readonly string[]) => petitionsOfDisputes(store, ids),
      (petition) => petition.disputeId,
    ),
    handOffsByDispute: groupLoader(
      (ids: readonly string[]) => handOffsOfDisputes(store, ids),
      (handOff) => handOff.disputeId,
    ),
    timelineByDispute: groupLoader(
      (codes: readonly string[]) =>
        store.timelineEvent.findMany({ where: { disputeCode: { in: [...codes] } }, orderBy: TIMELINE_ORDER }),
      (event) => event.disputeCode,
    ),
    /** Member units (入驻部门 / 协办单位) by id: a dispute's co-handlers; an id of no unit loads null. */
    memberUnitById: rowLoader(
      (ids: readonly string[]) => memberUnitsByIds(store, ids),
      (unit) => unit.id,
    ),
    /** The procedure clocks the departments reported on a dispute (期限上报). */
    departmentClocksByDispute: groupLoader(
      (codes: readonly string[]) => departmentClocksOf(store, codes),
      (clock) => clock.disputeCode,
    ),
  };
}
export type PetitionsLoaders = ReturnType<typeof createLoaders>;
