// For integration tests next to a subgraph's data code: its real migrations on a throwaway in-memory
// PostgreSQL (PGlite), optionally with the demo stories, through the same definition the server uses.
import { afterAll, beforeAll } from "vitest";
import { pino } from "pino";
import { openDatabase } from "../db/database.js";
import { applyMigrations, prismaProject } from "../db/schema-engine.js";
import type { SubgraphDefinition } from "../server/subgraph.js";

export interface MigratedStore<Store> {
  store: Store;
  close(): Promise<void>;
}

export async function openMigratedStore<Store extends { $disconnect(): Promise<void> }>(
  definition: SubgraphDefinition<Store, unknown>,
  { seed = false }: { seed?: boolean } = {},
): Promise<MigratedStore<Store>> {
  const database = await openDatabase({ kind: "pglite", dataDir: "memory" });
  await applyMigrations(prismaProject(definition.prismaDir), database);
  const store = definition.openStore(database.adapterFactory);
  if (seed) await definition.seedDemoData?.(store, pino({ level: "silent" }));
  return {
    store,
    close: async () => {
      await store.$disconnect();
      await database.close();
    },
  };
}

/**
 * The usual set-up of a test file: one migrated store for the file, closed after it. Call at the top of
 * a `describe`; the returned function gives the store inside tests.
 */
export function useMigratedStore<Store extends { $disconnect(): Promise<void> }>(
  definition: SubgraphDefinition<Store, unknown>,
  options: { seed?: boolean } = {},
): () => Store {
  let database: MigratedStore<Store> | undefined;
  beforeAll(async () => {
    database = await openMigratedStore(definition, options);
  }, 120_000);
  afterAll(() => database?.close());
  return () => {
    if (!database) throw new Error("the migrated store is opened in beforeAll");
    return database.store;
  };
}
