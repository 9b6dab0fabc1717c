import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader, rowLoader } from "@onedoor/shared/graphql/loaders";
import { openWithAdapterReads, type WithAdapterReads } from "@onedoor/shared/db/adapter-reads";
import { PrismaClient } from "../generated/prisma/client.js";
import { applicantsOfCases, casesOfDisputes, claimsOfCases } from "./case-reads.js";

/** The Prisma client, and the driver adapter's reads for the loaders of a detail (adapter-reads.ts). */
export type ArbitrationStore = PrismaClient & WithAdapterReads;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): ArbitrationStore {
  return openWithAdapterReads(new PrismaClient({ adapter }), adapter);
}

export function createLoaders(store: ArbitrationStore) {
  return {
    caseById: rowLoader(
      (ids: readonly string[]) => store.arbitrationCase.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    commissionById: rowLoader(
      (ids: readonly string[]) => store.arbitrationCommission.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    // Read on every registry detail (`_entities`): through the driver adapter (case-reads.ts).
    casesByDispute: groupLoader(
      (codes: readonly string[]) => casesOfDisputes(store, codes),
      (row) => row.disputeCode,
    ),
    applicantsByCase: groupLoader(
      (ids: readonly string[]) => applicantsOfCases(store, ids),
      (row) => row.caseId,
    ),
    claimsByCase: groupLoader(
      (ids: readonly string[]) => claimsOfCases(store, ids),
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
