import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader } from "@onedoor/shared/data/loaders";
import { PrismaClient } from "../generated/prisma/client.js";

export type ArbitrationStore = PrismaClient;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): ArbitrationStore {
  return new PrismaClient({ adapter });
}

export function createLoaders(store: ArbitrationStore) {
  return {
    casesByDispute: groupLoader(
      (codes: readonly string[]) =>
        store.arbitrationCase.findMany({ where: { disputeCode: { in: [...codes] } }, orderBy: { receivedAt: "asc" } }),
      (row) => row.disputeCode,
    ),
  };
}
export type ArbitrationLoaders = ReturnType<typeof createLoaders>;
