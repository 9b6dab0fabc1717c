// Migrations, and Prisma's schema engine (WASM build: the native engine cannot be downloaded on our
// machines) for diffs. Migrations are applied here, one transaction each, into the same
// `_prisma_migrations` table that `prisma migrate deploy` reads.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine, MigrationList } from "@prisma/schema-engine-wasm";
import type { AdvisoryLocks } from "./job-lock.js";

type SchemaEngineModule = { SchemaEngine: typeof SchemaEngine; __wbg_set_wasm(exports: unknown): void };

let modulePromise: Promise<SchemaEngineModule> | undefined;

/** The package's main entry imports a .wasm file as an ES module, which Node cannot load: instantiate by hand. */
function loadSchemaEngineModule(): Promise<SchemaEngineModule> {
  modulePromise ??= (async () => {
    const jsUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings = (await import(jsUrl)) as SchemaEngineModule;
    const wasmPath = fileURLToPath(new URL("./schema_engine_bg.wasm", jsUrl));
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return bindings;
  })();
  return modulePromise;
}

export const MIGRATION_LOCK = 'provider = "postgresql"\n';

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export interface PrismaProject {
  /** Absolute path of `schema.prisma`. */
  schemaPath: string;
  /** Absolute path of the `migrations` folder next to it. */
  migrationsDir: string;
}

export function prismaProject(prismaDir: string): PrismaProject {
  return { schemaPath: join(prismaDir, "schema.prisma"), migrationsDir: join(prismaDir, "migrations") };
}

async function openEngine(project: PrismaProject, adapterFactory: SqlMigrationAwareDriverAdapterFactory) {
  const { SchemaEngine } = await loadSchemaEngineModule();
  const schema = await readFile(project.schemaPath, "utf8");
  const logs: string[] = [];
  const engine = await SchemaEngine.new(
    { datamodels: [[project.schemaPath, schema]] },
    (log: string) => logs.push(log),
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  return { engine, schema };
}

export async function readMigrations(project: PrismaProject): Promise<MigrationList> {
  const dirs = existsSync(project.migrationsDir)
    ? (await readdir(project.migrationsDir, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = join(project.migrationsDir, "migration_lock.toml");
  return {
    baseDir: project.migrationsDir,
    // Every OneDoor database is PostgreSQL; a project with no migrations yet has no lock file.
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : MIGRATION_LOCK,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => ({
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: {
            tag: "ok" as const,
            value: await readFile(join(project.migrationsDir, dir, "migration.sql"), "utf8"),
          },
        },
      })),
    ),
  };
}

/** Where migrations run: a database that takes a script of several statements (see database.ts). */
export interface MigrationTarget {
  executeScript(script: string): Promise<void>;
  query<Row>(sql: string): Promise<Row[]>;
  /** Replicas migrating one database at once take turns (the later ones then find nothing to do). */
  locks?: Pick<AdvisoryLocks, "whileHeld">;
}

/** A migration was started and never finished by an older version: only starting over can fix that. */
export class FailedMigrationError extends Error {
  constructor(readonly migrations: string[]) {
    super(`migration ${migrations.join(", ")} was started and never finished`);
    this.name = "FailedMigrationError";
  }
}

// Prisma's own table, so `prisma migrate deploy` and `prisma migrate status` read the same history.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Applies pending migrations, each in one transaction together with its `_prisma_migrations` row, and
 * returns the names applied now (empty when up to date). Prisma's engine records a migration as started
 * before running it, so a start killed in the middle left a failed row that blocked every later start;
 * here a killed start leaves the database as it was before that migration, and the next start goes on.
 * `onProgress` hears of each migration before it runs: its position among all of them and their number.
 */
export async function applyMigrations(
  project: PrismaProject,
  target: MigrationTarget,
  onProgress: (position: number, total: number, name: string) => void = () => {},
): Promise<string[]> {
  const migrate = () => applyPending(project, target, onProgress);
  return target.locks ? target.locks.whileHeld("migrations", migrate) : migrate();
}

async function applyPending(
  project: PrismaProject,
  target: MigrationTarget,
  onProgress: (position: number, total: number, name: string) => void,
): Promise<string[]> {
  const { migrationDirectories } = await readMigrations(project);
  await target.executeScript(MIGRATIONS_TABLE);
  const history = await target.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
    `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`,
  );
  const failed = history.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed.length > 0) throw new FailedMigrationError(failed.map((row) => row.migration_name));
  const done = new Set(history.filter((row) => row.finished_at !== null).map((row) => row.migration_name));

  const applied: string[] = [];
  for (const [index, { path: name, migrationFile }] of migrationDirectories.entries()) {
    if (done.has(name)) continue;
    onProgress(index + 1, migrationDirectories.length, name);
    const sql = migrationFile.content.tag === "ok" ? migrationFile.content.value : "";
    const checksum = createHash("sha256").update(sql).digest("hex");
    // One simple query of several statements is one transaction in PostgreSQL: the migration and its row
    // commit together or not at all. No committed migration controls transactions itself or needs to run
    // outside one (CREATE INDEX CONCURRENTLY, an enum value used in the migration that adds it); schema-engine.test.ts checks.
    await target.executeScript(
      `${sql}\n;\nINSERT INTO "_prisma_migrations" ` +
        `(id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) ` +
        `VALUES (${literal(randomUUID())}, ${literal(checksum)}, clock_timestamp(), ${literal(name)}, NULL, NULL, now(), 1)`,
    );
    applied.push(name);
  }
  return applied;
}

/** Applies pending migrations as `prisma migrate deploy` would: tests check ours writes the same history. */
export async function applyMigrationsWithPrismaEngine(
  project: PrismaProject,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<string[]> {
  const { engine } = await openEngine(project, adapterFactory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrations(project),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * SQL that would bring a database built from the committed migrations up to `schema.prisma`.
 * Empty means schema and migrations agree. Replays the migrations on the factory's shadow database.
 */
export async function diffMigrationsToSchema(
  project: PrismaProject,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<string> {
  const { engine, schema } = await openEngine(project, adapterFactory);
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...(await readMigrations(project)) },
      to: { tag: "schemaDatamodel", files: [{ path: project.schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return normaliseDiff(result.stdout ?? "");
  } finally {
    engine.free();
  }
}

/** The engine prints a comment for an empty diff. */
function normaliseDiff(sql: string): string {
  const meaningful = sql
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("--"))
    .join("\n");
  return meaningful === "" ? "" : sql;
}
