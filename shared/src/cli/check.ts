// `npm run check -w subgraphs/<name>` (or `-w gateway`, `-w shared`; `npm run check` for all): everything a
// department can check on its own, without starting the system. For a subgraph: its Prisma client, its
// typecheck, lint and unit tests, its printed SDL, its migrations against schema.prisma, and the whole
// supergraph's composition with the naming guard. Stops at the first failing step.
import { spawn } from "node:child_process";
import { relative, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { SUBGRAPH_NAMES, type SubgraphName } from "../config.js";
import { REPO_ROOT } from "../system/service-command.js";
import { diffMigrationsToSchema, prismaProject } from "../db/schema-engine.js";
import { generateClients } from "./generate.js";

interface Step {
  name: string;
  run(): Promise<void>;
}

function command(cmd: string, args: string[], cwd = REPO_ROOT): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, stdio: "inherit" });
    child.once("error", fail);
    child.once("exit", (code) =>
      code === 0 ? done() : fail(new Error(`${cmd} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

const bin = (name: string) => resolve(REPO_ROOT, "node_modules", ".bin", name);
const node = (script: string, args: string[] = [], cwd = REPO_ROOT) =>
  command(process.execPath, ["--import", "tsx", resolve(REPO_ROOT, script), ...args], cwd);

// Each workspace's tsconfig.check.json narrows the root one to its own sources. Not named tsconfig.json: tsx
// would pick that up when run in the folder and compile shared/ (outside its `include`) without decorators.
const typecheck = (folder: string): Step => ({
  name: "typecheck",
  run: () => command(bin("tsc"), ["--noEmit", "-p", `${folder}/tsconfig.check.json`]),
});
const lint = (folder: string): Step => ({
  name: "lint",
  run: async () => {
    await command(bin("eslint"), [folder]);
    await command(bin("prettier"), ["--check", `${folder}/**/*.{ts,json}`, "--log-level", "warn"]);
  },
});
const unitTests = (folder: string): Step => ({
  name: "unit tests",
  run: () => command(bin("vitest"), ["run", "--project", "unit", `${folder}/`]),
});
const composition: Step = {
  name: "supergraph composes (naming guard included)",
  run: () => node("gateway/src/compose.ts", ["--check"]),
};

function subgraphSteps(name: SubgraphName): Step[] {
  const folder = `subgraphs/${name}`;
  return [
    { name: "Prisma client", run: async () => void (await generateClients([name])) },
    typecheck(folder),
    lint(folder),
    unitTests(folder),
    {
      name: "printed SDL is current",
      run: () => node("shared/src/cli/print-schema.ts", ["--check"], resolve(REPO_ROOT, folder)),
    },
    {
      name: "migrations produce schema.prisma",
      run: async () => {
        const scratch = new PGlite("memory://");
        try {
          const pending = await diffMigrationsToSchema(
            prismaProject(resolve(REPO_ROOT, folder, "prisma")),
            new PrismaPGlite(scratch),
          );
          if (pending !== "")
            throw new Error(
              `schema.prisma is ahead of the migrations: npm run migrate:new -w ${folder} -- <name>\n${pending}`,
            );
        } finally {
          await scratch.close();
        }
      },
    },
    composition,
  ];
}

function stepsOf(workspace: string): Step[] {
  if (workspace === "gateway") return [typecheck("gateway"), lint("gateway"), unitTests("gateway"), composition];
  if (workspace === "shared") return [typecheck("shared"), lint("shared"), unitTests("shared")];
  const name = workspace.replace(/^subgraphs\//, "") as SubgraphName;
  if (!SUBGRAPH_NAMES.includes(name))
    throw new Error(`no workspace ${workspace}: run from a subgraph, gateway or shared`);
  return subgraphSteps(name);
}

const here = relative(REPO_ROOT, process.cwd());
const workspaces = here === "" ? ["shared", "gateway", ...SUBGRAPH_NAMES.map((n) => `subgraphs/${n}`)] : [here];
const started = performance.now();
for (const workspace of workspaces) {
  for (const step of stepsOf(workspace)) {
    const t = performance.now();
    try {
      await step.run();
    } catch (error) {
      console.error(`✗ ${workspace}: ${step.name}\n${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
    console.log(`✓ ${workspace}: ${step.name} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
}
console.log(`checked ${workspaces.join(", ")} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
// The schema engine's shadow database (an in-memory PGlite) is never closed and keeps the loop alive.
process.exit(0);
