// Two replicas' view of one database, for tests of what replicas coordinate: two connections to a fresh
// PostgreSQL database when TEST_DATABASE_URL is set (CI), else one in-memory PGlite both replicas share
// (PGlite has one opener, so there the replicas are two users of one process's database).
import { dropDatabase, openDatabase, type Database } from "../db/database.js";
import { freshPostgresUrl } from "./test-databases.js";

export interface ReplicaDatabases {
  kind: "pglite" | "postgres";
  first: Database;
  second: Database;
  /** Closes both and drops the PostgreSQL database. */
  close(): Promise<void>;
}

export async function replicaDatabases(): Promise<ReplicaDatabases> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const shared = await openDatabase({ kind: "pglite", dataDir: "memory" });
    return { kind: "pglite", first: shared, second: shared, close: () => shared.close() };
  }
  const location = { kind: "postgres", url: freshPostgresUrl(server, "onedoor_replicas") } as const;
  const first = await openDatabase(location);
  const second = await openDatabase(location);
  return {
    kind: "postgres",
    first,
    second,
    close: async () => {
      await Promise.all([first.close(), second.close()]);
      await dropDatabase(location.url);
    },
  };
}
