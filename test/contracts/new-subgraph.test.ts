// `npm run new-subgraph` on a throwaway copy of the repository: the department it scaffolds composes into
// the supergraph with the others and passes its own department check (typecheck, lint, unit tests with the
// resolver kit, printed SDL, migrations, naming guard).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { copyRepository, type RepositoryCopy } from "@onedoor/shared/testing/repo-copy";

const run = promisify(execFile);

describe("npm run new-subgraph", () => {
  let copy: RepositoryCopy;
  beforeAll(async () => {
    copy = await copyRepository();
    await run(
      process.execPath,
      [
        "--import",
        "tsx",
        "shared/src/cli/new-subgraph.ts",
        "psychological-services",
        "--zh",
        "心理服务站",
        "--role",
        "counsellor",
      ],
      { cwd: copy.root },
    );
  }, 300_000);
  afterAll(() => copy?.remove());

  it("registers the department with its own port and staff role, and composes it into the supergraph", async () => {
    const config = await readFile(join(copy.root, "shared/src/config.ts"), "utf8");
    expect(config).toMatch(/"psychological-services": 40\d\d,/);
    expect(await readFile(join(copy.root, "shared/src/auth/policy.ts"), "utf8")).toContain(
      'counsellor: "psychological-services"',
    );
    const supergraph = await readFile(join(copy.root, "gateway/supergraph.graphql"), "utf8");
    expect(supergraph).toContain("PSYCHOLOGICAL_SERVICES");
    expect(supergraph).toMatch(/psychologicalServicesCases: \[PsychologicalServicesCase!\]/);
  });

  it("passes its department check at once", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "../../shared/src/cli/check.ts"], {
      cwd: join(copy.root, "subgraphs/psychological-services"),
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stdout).toContain("checked subgraphs/psychological-services");
  }, 300_000);
});
