import { resolve } from "node:path";
import { defineSubgraph } from "@onedoor/shared/server/subgraph";
import { DisputeStub, disputeStubReference } from "@onedoor/shared/federation/dispute-stub";
import { PartyStub, partyStubReference } from "@onedoor/shared/federation/party-stub";
import { AuditLogStub, auditLogSection, auditLogStubReference } from "@onedoor/shared/audit/audit";
import { CockpitStub, cockpitStubReference } from "@onedoor/shared/cockpit/cockpit-stub";
import { createLoaders, openStore } from "./db/store.js";
import { partyIdSources } from "./db/party-ids.js";
import { partyIdBackfillJob } from "@onedoor/shared/db/party-id-backfill";
import { seedDemoData } from "./db/demo-data.js";
import { publishedDirectory } from "./db/directory.js";
import { MediationCaseRef } from "./entities/arbitration-case.js";
import { DisputeResolver } from "./resolvers/dispute-resolver.js";
import { PartyResolver } from "./resolvers/party-resolver.js";
import { ApplicantResolver, ArbitrationCaseResolver } from "./resolvers/arbitration-case-resolver.js";
import { ArbitrationMutations } from "./resolvers/arbitration-mutations.js";
import { CockpitResolver } from "./resolvers/cockpit-resolver.js";
import { ArbitratorResolver } from "./resolvers/arbitrator-resolver.js";
import { CommissionResolver } from "./resolvers/commission-resolver.js";
import { findVisibleCase } from "./resolvers/access.js";
import type { ArbitrationContext } from "./resolvers/context.js";

/** 劳动人事争议仲裁院: labour and personnel dispute arbitration. */
export const subgraph = defineSubgraph({
  name: "arbitration",
  prismaDir: resolve(import.meta.dirname, "../prisma"),
  schema: {
    resolvers: [
      DisputeResolver,
      PartyResolver,
      ArbitrationCaseResolver,
      ApplicantResolver,
      ArbitrationMutations,
      CockpitResolver,
      ArbitratorResolver,
      CommissionResolver,
      auditLogSection("arbitration", "劳动人事争议仲裁院"),
    ],
    orphanedTypes: [DisputeStub, PartyStub, AuditLogStub, MediationCaseRef, CockpitStub],
    referenceResolvers: {
      Dispute: disputeStubReference,
      Party: partyStubReference,
      AuditLog: auditLogStubReference,
      Cockpit: cockpitStubReference,
      ArbitrationCase: {
        // Fetched by key from another subgraph: the same record check as arbitrationCase(id).
        __resolveReference: (reference: { id: string }, ctx: ArbitrationContext) => findVisibleCase(ctx, reference.id),
      },
    },
  },
  openStore,
  createLoaders,
  // Rows from before party ids were stored get theirs (a keyed hash cannot be computed in SQL).
  periodicJobs: [partyIdBackfillJob(partyIdSources)],
  // Case events go to the registry through the OutboxEvent table (统一归集).
  reportsCaseEvents: true,
  seedDemoData,
  // The registry routes only to commissions that exist, take new matters and have arbitrators (名录发布).
  publishedDirectory,
});
