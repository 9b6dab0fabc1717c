import { resolve } from "node:path";
import { defineSubgraph } from "@onedoor/shared/server/subgraph";
import { createLoaders, openStore } from "./db/store.js";
import { seedDemoData } from "./db/demo-data.js";
import { applyCaseEvents } from "./db/timeline.js";
import { expireOverdueHandOffs } from "./db/hand-offs.js";
import { partyIdSources } from "./db/party-ids.js";
import { judgeRecentClosures } from "./db/cockpit.js";
import { partyIdBackfillJob } from "@onedoor/shared/db/party-id-backfill";
import { eventReceiver } from "@onedoor/shared/events/registry-link";
import { feedRoute } from "@onedoor/shared/events/feed";
import { readFeed } from "./db/feed.js";
import { noticeFeed } from "@onedoor/shared/events/registry-notices";
import { disputePartiesFor, noticesFor } from "./db/notices.js";
import { disputePartiesRoute } from "@onedoor/shared/events/dispute-parties";
import { memberUnitsRoute } from "@onedoor/shared/events/member-units";
import { memberUnitsOf } from "./db/member-units.js";
import { DisputeLinkResolver, DisputeResolver, disputeReference } from "./resolvers/dispute-resolver.js";
import { DisputeMutations } from "./resolvers/dispute-mutations.js";
import { PetitionResolver } from "./resolvers/petition-resolver.js";
import { PetitionMutations } from "./resolvers/petition-mutations.js";
import { TrackingResolver } from "./resolvers/tracking-resolver.js";
import { HandOffResolver } from "./resolvers/hand-off-resolver.js";
import { HandOffMutations } from "./resolvers/hand-off-mutations.js";
import { CockpitResolver, cockpitReference } from "./resolvers/cockpit-resolver.js";
import { EarlyWarningResolver } from "./resolvers/early-warning-resolver.js";
import { PartyResolver, partyReference } from "./resolvers/party-resolver.js";
import { DisputePartyResolver } from "./resolvers/dispute-party-resolver.js";
import { AuditLogResolver } from "./resolvers/audit-resolver.js";
import { AlertResolver } from "./resolvers/alert-resolver.js";
import { AlertMutations } from "./resolvers/alert-mutations.js";
import { MemberUnitMutations } from "./resolvers/member-unit-mutations.js";
import { ReferenceDataResolver } from "./resolvers/reference-data-resolver.js";
import { RoutingRulesResolver } from "./resolvers/routing-rules-resolver.js";
import { NodeResolver } from "./resolvers/node-resolver.js";
import { DEPARTMENT_NODES } from "./entities/node.js";
import { detectAlerts } from "./db/alerts.js";
import { auditLogSection, auditLogStubReference } from "@onedoor/shared/audit/audit";
import { directoryReceiver } from "@onedoor/shared/directory/publication";
import { applyDirectoryPublication } from "./db/directory.js";

/** 信访局: runs the one window and the dispute registry. */
export const subgraph = defineSubgraph({
  name: "petitions",
  // Residents follow their case with the code and a verification answer, without an account.
  prismaDir: resolve(import.meta.dirname, "../prisma"),
  schema: {
    resolvers: [
      DisputeResolver,
      DisputeLinkResolver,
      DisputeMutations,
      PetitionResolver,
      PetitionMutations,
      TrackingResolver,
      HandOffResolver,
      HandOffMutations,
      CockpitResolver,
      EarlyWarningResolver,
      PartyResolver,
      DisputePartyResolver,
      AuditLogResolver,
      AlertResolver,
      AlertMutations,
      MemberUnitMutations,
      ReferenceDataResolver,
      RoutingRulesResolver,
      NodeResolver,
      auditLogSection("petitions", "信访局/综合受理窗口"),
    ],
    orphanedTypes: DEPARTMENT_NODES,
    referenceResolvers: {
      Dispute: disputeReference,
      Cockpit: cockpitReference,
      Party: partyReference,
      AuditLog: auditLogStubReference,
    },
  },
  openStore,
  createLoaders,
  periodicJobs: [
    { name: "expire unanswered hand-offs", intervalMs: 60_000, run: (store) => expireOverdueHandOffs(store) },
    partyIdBackfillJob(partyIdSources),
    { name: "detect alerts", intervalMs: 5 * 60_000, run: (store) => detectAlerts(store) },
    {
      name: "judge recent closures on time for the cockpit",
      intervalMs: 5 * 60_000,
      run: (store) => judgeRecentClosures(store),
    },
  ],
  // The registry receives every department's case events (统一归集), feeds the stored ones to the gateway,
  // tells each department what was sent to it (派件), and who the parties of such a dispute are (a party's own step
  // there).
  routes: (store, secret, replay) =>
    eventReceiver(secret, async (events) => void (await applyCaseEvents(store, events)), replay)
      .use(feedRoute(secret, (after) => readFeed(store, after), replay))
      .use(noticeFeed(secret, (reader, after, limit) => noticesFor(store, reader, after, limit), replay))
      .use(disputePartiesRoute(secret, (reader, code) => disputePartiesFor(store, reader, code), replay))
      .use(memberUnitsRoute(secret, (county) => memberUnitsOf(store, county), replay))
      .use(
        directoryReceiver(
          secret,
          async (publication) => void (await applyDirectoryPublication(store, publication)),
          replay,
        ),
      ),
  seedDemoData,
});
