import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader, rowLoader } from "@onedoor/shared/graphql/loaders";
import { openWithAdapterReads, type WithAdapterReads } from "@onedoor/shared/db/adapter-reads";
import { PrismaClient } from "../generated/prisma/client.js";
import { LegalAidStatus } from "../generated/prisma/enums.js";
import { casesOfDisputes } from "./case-reads.js";

/** The Prisma client, and the driver adapter's reads for the loaders of a detail or page (adapter-reads.ts). */
export type LegalAidStore = PrismaClient & WithAdapterReads;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): LegalAidStore {
  return openWithAdapterReads(new PrismaClient({ adapter }), adapter);
}

/** Statuses in which an assigned case still counts toward its provider's load. */
const OPEN_STATUSES: LegalAidStatus[] = [LegalAidStatus.PROVISIONAL_AID, LegalAidStatus.GRANTED];

export function createLoaders(store: LegalAidStore) {
  return {
    caseById: rowLoader(
      (ids: readonly string[]) => store.legalAidCase.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    // Read on every registry detail and page (`_entities`): through the driver adapter (case-reads.ts).
    casesByDispute: groupLoader(
      (codes: readonly string[]) => casesOfDisputes(store, codes),
      (row) => row.disputeCode!,
    ),
    materialRequestsByCase: groupLoader(
      (ids: readonly string[]) =>
        store.legalAidMaterialRequest.findMany({
          where: { caseId: { in: [...ids] } },
          orderBy: { requestedAt: "asc" },
        }),
      (row) => row.caseId,
    ),
    centreById: rowLoader(
      (ids: readonly string[]) => store.legalAidCentre.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    providerById: rowLoader(
      (ids: readonly string[]) => store.legalAidProvider.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    /** Open cases per provider: the current load assignment balances. */
    openCasesByProvider: rowLoader(
      async (ids: readonly string[]) => {
        const counts = await store.legalAidCase.groupBy({
          by: ["assigneeId"],
          where: { assigneeId: { in: [...ids] }, status: { in: OPEN_STATUSES } },
          _count: { _all: true },
        });
        return counts.map((c) => ({ providerId: c.assigneeId!, openCases: c._count._all }));
      },
      (row) => row.providerId,
    ),
  };
}
export type LegalAidLoaders = ReturnType<typeof createLoaders>;
