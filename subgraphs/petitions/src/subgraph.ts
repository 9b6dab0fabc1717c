import { resolve } from "node:path";
import { defineSubgraph } from "@onedoor/shared/server/subgraph";
import { createLoaders, openStore } from "./data/store.js";
import { seedDemoData } from "./data/demo-data.js";
import { DisputeResolver, disputeReference } from "./resolvers/dispute-resolver.js";
import { IntakeResolver } from "./resolvers/intake-resolver.js";
import { PetitionResolver } from "./resolvers/petition-resolver.js";

/** 信访局: runs the one window and the dispute registry. */
export const subgraph = defineSubgraph({
  name: "petitions",
  prismaDir: resolve(import.meta.dirname, "../prisma"),
  schema: {
    resolvers: [DisputeResolver, IntakeResolver, PetitionResolver],
    referenceResolvers: { Dispute: disputeReference },
  },
  openStore,
  createLoaders,
  seedDemoData,
});
