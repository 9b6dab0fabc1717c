import { afterAll, describe, expect, it } from "vitest";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations, diffMigrationsToSchema, MIGRATION_LOCK, prismaProject } from "./schema-engine.js";

const SCHEMA = `
datasource db {
  provider = "postgresql"
}
model Visit {
  id    Int    @id @default(autoincrement())
  place String
}
`;

describe("migrations through the WASM schema engine", async () => {
  const dir = await mkdtemp(join(tmpdir(), "onedoor-engine-"));
  await writeFile(join(dir, "schema.prisma"), SCHEMA);
  const project = prismaProject(dir);
  const database = new PGlite("memory://");
  afterAll(async () => {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("finds the SQL a schema needs, applies it once, and records it where `prisma migrate deploy` looks", async () => {
    const sql = await diffMigrationsToSchema(project, new PrismaPGlite(new PGlite("memory://")));
    expect(sql).toContain('CREATE TABLE "Visit"');

    await mkdir(join(project.migrationsDir, "20260101000000_init"), { recursive: true });
    await writeFile(join(project.migrationsDir, "20260101000000_init", "migration.sql"), sql);
    await writeFile(join(project.migrationsDir, "migration_lock.toml"), MIGRATION_LOCK);

    const factory = new PrismaPGlite(database);
    expect(await applyMigrations(project, factory)).toEqual(["20260101000000_init"]);
    expect(await applyMigrations(project, factory)).toEqual([]);
    const { rows } = await database.query<{ migration_name: string; finished_at: Date | null }>(
      "select migration_name, finished_at from _prisma_migrations",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.migration_name).toBe("20260101000000_init");
    expect(rows[0]?.finished_at).not.toBeNull();
    await database.query("insert into \"Visit\" (place) values ('桐庐县矛调中心')");

    expect(await diffMigrationsToSchema(project, new PrismaPGlite(new PGlite("memory://")))).toBe("");
  });
});
