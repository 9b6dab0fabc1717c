import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader, rowLoader } from "@onedoor/shared/graphql/loaders";
import { PrismaClient } from "../generated/prisma/client.js";

export type AdministrativeReviewStore = PrismaClient;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): AdministrativeReviewStore {
  return new PrismaClient({ adapter });
}

/** Request-scoped loaders: lists and `_entities` batch their queries. */
export function createLoaders(store: AdministrativeReviewStore) {
  return {
    caseById: rowLoader(
      (ids: readonly string[]) => store.administrativeReviewCase.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    officeById: rowLoader(
      (ids: readonly string[]) => store.reviewOffice.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    casesByDispute: groupLoader(
      (codes: readonly string[]) =>
        store.administrativeReviewCase.findMany({
          where: { disputeCode: { in: [...codes] } },
          orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
        }),
      (row) => row.disputeCode,
    ),
  };
}
export type AdministrativeReviewLoaders = ReturnType<typeof createLoaders>;
