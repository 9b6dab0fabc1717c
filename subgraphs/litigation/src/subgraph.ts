import { resolve } from "node:path";
import { defineSubgraph } from "@onedoor/shared/server/subgraph";
import { DisputeStub, disputeStubReference } from "@onedoor/shared/federation/dispute-stub";
import { CockpitStub, cockpitStubReference } from "@onedoor/shared/cockpit/cockpit-stub";
import { PartyStub, partyStubReference } from "@onedoor/shared/federation/party-stub";
import { AuditLogStub, auditLogSection, auditLogStubReference } from "@onedoor/shared/audit/audit";
import { createLoaders, openStore } from "./db/store.js";
import { partyIdSources } from "./db/party-ids.js";
import { partyIdBackfillJob } from "@onedoor/shared/db/party-id-backfill";
import { seedDemoData } from "./db/demo-data.js";
import { settleDelegatedMediations } from "./db/delegated-agreements.js";
import { MediationAgreementRef } from "./entities/court-case.js";
import { DisputeResolver } from "./resolvers/dispute-resolver.js";
import { CourtCaseResolver, courtCaseReference } from "./resolvers/court-case-resolver.js";
import { CourtCaseMutations } from "./resolvers/court-case-mutations.js";
import { CockpitResolver } from "./resolvers/cockpit-resolver.js";
import { InvitedMediatorResolver } from "./resolvers/invited-mediator-resolver.js";
import { CourtBodyResolver, CourtJudgeResolver } from "./resolvers/court-body-resolver.js";
import { publishedDirectory } from "./db/directory.js";
import { CourtCasePartyResolver, PartyCourtCasesResolver } from "./resolvers/party-resolver.js";

/** 法院诉讼服务中心: pre-filing mediation, filing, fast track, judicial confirmation, enforcement. */
export const subgraph = defineSubgraph({
  name: "litigation",
  prismaDir: resolve(import.meta.dirname, "../prisma"),
  schema: {
    resolvers: [
      DisputeResolver,
      CourtCaseResolver,
      CourtCasePartyResolver,
      PartyCourtCasesResolver,
      CourtCaseMutations,
      CockpitResolver,
      InvitedMediatorResolver,
      CourtBodyResolver,
      CourtJudgeResolver,
      auditLogSection("litigation", "法院诉讼服务中心"),
    ],
    orphanedTypes: [DisputeStub, PartyStub, MediationAgreementRef, CockpitStub, AuditLogStub],
    referenceResolvers: {
      Dispute: disputeStubReference,
      Party: partyStubReference,
      CourtCase: courtCaseReference,
      Cockpit: cockpitStubReference,
      AuditLog: auditLogStubReference,
    },
  },
  openStore,
  createLoaders,
  // Rows from before party ids were stored get theirs (a keyed hash cannot be computed in SQL).
  periodicJobs: [partyIdBackfillJob(partyIdSources)],
  seedDemoData,
  // 统一归集: the shared relay delivers the OutboxEvent rows our mutations write to the registry.
  reportsCaseEvents: true,
  // An agreement the registry relays ends the court's mediation delegated to that committee.
  onRegistryNotices: settleDelegatedMediations,
  // The registry routes only to court bodies that exist, take new matters and have judges (名录发布).
  publishedDirectory,
});
