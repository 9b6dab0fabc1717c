import { resolve } from "node:path";
import { defineSubgraph } from "@onedoor/shared/server/subgraph";
import { DisputeStub, disputeStubReference } from "@onedoor/shared/federation/dispute-stub";
import { createLoaders, openStore } from "./data/store.js";
import { seedDemoData } from "./data/demo-data.js";
import { DisputeResolver } from "./resolvers/dispute-resolver.js";

/** 法院诉讼服务中心: pre-filing mediation, filing, fast track, judicial confirmation, enforcement. */
export const subgraph = defineSubgraph({
  name: "litigation",
  prismaDir: resolve(import.meta.dirname, "../prisma"),
  schema: {
    resolvers: [DisputeResolver],
    orphanedTypes: [DisputeStub],
    referenceResolvers: { Dispute: disputeStubReference },
  },
  openStore,
  createLoaders,
  seedDemoData,
});
