// In-process resolver tests: one subgraph's schema, built as the server builds it, over its real migrations
// on a throwaway in-memory database, run as any caller. No gateway, no other department, no ports.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { graphql, type GraphQLSchema } from "graphql";
import { pino } from "pino";
import type { Identity, Role } from "../auth/identity.js";
import { buildSubgraphGraphQLSchema, type SubgraphDefinition } from "../server/subgraph.js";
import { openMigratedStore, type MigratedStore } from "./migrated-store.js";
import { inboxOver, type InboxStore, type RegistryNoticeKind } from "../events/registry-notices.js";
import type { ReportedClock } from "../events/reported-clock.js";
import type { DisputePartyList } from "../events/dispute-parties.js";
import { demoMemberUnits } from "../demo/member-units.js";

export interface KitResult {
  data: Record<string, any> | null | undefined;
  /** `extensions.code` of each error, in order. */
  codes: unknown[];
  errors: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export interface SubgraphKit<Store> {
  /** The migrated (and, if asked, seeded) store, for arranging and checking rows. */
  store(): Store;
  /** Runs an operation as `identity`, with a fresh request context (loaders included), as the server would. */
  run(identity: Identity, source: string, variables?: Record<string, unknown>): Promise<KitResult>;
  /**
   * Hands the department a registry notice, as its inbox would read it from the registry's feed, and lets the
   * department act on it; a fact names the other department's record (and a court's clock, the clock).
   * `occurredAt` defaults to now. A body is named by name, or by name and id where the department publishes its
   * directory. A dispatch's co-handlers come by id and name (`fact.coHandlers`).
   */
  notify(
    disputeCode: string,
    kind?: RegistryNoticeKind,
    body?: string | { name: string; id: string },
    fact?: {
      recordId?: string;
      occurredAt: Date;
      clock?: ReportedClock;
      coHandlers?: readonly { id: string; name: string }[];
    },
  ): Promise<void>;
  /** Sets the dispute's parties, as the registry would answer the department asking for them. */
  parties(disputeCode: string, parties: DisputePartyList): void;
}

/** A caller for tests: a role, and whatever narrows it (department, party, user id). */
export function caller(role: Role | null, more: Partial<Identity> = {}): Identity {
  return { userId: role ? `${role}-test` : undefined, roles: role ? [role] : [], ...more };
}

/** The code an operation refuses this caller with: UNAUTHENTICATED when anonymous, FORBIDDEN when signed in. */
export function refusalOf(identity: Identity): "UNAUTHENTICATED" | "FORBIDDEN" {
  return identity.roles.length === 0 ? "UNAUTHENTICATED" : "FORBIDDEN";
}

/**
 * Sets up the subgraph for the test file (call at the top of a file or `describe`): migrations applied
 * before the first test, the database closed after the last. `seed` loads the demo stories.
 */
export function useSubgraphKit<Store extends { $disconnect(): Promise<void> }, Loaders>(
  definition: SubgraphDefinition<Store, Loaders>,
  { seed = false }: { seed?: boolean } = {},
): SubgraphKit<Store> {
  let database: MigratedStore<Store> | undefined;
  let schema: GraphQLSchema | undefined;
  const log = pino({ level: "silent" });
  beforeAll(async () => {
    database = await openMigratedStore(definition as SubgraphDefinition<Store, unknown>, { seed });
    ({ schema } = await buildSubgraphGraphQLSchema(definition as unknown as SubgraphDefinition<never, unknown>));
  }, 120_000);
  afterAll(() => database?.close());
  const store = () => {
    if (!database) throw new Error("the subgraph kit opens its database in beforeAll");
    return database.store;
  };
  let requests = 0;
  let notices = 0;
  // No registry here: the inbox holds only what a test hands it.
  const inbox = () => inboxOver(store() as unknown as InboxStore, async () => false);
  const partiesOfDisputes = new Map<string, DisputePartyList>();
  const disputeParties = async (disputeCode: string): Promise<DisputePartyList> =>
    partiesOfDisputes.get(disputeCode) ?? { partyIds: [], partyNames: [] };
  // The registry's member units are the demo's, all active.
  const memberUnits = async (county: string) =>
    demoMemberUnits()
      .filter((u) => u.regionCode === county)
      .map((u) => ({ ...u, status: "ACTIVE" as const }));
  return {
    store,
    parties(disputeCode, parties) {
      partiesOfDisputes.set(disputeCode, parties);
    },
    async notify(disputeCode, kind = "SENT", body, fact) {
      notices += 1;
      const notice = {
        id: randomUUID(),
        sequence: BigInt(notices),
        disputeCode,
        kind,
        body: (typeof body === "string" ? body : body?.name) ?? null,
        bodyId: typeof body === "object" ? body.id : null,
        coHandlers: (fact?.coHandlers ?? []).map((c) => c.name),
        coHandlerIds: (fact?.coHandlers ?? []).map((c) => c.id),
        recordId: fact?.recordId ?? null,
        ...(fact?.clock ? { clock: fact.clock } : {}),
        occurredAt: fact?.occurredAt ?? new Date(),
      };
      await (store() as unknown as InboxStore).registryNotice.createMany({ data: [notice], skipDuplicates: true });
      // The department acts on it as its inbox would, on reading it from the feed.
      await definition.onRegistryNotices?.(
        store(),
        [{ ...notice, sequence: notices, occurredAt: notice.occurredAt.toISOString() }],
        log,
      );
    },
    async run(identity, source, variables = {}) {
      if (!schema) throw new Error("the subgraph kit builds its schema in beforeAll");
      requests += 1;
      const result = await graphql({
        schema,
        source,
        variableValues: variables,
        contextValue: {
          subgraph: definition.name,
          identity,
          requestId: `kit-${definition.name}-${requests}`,
          log,
          store: store(),
          loaders: definition.createLoaders(store()),
          ...(definition.reportsCaseEvents ? { inbox: inbox(), disputeParties, memberUnits } : {}),
        },
      });
      const errors = (result.errors ?? []).map((e) => ({ message: e.message, extensions: e.extensions }));
      return {
        data: result.data as Record<string, any> | null | undefined,
        codes: errors.map((e) => e.extensions?.code),
        errors,
      };
    },
  };
}
