import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader } from "@onedoor/shared/data/loaders";
import { PrismaClient } from "../generated/prisma/client.js";

export type LegalAidStore = PrismaClient;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): LegalAidStore {
  return new PrismaClient({ adapter });
}

export function createLoaders(store: LegalAidStore) {
  return {
    casesByDispute: groupLoader(
      (codes: readonly string[]) =>
        store.legalAidCase.findMany({ where: { disputeCode: { in: [...codes] } }, orderBy: { appliedAt: "asc" } }),
      (row) => row.disputeCode,
    ),
  };
}
export type LegalAidLoaders = ReturnType<typeof createLoaders>;
