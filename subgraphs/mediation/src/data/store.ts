import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader } from "@onedoor/shared/data/loaders";
import { PrismaClient } from "../generated/prisma/client.js";

export type MediationStore = PrismaClient;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): MediationStore {
  return new PrismaClient({ adapter });
}

export function createLoaders(store: MediationStore) {
  return {
    casesByDispute: groupLoader(
      (codes: readonly string[]) =>
        store.mediationCase.findMany({ where: { disputeCode: { in: [...codes] } }, orderBy: { acceptedAt: "asc" } }),
      (row) => row.disputeCode,
    ),
  };
}
export type MediationLoaders = ReturnType<typeof createLoaders>;
