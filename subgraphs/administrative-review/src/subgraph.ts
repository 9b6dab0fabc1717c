import { resolve } from "node:path";
import { defineSubgraph } from "@onedoor/shared/server/subgraph";
import { DisputeStub, disputeStubReference } from "@onedoor/shared/federation/dispute-stub";
import { AuditLogStub, auditLogSection, auditLogStubReference } from "@onedoor/shared/audit/audit";
import { createLoaders, openStore } from "./db/store.js";
import { seedDemoData } from "./db/demo-data.js";
import { DisputeResolver } from "./resolvers/dispute-resolver.js";
import { AdministrativeReviewCaseResolver } from "./resolvers/case-resolver.js";
import { AdministrativeReviewCaseMutations } from "./resolvers/case-mutations.js";
import { ReviewOfficeResolver, ReviewOfficerResolver } from "./resolvers/review-office-resolver.js";
import { publishedDirectory } from "./db/directory.js";
import { caseReference } from "./resolvers/access.js";

/** 行政复议机构: applications for administrative review of administrative acts (行政复议法, 2023 revision). */
export const subgraph = defineSubgraph({
  name: "administrative-review",
  prismaDir: resolve(import.meta.dirname, "../prisma"),
  schema: {
    resolvers: [
      DisputeResolver,
      AdministrativeReviewCaseResolver,
      AdministrativeReviewCaseMutations,
      ReviewOfficeResolver,
      ReviewOfficerResolver,
      auditLogSection("administrativeReview", "行政复议机构"),
    ],
    orphanedTypes: [DisputeStub, AuditLogStub],
    referenceResolvers: {
      Dispute: disputeStubReference,
      AuditLog: auditLogStubReference,
      // A case fetched by key obeys the same rules as `administrativeReviewCase(id)`.
      AdministrativeReviewCase: caseReference,
    },
  },
  openStore,
  createLoaders,
  seedDemoData,
  // Every step goes to the registry's timeline through the outbox (统一归集).
  reportsCaseEvents: true,
  // The registry routes only to review offices that exist, take new matters and have officers (名录发布).
  publishedDirectory,
});
