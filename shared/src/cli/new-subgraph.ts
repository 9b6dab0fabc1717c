// `npm run new-subgraph -- <name> --zh <中文名> [--role <staffRole>] [--prefix <TypePrefix>]`:
// scaffolds a department with the common inner layout (shared/templates/subgraph), registers it (port,
// workspace, staff role, type prefix), writes its first migration, prints its SDL and composes the supergraph.
// Afterwards: `npm install` (the lock file learns the workspace), then `npm run check -w subgraphs/<name>`.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { REPO_ROOT } from "../system/service-command.js";
import { diffMigrationsToSchema, MIGRATION_LOCK, prismaProject } from "../db/schema-engine.js";
import { sharedModelsOf, withSharedModels } from "../db/shared-models.js";
import type { SubgraphName } from "../config.js";
import { generateClients } from "./generate.js";

export interface ScaffoldOptions {
  /** kebab-case, e.g. administrative-review */
  name: string;
  /** The body's Chinese name, e.g. 行政复议机构 */
  zh: string;
  /** Its staff role, e.g. reviewOfficer */
  role: string;
  /** Prefix of its GraphQL types, e.g. AdministrativeReview */
  prefix: string;
}

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

export function scaffoldOptions(name: string, given: Partial<ScaffoldOptions> = {}): ScaffoldOptions {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new Error(`a department's name is kebab-case: ${name}`);
  const prefix = given.prefix ?? pascal(name);
  const camel = prefix[0]!.toLowerCase() + prefix.slice(1);
  return { name, zh: given.zh ?? name, role: given.role ?? `${camel}Officer`, prefix };
}

function fill(template: string, o: ScaffoldOptions, versions: Record<string, string>): string {
  const camel = o.prefix[0]!.toLowerCase() + o.prefix.slice(1);
  return template
    .replaceAll("__Prefix__", o.prefix)
    .replaceAll("__prefix__", camel)
    .replaceAll("__NAME_ENV__", o.name.toUpperCase().replaceAll("-", "_"))
    .replaceAll("__name__", o.name)
    .replaceAll("__zh__", o.zh)
    .replaceAll("__role__", o.role)
    .replace(/__(\w+)Version__/g, (_, key: string) => versions[key] ?? "*");
}

async function templateFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".tmpl")).map((e) => join(e.parentPath, e.name));
}

/** Inserts `line` before the first line matching `before` after the line matching `after`. */
async function insertLine(file: string, after: RegExp, before: RegExp, line: string): Promise<void> {
  const lines = (await readFile(file, "utf8")).split("\n");
  const start = lines.findIndex((l) => after.test(l));
  const end = lines.findIndex((l, i) => i > start && before.test(l));
  if (start < 0 || end < 0) throw new Error(`cannot find where to register the department in ${file}`);
  lines.splice(end, 0, line);
  await writeFile(file, lines.join("\n"));
}

/** Registers the department where the system lists departments: ports, workspaces, staff roles. */
async function register(o: ScaffoldOptions): Promise<number> {
  const config = join(REPO_ROOT, "shared/src/config.ts");
  const ports = [...(await readFile(config, "utf8")).matchAll(/^\s+"?[a-z-]+"?: (\d{4}),$/gm)].map((m) => Number(m[1]));
  const port = Math.max(...ports) + 1;
  await insertLine(config, /^export const SUBGRAPHS = \{$/, /^\} as const;$/, `  "${o.name}": ${port},`);
  await insertLine(
    join(REPO_ROOT, "shared/src/auth/identity.ts"),
    /^export const ROLES = \[$/,
    /^\] as const;$/,
    `  "${o.role}", // ${o.zh}`,
  );
  await insertLine(
    join(REPO_ROOT, "shared/src/auth/policy.ts"),
    /^export const STAFF_ROLES/,
    /^\};$/,
    `  ${o.role}: "${o.name}",`,
  );
  await insertLine(
    join(REPO_ROOT, "gateway/src/naming-guard.ts"),
    /^export const DEPARTMENT_PREFIXES/,
    /^\};$/,
    `  "${o.name}": ["${o.prefix}"],`,
  );
  // The steps the template reports to the registry's timeline (src/domain/case-events.ts).
  const env = o.name.toUpperCase().replaceAll("-", "_");
  const steps = {
    RECEIVED: "收到申请 an application was received",
    ACCEPTED: "受理 accepted",
    REJECTED: "不予受理 rejected",
    CLOSED: "办结 closed",
  };
  for (const [step, description] of Object.entries(steps))
    await insertLine(
      join(REPO_ROOT, "shared/src/events/case-event-types.ts"),
      /^export const CASE_EVENT_TYPES = \{$/,
      /^\} as const satisfies/,
      `  ${env}_${step}: { source: "${o.name}", description: "${o.zh}${description}" },`,
    );
  const packagePath = join(REPO_ROOT, "package.json");
  const pkg = JSON.parse(await readFile(packagePath, "utf8")) as { workspaces: string[] };
  pkg.workspaces.splice(pkg.workspaces.indexOf("gateway"), 0, `subgraphs/${o.name}`);
  await writeFile(packagePath, `${JSON.stringify(pkg, null, 2)}\n`);
  return port;
}

