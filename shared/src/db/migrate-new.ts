// `npm run migrate:new -w subgraphs/<name> -- <migration_name>`: writes the SQL that brings the
// committed migrations up to prisma/schema.prisma as a new migration folder.
import { mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { diffMigrationsToSchema, MIGRATION_LOCK, prismaProject } from "./schema-engine.js";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run migrate:new -w subgraphs/<subgraph> -- <migration_name in snake_case>");
  process.exit(2);
}
const project = prismaProject(resolve(process.cwd(), "prisma"));
const scratch = new PGlite("memory://");
try {
  const sql = await diffMigrationsToSchema(project, new PrismaPGlite(scratch));
  if (sql === "") {
    console.log("schema.prisma and the migrations already agree: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = join(project.migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "migration.sql"), sql);
    const lock = join(project.migrationsDir, "migration_lock.toml");
    if (!existsSync(lock)) await writeFile(lock, MIGRATION_LOCK);
    console.log(`wrote ${dir}/migration.sql`);
  }
} finally {
  await scratch.close();
}
// The engine's shadow database (a second in-memory PGlite) is never closed and keeps the loop alive.
process.exit(0);
