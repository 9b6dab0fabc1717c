import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { rowLoader } from "@onedoor/shared/data/loaders";
import { PrismaClient } from "../generated/prisma/client.js";

export type PetitionsStore = PrismaClient;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): PetitionsStore {
  return new PrismaClient({ adapter });
}

export function createLoaders(store: PetitionsStore) {
  return {
    disputeByCode: rowLoader(
      (codes: readonly string[]) => store.dispute.findMany({ where: { code: { in: [...codes] } } }),
      (dispute) => dispute.code,
    ),
  };
}
export type PetitionsLoaders = ReturnType<typeof createLoaders>;