function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, stdio: "inherit" });
    child.once("error", fail);
    child.once("exit", (code) =>
      code === 0 ? done() : fail(new Error(`${cmd} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

export async function scaffoldSubgraph(o: ScaffoldOptions): Promise<{ dir: string; port: number }> {
  const dir = join(REPO_ROOT, "subgraphs", o.name);
  if (existsSync(dir)) throw new Error(`subgraphs/${o.name} exists already`);
  const versions: Record<string, string> = {};
  const reference = JSON.parse(await readFile(join(REPO_ROOT, "subgraphs/petitions/package.json"), "utf8")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  versions.prismaClient = reference.dependencies["@prisma/client"]!;
  versions.graphql = reference.dependencies.graphql!;
  versions.prisma = reference.devDependencies.prisma!;

  const templates = resolve(import.meta.dirname, "../../templates/subgraph");
  for (const file of await templateFiles(templates)) {
    const target = join(dir, relative(templates, file).replace(/\.tmpl$/, ""));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, fill(await readFile(file, "utf8"), o, versions));
  }
  const schemaPath = join(dir, "prisma", "schema.prisma");
  await writeFile(schemaPath, withSharedModels(await readFile(schemaPath, "utf8"), sharedModelsOf(o.name)));
  const port = await register(o);

  // The Prisma client, then the first migration from the schema.
  await generateClients([o.name as SubgraphName]);
  const project = prismaProject(join(dir, "prisma"));
  const scratch = new PGlite("memory://");
  try {
    const sql = await diffMigrationsToSchema(project, new PrismaPGlite(scratch));
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const migration = join(project.migrationsDir, `${stamp}_init`);
    await mkdir(migration, { recursive: true });
    // Prisma cannot declare the audit log's append-only trigger; every department's first migration carries it.
    const appendOnly = await readFile(join(REPO_ROOT, "shared/prisma/audit-entry-append-only.sql"), "utf8");
    await writeFile(join(migration, "migration.sql"), `${sql.trimEnd()}\n\n${appendOnly}`);
    await writeFile(join(project.migrationsDir, "migration_lock.toml"), MIGRATION_LOCK);
  } finally {
    await scratch.close();
  }
  const tsx = ["--import", "tsx"];
  await run(process.execPath, [...tsx, join(REPO_ROOT, "shared/src/cli/print-schema.ts")], dir);
  await run(process.execPath, [...tsx, join(REPO_ROOT, "gateway/src/compose.ts")], REPO_ROOT);
  await run(join(REPO_ROOT, "node_modules/.bin/prettier"), ["--write", "--log-level", "warn", dir], REPO_ROOT);
  return { dir, port };
}

if (import.meta.filename === process.argv[1]) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { zh: { type: "string" }, role: { type: "string" }, prefix: { type: "string" } },
  });
  const [name] = positionals;
  if (!name) {
    console.error("usage: npm run new-subgraph -- <name> --zh <中文名> [--role <staffRole>] [--prefix <TypePrefix>]");
    process.exit(2);
  }
  const options = scaffoldOptions(name, values);
  const { port } = await scaffoldSubgraph(options);
  console.log(
    [
      `subgraphs/${name} is ready on port ${port}, staff role ${options.role}.`,
      "Next: npm install (registers the workspace in the lock file), then npm run check -w subgraphs/" + name + ".",
      "Then teach the registry (subgraphs/petitions) the department: its Department and EventSource enum values, its",
      "step types in the CaseEventType enum (as listed in shared/src/events/case-event-types.ts), a migration, its",
      "default body in domain/routing.ts and any routing rule; npm run typecheck names each place.",
    ].join("\n"),
  );
  // The schema engine's shadow database (an in-memory PGlite) is never closed and keeps the loop alive.
  process.exit(0);
}
