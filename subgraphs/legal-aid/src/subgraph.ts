import { resolve } from "node:path";
import { defineSubgraph } from "@onedoor/shared/server/subgraph";
import { DisputeStub, disputeStubReference } from "@onedoor/shared/federation/dispute-stub";
import { CockpitStub, cockpitStubReference } from "@onedoor/shared/cockpit/cockpit-stub";
import { partyStubReference } from "@onedoor/shared/federation/party-stub";
import { AuditLogStub, auditLogSection, auditLogStubReference } from "@onedoor/shared/audit/audit";
import { partyIdBackfillJob } from "@onedoor/shared/db/party-id-backfill";
import { createLoaders, openStore } from "./db/store.js";
import { partyIdSources } from "./db/party-ids.js";
import { seedDemoData } from "./db/demo-data.js";
import { publishedDirectory } from "./db/directory.js";
import { ArbitrationCaseRef, CourtCaseRef } from "./entities/legal-aid-case.js";
import { DisputeResolver } from "./resolvers/dispute-resolver.js";
import { LegalAidCaseResolver } from "./resolvers/legal-aid-case-resolver.js";
import { LegalAidCaseMutations } from "./resolvers/legal-aid-case-mutations.js";
import { LegalAidApplicantResolver } from "./resolvers/applicant-resolver.js";
import { PartyResolver } from "./resolvers/party-resolver.js";
import { LegalAidProviderResolver } from "./resolvers/provider-resolver.js";
import { LegalAidCentreResolver } from "./resolvers/centre-resolver.js";
import { LegalConsultationResolver } from "./resolvers/consultation-resolver.js";
import { EligibilityResolver } from "./resolvers/eligibility-resolver.js";
import { LegalAidWorkEntryResolver } from "./resolvers/work-entry-resolver.js";
import { LegalAidCockpitResolver } from "./resolvers/cockpit-resolver.js";
import { visibleCase } from "./resolvers/access.js";
import type { LegalAidContext } from "./resolvers/context.js";

/** 法律援助中心: legal consultation and legal aid. */
export const subgraph = defineSubgraph({
  name: "legal-aid",
  prismaDir: resolve(import.meta.dirname, "../prisma"),
  schema: {
    resolvers: [
      DisputeResolver,
      PartyResolver,
      LegalAidCaseResolver,
      LegalAidCaseMutations,
      LegalAidApplicantResolver,
      LegalAidProviderResolver,
      LegalAidCentreResolver,
      LegalConsultationResolver,
      EligibilityResolver,
      LegalAidWorkEntryResolver,
      LegalAidCockpitResolver,
      auditLogSection("legalAid", "法律援助中心"),
    ],
    orphanedTypes: [DisputeStub, ArbitrationCaseRef, CourtCaseRef, CockpitStub, AuditLogStub],
    referenceResolvers: {
      Dispute: disputeStubReference,
      Cockpit: cockpitStubReference,
      Party: partyStubReference,
      AuditLog: auditLogStubReference,
      // A case fetched by key obeys the same rules as `legalAidCase(id)`.
      LegalAidCase: {
        __resolveReference: async (reference: { id: string }, ctx: LegalAidContext) =>
          visibleCase(ctx, await ctx.loaders.caseById.load(reference.id)),
      },
    },
  },
  openStore,
  createLoaders,
  seedDemoData,
  periodicJobs: [partyIdBackfillJob(partyIdSources)],
  // Case events (申请、决定、指派、结案...) go to the registry's timeline through the outbox (统一归集).
  reportsCaseEvents: true,
  // The registry dispatches and refers only to centres that exist, take new matters and have staff (名录发布).
  publishedDirectory,
});
