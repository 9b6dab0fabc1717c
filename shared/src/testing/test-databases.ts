// The databases a database test runs on: an in-memory PGlite always, and a fresh PostgreSQL database too when
// TEST_DATABASE_URL names a server (CI), since the two drivers give some types differently.
import { randomBytes } from "node:crypto";
import { dropDatabase, openDatabase, type Database } from "../db/database.js";

export type TestDatabaseKind = "pglite" | "postgres";

export const testDatabaseKinds = (): TestDatabaseKind[] =>
  process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

/** The URL of a database not yet made on the TEST_DATABASE_URL server (`openDatabase` makes it). */
export function freshPostgresUrl(server: string, prefix: string): string {
  const url = new URL(server);
  url.pathname = `/${prefix}_${randomBytes(4).toString("hex")}`;
  return url.toString();
}

/** A new empty database of the kind; `close` closes it and drops the PostgreSQL one. */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<Database> {
  const server = process.env.TEST_DATABASE_URL;
  if (kind === "pglite" || !server) return openDatabase({ kind: "pglite", dataDir: "memory" });
  const url = freshPostgresUrl(server, "onedoor_test");
  const database = await openDatabase({ kind: "postgres", url });
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropDatabase(url);
    },
  };
}
