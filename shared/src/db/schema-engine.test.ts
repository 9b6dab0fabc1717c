import { afterAll, describe, expect, it } from "vitest";
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { SUBGRAPH_NAMES } from "../config.js";
import { openDatabase, REPO_ROOT, type Database } from "./database.js";
import {
  applyMigrations,
  applyMigrationsWithPrismaEngine,
  diffMigrationsToSchema,
  FailedMigrationError,
  MIGRATION_LOCK,
  prismaProject,
  type PrismaProject,
} from "./schema-engine.js";

const SCHEMA = `
datasource db {
  provider = "postgresql"
}
model Visit {
  id    Int    @id @default(autoincrement())
  place String
}
`;

async function projectWith(migrations: Record<string, string>): Promise<PrismaProject> {
  const dir = await mkdtemp(join(tmpdir(), "onedoor-engine-"));
  await writeFile(join(dir, "schema.prisma"), SCHEMA);
  const project = prismaProject(dir);
  await mkdir(project.migrationsDir, { recursive: true });
  await writeFile(join(project.migrationsDir, "migration_lock.toml"), MIGRATION_LOCK);
  for (const [name, sql] of Object.entries(migrations)) {
    await mkdir(join(project.migrationsDir, name));
    await writeFile(join(project.migrationsDir, name, "migration.sql"), sql);
  }
  return project;
}

const tables = (database: Database) =>
  database.query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
  );

// Generous timeouts: a WASM engine and three PGlite instances on a busy two-core machine.
describe("migrations", () => {
  const cleanUp: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const step of cleanUp) await step();
  });
  const memory = async () => {
    const database = await openDatabase({ kind: "pglite", dataDir: "memory" });
    cleanUp.push(() => database.close());
    return database;
  };

  it("finds the SQL a schema needs, applies it once, and records it where `prisma migrate deploy` looks", async () => {
    const project = await projectWith({});
    cleanUp.push(() => rm(join(project.schemaPath, ".."), { recursive: true, force: true }));
    const sql = await diffMigrationsToSchema(project, new PrismaPGlite(new PGlite("memory://")));
    expect(sql).toContain('CREATE TABLE "Visit"');
    await mkdir(join(project.migrationsDir, "20260101000000_init"));
    await writeFile(join(project.migrationsDir, "20260101000000_init", "migration.sql"), sql);

    const database = await memory();
    const positions: string[] = [];
    const progress = (position: number, total: number) => positions.push(`${position}/${total}`);
    expect(await applyMigrations(project, database, progress)).toEqual(["20260101000000_init"]);
    expect(await applyMigrations(project, database, progress)).toEqual([]);
    expect(positions).toEqual(["1/1"]);
    const rows = await database.query<{ migration_name: string; finished_at: Date | null }>(
      "select migration_name, finished_at from _prisma_migrations",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.migration_name).toBe("20260101000000_init");
    expect(rows[0]?.finished_at).not.toBeNull();
    await database.query("insert into \"Visit\" (place) values ('桐庐县矛调中心')");

    expect(await diffMigrationsToSchema(project, new PrismaPGlite(new PGlite("memory://")))).toBe("");
  }, 240_000);

  it("writes the history Prisma's engine writes, so `prisma migrate deploy` finds nothing to do", async () => {
    const project = prismaProject(join(REPO_ROOT, "subgraphs", "petitions", "prisma"));
    const ours = await memory();
    const theirs = new PGlite("memory://");
    cleanUp.push(() => theirs.close());
    const applied = await applyMigrations(project, ours);
    expect(await applyMigrationsWithPrismaEngine(project, new PrismaPGlite(theirs))).toEqual(applied);

    const history =
      "select migration_name, checksum, logs, rolled_back_at, applied_steps_count from _prisma_migrations";
    const order = " order by migration_name";
    expect(await ours.query(history + order)).toEqual((await theirs.query(history + order)).rows);
    const columns =
      "select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns " +
      "where table_schema = 'public' order by table_name, column_name";
    expect(await ours.query(columns)).toEqual((await theirs.query(columns)).rows);
    // The engine reads our history as its own.
    expect(await applyMigrationsWithPrismaEngine(project, ours.adapterFactory)).toEqual([]);
  }, 240_000);

  it("leaves the database as it was before a migration that fails, and goes on from there next time", async () => {
    const project = await projectWith({
      "20260101000000_first": 'CREATE TABLE "First" (id INT);',
      // The failure comes after a statement that succeeded: that one must be undone too.
      "20260102000000_second": 'CREATE TABLE "Second" (id INT);\nSELECT 1 / 0;',
    });
    cleanUp.push(() => rm(join(project.schemaPath, ".."), { recursive: true, force: true }));
    const database = await memory();
    await expect(applyMigrations(project, database)).rejects.toThrow(/division by zero/);
    expect(await tables(database)).toEqual([{ table_name: "First" }, { table_name: "_prisma_migrations" }]);
    const names = await database.query<{ migration_name: string }>("select migration_name from _prisma_migrations");
    expect(names).toEqual([{ migration_name: "20260101000000_first" }]);

    await writeFile(
      join(project.migrationsDir, "20260102000000_second", "migration.sql"),
      'CREATE TABLE "Second" (id INT);\n-- a comment on the last line, without a newline',
    );
    expect(await applyMigrations(project, database)).toEqual(["20260102000000_second"]);
    expect((await tables(database)).map((t) => t.table_name)).toEqual(["First", "Second", "_prisma_migrations"]);
  });

  it("refuses a history with a migration an older version started and never finished", async () => {
    const project = await projectWith({ "20260101000000_first": 'CREATE TABLE "First" (id INT);' });
    cleanUp.push(() => rm(join(project.schemaPath, ".."), { recursive: true, force: true }));
    const database = await memory();
    await applyMigrations(project, database);
    await database.executeScript(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ('00000000-0000-0000-0000-000000000001', 'x', '20260102000000_second', now(), 0)`,
    );
    const refused = await applyMigrations(project, database).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(FailedMigrationError);
    expect((refused as FailedMigrationError).migrations).toEqual(["20260102000000_second"]);
  });

  it("has no committed migration that cannot run inside a transaction", async () => {
    const offending = /^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|VACUUM|CREATE DATABASE)\b\s*;|\bCONCURRENTLY\b/im;
    // An enum value added in a transaction may not be used before it commits: not later in the same migration.
    const usedAfterAdding = (sql: string) =>
      [...sql.matchAll(/\bADD VALUE\s+'([^']+)'/gi)].find((m) =>
        sql.slice(m.index + m[0].length).includes(`'${m[1]}'`),
      );
    expect(usedAfterAdding(`ALTER TYPE "D" ADD VALUE 'X';\nUPDATE "T" SET "d" = 'X';`)).toBeDefined();
    expect(usedAfterAdding(`ALTER TYPE "D" ADD VALUE 'X';\nALTER TYPE "E" ADD VALUE 'Y';`)).toBeUndefined();
    let checked = 0;
    for (const name of SUBGRAPH_NAMES) {
      const dir = join(REPO_ROOT, "subgraphs", name, "prisma", "migrations");
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const sql = await readFile(join(dir, entry.name, "migration.sql"), "utf8");
        expect(offending.exec(sql)?.[0], `${name}/${entry.name}`).toBeUndefined();
        expect(usedAfterAdding(sql)?.[0], `${name}/${entry.name} uses an enum value it adds`).toBeUndefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(SUBGRAPH_NAMES.length);
  });
});
