// The committed artefacts agree with their sources: subgraph SDLs with the code, the supergraph
// with the SDLs, and each subgraph's migrations with its schema.prisma.
import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { SUBGRAPH_NAMES } from "@onedoor/shared/config";
import { REPO_ROOT } from "@onedoor/shared/db/database";
import { diffMigrationsToSchema, prismaProject } from "@onedoor/shared/db/schema-engine";
import { composeSupergraph, SUPERGRAPH_PATH } from "../../gateway/src/compose.js";
import { namingProblems } from "../../gateway/src/naming-guard.js";

const run = promisify(execFile);

describe.each(SUBGRAPH_NAMES)("subgraph %s", (name) => {
  const dir = join(REPO_ROOT, "subgraphs", name);

  it("has its printed SDL committed and up to date", async () => {
    // A process of its own: type-graphql's metadata is global per process.
    await expect(
      run(process.execPath, ["--import", "tsx", join(REPO_ROOT, "shared/src/cli/print-schema.ts"), "--check"], {
        cwd: dir,
      }),
    ).resolves.toBeDefined();
  });

  it("has migrations that produce exactly its schema.prisma", async () => {
    const scratch = new PGlite("memory://");
    try {
      const pending = await diffMigrationsToSchema(prismaProject(join(dir, "prisma")), new PrismaPGlite(scratch));
      expect(pending, `run: npm run migrate:new -w subgraphs/${name} -- <name>`).toBe("");
    } finally {
      await scratch.close();
    }
  });
});

describe("supergraph", () => {
  it("has no name defined twice except entities and the reviewed shared value types", async () => {
    const sdls = await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => ({
        name,
        sdl: await readFile(join(REPO_ROOT, "subgraphs", name, "schema.graphql"), "utf8"),
      })),
    );
    expect(namingProblems(sdls)).toEqual([]);
  });

  it("composes without errors and the committed gateway/supergraph.graphql is current", async () => {
    expect(await readFile(SUPERGRAPH_PATH, "utf8")).toBe(await composeSupergraph());
  });
});
