import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader, rowLoader } from "@onedoor/shared/graphql/loaders";
import { relayedFactLoader } from "@onedoor/shared/events/registry-notices";
import { openWithAdapterReads, type WithAdapterReads } from "@onedoor/shared/db/adapter-reads";
import { PrismaClient } from "../generated/prisma/client.js";
import { OPEN_STATUSES } from "../domain/case-state.js";
import { performanceStatus } from "../domain/agreement.js";
import { assignmentsOfCases, casesOfDisputes, committeesByIds, mediatorsByIds, pausesOfCases } from "./case-queries.js";

/** The Prisma client, and the driver adapter's reads for the hottest loaders (adapter-reads.ts). */
export type MediationStore = PrismaClient & WithAdapterReads;

/** What a query of src/db needs of the request: its store (resolvers pass their context). */
export interface WithStore {
  store: MediationStore;
}

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): MediationStore {
  return openWithAdapterReads(new PrismaClient({ adapter }), adapter);
}

const ids = (keys: readonly string[]) => ({ in: [...keys] });

export function createLoaders(store: MediationStore) {
  return {
    // Read for every dispute of the registry's pages (`_entities`), and for each of their cases its committee, lead
    // mediator and clock pauses: through the driver adapter (case-queries.ts).
    casesByDispute: groupLoader(
      (codes: readonly string[]) => casesOfDisputes({ store }, codes),
      (row) => row.disputeCode,
    ),
    caseById: rowLoader(
      (keys: readonly string[]) => store.mediationCase.findMany({ where: { id: ids(keys) } }),
      (row) => row.id,
    ),
    committeeById: rowLoader(
      (keys: readonly string[]) => committeesByIds({ store }, keys),
      (row) => row.id,
    ),
    mediatorById: rowLoader(
      (keys: readonly string[]) => mediatorsByIds({ store }, keys),
      (row) => row.id,
    ),
    expertById: rowLoader(
      (keys: readonly string[]) => store.expert.findMany({ where: { id: ids(keys) } }),
      (row) => row.id,
    ),
    mediatorsByCommittee: groupLoader(
      (keys: readonly string[]) =>
        store.mediator.findMany({ where: { committeeId: ids(keys) }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
      (row) => row.committeeId,
    ),
    assignmentsByCase: groupLoader(
      (keys: readonly string[]) => assignmentsOfCases({ store }, keys),
      (row) => row.caseId,
    ),
    sessionsByCase: groupLoader(
      (keys: readonly string[]) =>
        store.mediationSession.findMany({
          where: { caseId: ids(keys) },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        }),
      (row) => row.caseId,
    ),
    pausesByCase: groupLoader(
      (keys: readonly string[]) => pausesOfCases({ store }, keys),
      (row) => row.caseId,
    ),
    appraisalsByCase: groupLoader(
      (keys: readonly string[]) =>
        store.mediationAppraisal.findMany({
          where: { caseId: ids(keys) },
          orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
        }),
      (row) => row.caseId,
    ),
    picksByCase: groupLoader(
      (keys: readonly string[]) =>
        store.expertPick.findMany({ where: { caseId: ids(keys) }, orderBy: [{ pickedAt: "asc" }, { id: "asc" }] }),
      (row) => row.caseId,
    ),
    agreementByCase: rowLoader(
      (keys: readonly string[]) => store.mediationAgreement.findMany({ where: { caseId: ids(keys) } }),
      (row) => row.caseId,
    ),
    agreementById: rowLoader(
      (keys: readonly string[]) => store.mediationAgreement.findMany({ where: { id: ids(keys) } }),
      (row) => row.id,
    ),
    obligationsByAgreement: groupLoader(
      (keys: readonly string[]) =>
        store.agreementObligation.findMany({ where: { agreementId: ids(keys) }, orderBy: { position: "asc" } }),
      (row) => row.agreementId,
    ),
    followUpsByAgreement: groupLoader(
      (keys: readonly string[]) =>
        store.performanceFollowUp.findMany({
          where: { agreementId: ids(keys) },
          orderBy: [{ at: "asc" }, { id: "asc" }],
        }),
      (row) => row.agreementId,
    ),
    /** When the parties applied to the court to confirm an agreement (司法确认申请), as the registry relayed it. */
    confirmationAppliedByAgreement: relayedFactLoader(store, "CONFIRMATION_APPLIED"),
    /** When the court recorded a confirmed agreement performed (履行完毕), as the registry relayed it. */
    performedAtCourtByAgreement: relayedFactLoader(store, "AGREEMENT_PERFORMED"),
    /** 在办案件数: open cases a mediator sits on without having been recused (absent = 0). */
    loadByMediator: rowLoader(
      async (keys: readonly string[]) =>
        (
          await store.caseMediator.groupBy({
            by: ["mediatorId"],
            where: { mediatorId: ids(keys), recusedAt: null, case: { status: { in: [...OPEN_STATUSES] } } },
            _count: { _all: true },
          })
        ).map((c) => ({ mediatorId: c.mediatorId, openCases: c._count._all })),
      (row) => row.mediatorId,
    ),
  };
}
export type MediationLoaders = ReturnType<typeof createLoaders>;

/** 履行情况 of an agreement: the committee's follow-ups and the court's record of performance, as one. */
export async function agreementPerformance(
  loaders: MediationLoaders,
  agreementId: string,
): Promise<ReturnType<typeof performanceStatus>> {
  const [followUps, atCourt] = await Promise.all([
    loaders.followUpsByAgreement.load(agreementId),
    loaders.performedAtCourtByAgreement.load(agreementId),
  ]);
  return performanceStatus(followUps, atCourt?.occurredAt);
}
