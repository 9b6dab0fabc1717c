import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { groupLoader, rowLoader } from "@onedoor/shared/graphql/loaders";
import { relayedFactLoader } from "@onedoor/shared/events/registry-notices";
import { openWithAdapterReads, type WithAdapterReads } from "@onedoor/shared/db/adapter-reads";
import { PrismaClient, type Prisma } from "../generated/prisma/client.js";
import { casesOfDisputes, partiesOfCases } from "./case-reads.js";

/** The Prisma client, and the driver adapter's reads for the loaders of a detail or page (adapter-reads.ts). */
export type LitigationStore = PrismaClient & WithAdapterReads;
/** The store inside a transaction: what every step of a case writes with. */
export type Tx = Prisma.TransactionClient;

export function openStore(adapter: SqlMigrationAwareDriverAdapterFactory): LitigationStore {
  return openWithAdapterReads(new PrismaClient({ adapter }), adapter);
}

export function createLoaders(store: LitigationStore) {
  return {
    caseById: rowLoader(
      (ids: readonly string[]) => store.courtCase.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    bodyById: rowLoader(
      (ids: readonly string[]) => store.courtBody.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    // Read on every registry detail and page (`_entities`), with the cases' parties: through the driver adapter
    // (case-reads.ts).
    casesByDispute: groupLoader(
      (codes: readonly string[]) => casesOfDisputes(store, codes),
      (row) => row.disputeCode,
    ),
    /** Agreements the committee found performed (回访: 已履行), as the registry relayed it. */
    performedPerCommitteeByAgreement: relayedFactLoader(store, "AGREEMENT_PERFORMED"),
    followUpsByOrigin: groupLoader(
      (ids: readonly string[]) =>
        store.courtCase.findMany({
          where: { originCaseId: { in: [...ids] } },
          orderBy: [{ filedAt: "asc" }, { id: "asc" }],
        }),
      (row) => row.originCaseId!,
    ),
    partiesByCase: groupLoader(
      (ids: readonly string[]) => partiesOfCases(store, ids),
      (row) => row.caseId,
    ),
    consentsByCase: groupLoader(
      (ids: readonly string[]) =>
        store.judicialConfirmationConsent.findMany({
          where: { caseId: { in: [...ids] } },
          orderBy: [{ consentedAt: "asc" }, { id: "asc" }],
        }),
      (row) => row.caseId,
    ),
    claimsByCase: groupLoader(
      (ids: readonly string[]) =>
        store.courtCaseClaim.findMany({ where: { caseId: { in: [...ids] } }, orderBy: { position: "asc" } }),
      (row) => row.caseId,
    ),
    clocksByCase: groupLoader(
      (ids: readonly string[]) =>
        store.courtCaseClock.findMany({
          where: { caseId: { in: [...ids] } },
          orderBy: [{ startedAt: "asc" }, { kind: "asc" }],
        }),
      (row) => row.caseId,
    ),
    /**
     * Not a loader: the registry's party ids of the disputes this request reached through
     * `Dispute.courtCases`, so the dispute's parties also see the cases nested under them (origin, follow-ups).
     */
    disputePartyIds: new Map<string, readonly string[]>(),
  };
}
export type LitigationLoaders = ReturnType<typeof createLoaders>;
