import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader, rowLoader } from "@onedoor/shared/graphql/loaders";
import { PrismaClient } from "../generated/prisma/client.js";

export type ArbitrationStore = PrismaClient;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): ArbitrationStore {
  return new PrismaClient({ adapter });
}

export function createLoaders(store: ArbitrationStore) {
  return {
    caseById: rowLoader(
      (ids: readonly string[]) => store.arbitrationCase.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    casesByDispute: groupLoader(
      (codes: readonly string[]) =>
        store.arbitrationCase.findMany({
          where: { disputeCode: { in: [...codes] } },
          orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
        }),
      (row) => row.disputeCode,
    ),
    applicantsByCase: groupLoader(
      (ids: readonly string[]) =>
        store.applicant.findMany({
          where: { caseId: { in: [...ids] } },
          orderBy: [{ caseId: "asc" }, { position: "asc" }],
        }),
      (row) => row.caseId,
    ),
    claimsByCase: groupLoader(
      (ids: readonly string[]) =>
        store.claim.findMany({
          where: { caseId: { in: [...ids] } },
          orderBy: [{ caseId: "asc" }, { position: "asc" }],
        }),
      (row) => row.caseId,
    ),
    stepsByCase: groupLoader(
      (ids: readonly string[]) =>
        store.caseStep.findMany({
          where: { caseId: { in: [...ids] } },
          orderBy: [{ caseId: "asc" }, { occurredAt: "asc" }, { recordedAt: "asc" }],
        }),
      (row) => row.caseId,
    ),
  };
}
export type ArbitrationLoaders = ReturnType<typeof createLoaders>;
