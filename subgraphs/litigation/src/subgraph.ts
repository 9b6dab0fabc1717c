import { resolve } from "node:path";
import { defineSubgraph } from "@onedoor/shared/server/subgraph";
import { DisputeStub, disputeStubReference } from "@onedoor/shared/federation/dispute-stub";
import { createLoaders, openStore } from "./data/store.js";
import { seedDemoData } from "./data/demo-data.js";
import { MediationAgreementRef } from "./entities/court-case.js";
import { DisputeResolver } from "./resolvers/dispute-resolver.js";
import { CourtCaseResolver, courtCaseReference } from "./resolvers/court-case-resolver.js";
import { CourtCaseMutations } from "./resolvers/court-case-mutations.js";

/** 法院诉讼服务中心: pre-filing mediation, filing, fast track, judicial confirmation, enforcement. */
export const subgraph = defineSubgraph({
  name: "litigation",
  prismaDir: resolve(import.meta.dirname, "../prisma"),
  schema: {
    resolvers: [DisputeResolver, CourtCaseResolver, CourtCaseMutations],
    orphanedTypes: [DisputeStub, MediationAgreementRef],
    referenceResolvers: { Dispute: disputeStubReference, CourtCase: courtCaseReference },
  },
  openStore,
  createLoaders,
  seedDemoData,
  // 统一归集: the shared relay delivers the OutboxEvent rows our mutations write to the registry.
  reportsCaseEvents: true,
});
