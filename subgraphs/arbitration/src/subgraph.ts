import { resolve } from "node:path";
import { defineSubgraph } from "@onedoor/shared/server/subgraph";
import { DisputeStub, disputeStubReference } from "@onedoor/shared/federation/dispute-stub";
import { CockpitStub, cockpitStubReference } from "@onedoor/shared/cockpit/cockpit-stub";
import { createLoaders, openStore } from "./db/store.js";
import { seedDemoData } from "./db/demo-data.js";
import { MediationCaseRef } from "./entities/arbitration-case.js";
import { DisputeResolver } from "./resolvers/dispute-resolver.js";
import { ArbitrationCaseResolver } from "./resolvers/arbitration-case-resolver.js";
import { ArbitrationMutations } from "./resolvers/arbitration-mutations.js";
import { CockpitResolver } from "./resolvers/cockpit-resolver.js";
import { toCase } from "./resolvers/mapping.js";
import { isUuid } from "./resolvers/load-case.js";
import type { ArbitrationContext } from "./resolvers/context.js";

/** 劳动人事争议仲裁院: labour and personnel dispute arbitration. */
export const subgraph = defineSubgraph({
  name: "arbitration",
  prismaDir: resolve(import.meta.dirname, "../prisma"),
  schema: {
    resolvers: [DisputeResolver, ArbitrationCaseResolver, ArbitrationMutations, CockpitResolver],
    orphanedTypes: [DisputeStub, MediationCaseRef, CockpitStub],
    referenceResolvers: {
      Dispute: disputeStubReference,
      Cockpit: cockpitStubReference,
      ArbitrationCase: {
        __resolveReference: async (reference: { id: string }, ctx: ArbitrationContext) => {
          const row = isUuid(reference.id) ? await ctx.loaders.caseById.load(reference.id) : null;
          return row ? toCase(row) : null;
        },
      },
    },
  },
  openStore,
  createLoaders,
  // Case events go to the registry through the OutboxEvent table (统一归集).
  reportsCaseEvents: true,
  seedDemoData,
});
