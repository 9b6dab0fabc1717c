import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader } from "@onedoor/shared/data/loaders";
import { PrismaClient } from "../generated/prisma/client.js";

export type LitigationStore = PrismaClient;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): LitigationStore {
  return new PrismaClient({ adapter });
}

export function createLoaders(store: LitigationStore) {
  return {
    casesByDispute: groupLoader(
      (codes: readonly string[]) =>
        store.courtCase.findMany({ where: { disputeCode: { in: [...codes] } }, orderBy: { filedAt: "asc" } }),
      (row) => row.disputeCode,
    ),
  };
}
export type LitigationLoaders = ReturnType<typeof createLoaders>;
