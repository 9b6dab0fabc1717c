import { resolve } from "node:path";
import { defineSubgraph } from "@onedoor/shared/server/subgraph";
import { DisputeStub, disputeStubReference } from "@onedoor/shared/federation/dispute-stub";
import { createLoaders, openStore } from "./data/store.js";
import { seedDemoData } from "./data/demo-data.js";
import { DisputeResolver } from "./resolvers/dispute-resolver.js";

/** 劳动人事争议仲裁院: labour and personnel dispute arbitration. */
export const subgraph = defineSubgraph({
  name: "arbitration",
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
