// For tests that compare a subgraph's reads statement by statement: its real migrations on a throwaway database of
// the given kind (PGlite, or PostgreSQL when TEST_DATABASE_URL is set), opened through the definition the server
// uses, behind the statement counter.
import type { SubgraphDefinition } from "../server/subgraph.js";
import { applyMigrations, prismaProject } from "../db/schema-engine.js";
import { countingAdapterFactory, type SqlCounter } from "./sql-counter.js";
import { openTestDatabase, type TestDatabaseKind } from "./test-databases.js";

export interface CountingStore<Store> {
  store: Store;
  counter: SqlCounter;
  close(): Promise<void>;
}

export async function openCountingStore<Store extends { $disconnect(): Promise<void> }>(
  definition: SubgraphDefinition<Store, unknown>,
  kind: TestDatabaseKind,
): Promise<CountingStore<Store>> {
  const database = await openTestDatabase(kind);
  await applyMigrations(prismaProject(definition.prismaDir), database);
  const counting = countingAdapterFactory(database.adapterFactory);
  const store = definition.openStore(counting.adapterFactory);
  return {
    store,
    counter: counting.counter,
    close: async () => {
      await store.$disconnect();
      await database.close();
    },
  };
}
