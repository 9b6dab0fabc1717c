import { resolve } from "node:path";
import { defineSubgraph } from "@onedoor/shared/server/subgraph";
import { DisputeStub, disputeStubReference } from "@onedoor/shared/federation/dispute-stub";
import { CockpitStub, cockpitStubReference } from "@onedoor/shared/cockpit/cockpit-stub";
import { PartyStub } from "@onedoor/shared/federation/party-stub";
import { AuditLogStub, auditLogSection, auditLogStubReference } from "@onedoor/shared/audit/audit";
import { createLoaders, openStore } from "./db/store.js";
import { seedDemoData } from "./db/demo-data.js";
import { publishedDirectory } from "./db/directory-queries.js";
import { followCourtClocks } from "./db/court-clocks.js";
import { DisputeResolver } from "./resolvers/dispute-resolver.js";
import { PartyResolver, partyReference } from "./resolvers/party-resolver.js";
import { MediationCockpitResolver } from "./resolvers/cockpit-resolver.js";
import { MediationCaseResolver, mediationCaseReference } from "./resolvers/case-resolver.js";
import { MediationAppraisalMutations } from "./resolvers/appraisal-mutations.js";
import { MediationCaseMutations } from "./resolvers/case-mutations.js";
import { MediationAgreementResolver, mediationAgreementReference } from "./resolvers/agreement-resolver.js";
import { MediationAgreementMutations } from "./resolvers/agreement-mutations.js";
import { CommitteeFieldsResolver, DirectoryResolver, ExpertFieldsResolver } from "./resolvers/directory-resolver.js";
import { DirectoryMutations } from "./resolvers/directory-mutations.js";
import {
  CaseMediatorAssignmentResolver,
  ExpertPickResolver,
  MediatorFieldsResolver,
} from "./resolvers/assignment-resolver.js";

/** 人民调解委员会: people's mediation committees resident in the center. */
export const subgraph = defineSubgraph({
  name: "mediation",
  prismaDir: resolve(import.meta.dirname, "../prisma"),
  schema: {
    resolvers: [
      DisputeResolver,
      PartyResolver,
      MediationCaseResolver,
      MediationCaseMutations,
      MediationAppraisalMutations,
      MediationAgreementResolver,
      MediationAgreementMutations,
      DirectoryResolver,
      DirectoryMutations,
      CommitteeFieldsResolver,
      ExpertFieldsResolver,
      MediatorFieldsResolver,
      CaseMediatorAssignmentResolver,
      ExpertPickResolver,
      MediationCockpitResolver,
      auditLogSection("mediation", "人民调解委员会"),
    ],
    orphanedTypes: [DisputeStub, PartyStub, CockpitStub, AuditLogStub],
    referenceResolvers: {
      Dispute: disputeStubReference,
      Party: partyReference,
      Cockpit: cockpitStubReference,
      AuditLog: auditLogStubReference,
      MediationCase: mediationCaseReference,
      MediationAgreement: mediationAgreementReference,
    },
  },
  openStore,
  createLoaders,
  seedDemoData,
  // Case events go to the registry's timeline through the outbox (统一归集).
  reportsCaseEvents: true,
  // The registry routes only to committees that exist, take new matters and have mediators (名录发布).
  publishedDirectory,
  // A court's extension the registry relays reaches the delegated case that runs the court's clock.
  onRegistryNotices: followCourtClocks,
});
