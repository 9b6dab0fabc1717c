import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader, rowLoader } from "@onedoor/shared/graphql/loaders";
import { PrismaClient } from "../generated/prisma/client.js";

export type LitigationStore = PrismaClient;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): LitigationStore {
  return new PrismaClient({ adapter });
}

export function createLoaders(store: LitigationStore) {
  return {
    caseById: rowLoader((ids: readonly string[]) => store.courtCase.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    casesByDispute: groupLoader(
      (codes: readonly string[]) =>
        store.courtCase.findMany({ where: { disputeCode: { in: [...codes] } }, orderBy: [{ filedAt: "asc" }, { id: "asc" }] }),
      (row) => row.disputeCode,
    ),
    followUpsByOrigin: groupLoader(
      (ids: readonly string[]) =>
        store.courtCase.findMany({ where: { originCaseId: { in: [...ids] } }, orderBy: [{ filedAt: "asc" }, { id: "asc" }] }),
      (row) => row.originCaseId!,
    ),
    partiesByCase: groupLoader(
      (ids: readonly string[]) => store.courtCaseParty.findMany({ where: { caseId: { in: [...ids] } }, orderBy: { position: "asc" } }),
      (row) => row.caseId,
    ),
    claimsByCase: groupLoader(
      (ids: readonly string[]) => store.courtCaseClaim.findMany({ where: { caseId: { in: [...ids] } }, orderBy: { position: "asc" } }),
      (row) => row.caseId,
    ),
    clocksByCase: groupLoader(
      (ids: readonly string[]) => store.courtCaseClock.findMany({ where: { caseId: { in: [...ids] } }, orderBy: [{ startedAt: "asc" }, { kind: "asc" }] }),
      (row) => row.caseId,
    ),
  };
}
export type LitigationLoaders = ReturnType<typeof createLoaders>;
