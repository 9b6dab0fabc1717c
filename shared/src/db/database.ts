// One database per subgraph: embedded PGlite by default (zero setup), PostgreSQL when a URL is configured.
// Same schema and migrations both ways, since PGlite is PostgreSQL compiled to WASM.
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { envPrefix } from "../config.js";
import { lockFolder } from "./folder-lock.js";
import { pgliteOptions } from "./pglite-options.js";
import { inProcessLocks, postgresLocks, type AdvisoryLocks } from "./job-lock.js";
import { tracedAdapterFactory } from "./traced-sql.js";

export type DatabaseLocation = { kind: "pglite"; dataDir: string | "memory" } | { kind: "postgres"; url: string };

export interface Database {
  location: DatabaseLocation;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  /** Runs a script of several statements as one simple query: PostgreSQL runs it as one transaction. */
  executeScript(script: string): Promise<void>;
  query<Row>(sql: string): Promise<Row[]>;
  /** Coordination with the other replicas on this database (job-lock.ts). */
  locks: AdvisoryLocks;
  close(): Promise<void>;
}

/** Repository root: data/ lives there, beside the workspaces. */
export const REPO_ROOT = resolve(import.meta.dirname, "../../..");

/**
 * Where a subgraph's data lives, in order of precedence:
 * `<SUBGRAPH>_DATABASE_URL`; `DATABASE_BASE_URL` (its database name gets `_<subgraph>` appended);
 * PGlite under `DATA_DIR/<subgraph>` (`DATA_DIR=memory` keeps it in memory), default `./data`.
 */
export function databaseLocation(subgraph: string, env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const own = env[`${envPrefix(subgraph)}_DATABASE_URL`];
  if (own) return { kind: "postgres", url: own };
  const base = env.DATABASE_BASE_URL;
  if (base) {
    const url = new URL(base);
    const prefix = url.pathname.replace(/^\//, "") || "onedoor";
    url.pathname = `/${prefix}_${envPrefix(subgraph).toLowerCase()}`;
    return { kind: "postgres", url: url.toString() };
  }
  const dataDir = env.DATA_DIR ?? join(REPO_ROOT, "data");
  return { kind: "pglite", dataDir: dataDir === "memory" ? "memory" : join(resolve(dataDir), subgraph) };
}

/** `owner` says who holds an embedded database's folder, in the message refusing a second opener. */
export async function openDatabase(location: DatabaseLocation, { owner = "OneDoor" } = {}): Promise<Database> {
  if (location.kind === "pglite") {
    const lock = location.dataDir === "memory" ? undefined : lockFolder(location.dataDir, owner);
    try {
      if (location.dataDir !== "memory") await mkdir(location.dataDir, { recursive: true });
      const client = new PGlite(
        location.dataDir === "memory" ? "memory://" : location.dataDir,
        await pgliteOptions(location.dataDir),
      );
      await client.waitReady;
      const locks = inProcessLocks();
      return {
        location,
        locks,
        adapterFactory: tracedAdapterFactory(new PrismaPGlite(client)),
        ping: async () => void (await client.query("select 1")),
        executeScript: async (script) => void (await client.exec(script)),
        query: async <Row>(sql: string) => (await client.query<Row>(sql)).rows,
        close: async () => {
          await locks.close();
          await client.close();
          lock?.release();
        },
      };
    } catch (error) {
      lock?.release();
      throw error;
    }
  }
  await createDatabaseIfMissing(location.url);
  const pool = new pg.Pool({ connectionString: location.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const locks = postgresLocks(location.url);
  return {
    location,
    locks,
    adapterFactory: tracedAdapterFactory(wholeScripts(new PrismaPg(pool))),
    ping: async () => void (await pool.query("select 1")),
    // Without parameters pg sends the simple-query protocol: the whole script at once.
    executeScript: async (script) => void (await pool.query(script)),
    query: async <Row>(sql: string) => (await pool.query(sql)).rows as Row[],
    close: async () => {
      await locks.close();
      await pool.end();
    },
  };
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks on a
 * semicolon in a comment, a string or a function body. PostgreSQL runs a multi-statement script
 * sent as one simple query, as PGlite does, so send it whole.
 */
function wholeScripts(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const internals = adapter as unknown as { client: pg.Pool | pg.PoolClient; onError(error: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  };
  return factory;
}

/** A department's database is created on first start, so a new environment needs only a server. */
async function createDatabaseIfMissing(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount)
      await client.query(`create database "${name.replaceAll('"', '""')}"`).catch((error: { code?: string }) => {
        // Another process may have created it between our check and our create: PostgreSQL says so as
        // "already exists" (42P04), or as a unique violation on pg_database when both creates overlap (23505).
        if (error.code !== "42P04" && error.code !== "23505") throw error;
      });
  } finally {
    await client.end();
  }
}

/** Drops a PostgreSQL database (test clean-up). */
export async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name.replaceAll('"', '""')}" with (force)`);
  } finally {
    await client.end();
  }
}

/**
 * For long transactions such as seeding: Prisma's 5 s default can expire on a busy two-core machine,
 * and the rest of the callback then fails against a rolled-back transaction.
 */
export const LONG_TRANSACTION = { timeout: 120_000, maxWait: 30_000 } as const;
