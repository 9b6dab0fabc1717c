// Prisma's schema engine, WASM build: the native engine cannot be downloaded on our machines,
// and this one writes the same `_prisma_migrations` table that `prisma migrate deploy` reads.
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine, MigrationList } from "@prisma/schema-engine-wasm";

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

/** Applies pending migrations; returns the names applied now (empty when up to date). */
export async function applyMigrations(
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
