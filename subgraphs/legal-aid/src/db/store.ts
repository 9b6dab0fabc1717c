import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader, rowLoader } from "@onedoor/shared/graphql/loaders";
import { PrismaClient } from "../generated/prisma/client.js";
import { LegalAidStatus } from "../generated/prisma/enums.js";

export type LegalAidStore = PrismaClient;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): LegalAidStore {
  return new PrismaClient({ adapter });
}

/** Statuses in which an assigned case still counts toward its provider's load. */
const OPEN_STATUSES: LegalAidStatus[] = [LegalAidStatus.PROVISIONAL_AID, LegalAidStatus.GRANTED];

export function createLoaders(store: LegalAidStore) {
  return {
    caseById: rowLoader(
      (ids: readonly string[]) => store.legalAidCase.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    casesByDispute: groupLoader(
      (codes: readonly string[]) =>
        store.legalAidCase.findMany({
          where: { disputeCode: { in: [...codes] } },
          orderBy: [{ appliedAt: "asc" }, { id: "asc" }],
        }),
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
