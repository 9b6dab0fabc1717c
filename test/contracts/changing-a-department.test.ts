// docs/changing-a-department.md stays true: its worked example (回访 at the 心理服务站), applied block by block
// to a freshly scaffolded department in a throwaway copy of the repository, leaves that department passing its
// own check (typecheck, lint, unit and resolver tests, printed SDL, migrations, composition with the naming
// guard); and its checklist names every touch point of a new record type.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { copyRepository, type RepositoryCopy } from "@onedoor/shared/testing/repo-copy";

const execute = promisify(execFile);

const PAGE = "docs/changing-a-department.md";
const DEPARTMENT = "subgraphs/psychological-services";

/** Every touch point the checklist must name: a file (inside the department unless it says otherwise) or a command. */
const TOUCH_POINTS = [
  "prisma/schema.prisma",
  "npm run generate",
  "npm run migrate:new -w subgraphs/<name> -- <migration>",
  "prisma/migrations/",
  "src/db/store.ts",
  "src/db/write.ts",
  "src/domain/",
  "src/domain/case-events.ts",
  "src/entities/enums.ts",
  "src/entities/inputs.ts",
  "src/resolvers/",
  "@Authorized<Policy>(",
  "src/access-policy.test.ts",
  "src/resolvers/access.ts",
  "seesInFull",
  "changeCase",
  "expectedVersion",
  "src/subgraph.ts",
  "shared/src/db/write-path.ts",
  "shared/src/testing/subgraph-kit.ts",
  "gateway/src/naming-guard.ts",
  "SHARED_VALUE_TYPES",
  "npm run print-schema -w subgraphs/<name>",
  "npm run compose",
  "npm run check -w subgraphs/<name>",
];

/** A code block of the worked example that says where it goes (paths relative to the department folder). */
type Edit =
  | { kind: "file" | "append"; path: string; text: string }
  | { kind: "insert"; path: string; after: string; text: string };

/** The page's code blocks headed `file=<path>`, `append=<path>` or `insert=<path> after="<line>"`, in order. */
function exampleEdits(markdown: string): Edit[] {
  const edits: Edit[] = [];
  for (const [, info = "", text = ""] of markdown.matchAll(/^```\S*(.*)\n([\s\S]*?)^```[ \t]*$/gm)) {
    const target = /^\s*(file|append|insert)=(\S+)/.exec(info);
    if (!target) continue;
    const [, kind, path] = target as unknown as [string, Edit["kind"], string];
    if (kind !== "insert") {
      edits.push({ kind, path, text });
      continue;
    }
    // The last attribute, taken whole: the line may itself hold quotes.
    const after = /\safter="(.*)"\s*$/.exec(info);
    if (!after) throw new Error(`insert=${path} needs after="<the line to insert after>"`);
    edits.push({ kind, path, after: after[1]!, text });
  }
  return edits;
}

async function applyEdit(folder: string, edit: Edit): Promise<void> {
  const path = join(folder, edit.path);
  if (edit.kind === "file") {
    if (existsSync(path)) throw new Error(`file=${edit.path}: it exists already, the page says it is new`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, edit.text);
    return;
  }
  const current = await readFile(path, "utf8");
  if (edit.kind !== "insert") {
    await writeFile(path, `${current.trimEnd()}\n\n${edit.text}`);
    return;
  }
  const lines = current.split("\n");
  const at = lines.indexOf(edit.after);
  if (at < 0) throw new Error(`insert=${edit.path}: no line is exactly ${JSON.stringify(edit.after)}`);
  lines.splice(at + 1, 0, ...edit.text.replace(/\n$/, "").split("\n"));
  await writeFile(path, lines.join("\n"));
}

/** `node --import tsx <script> ...` in `cwd`; its output, or an error that shows it. */
async function runScript(cwd: string, script: string, ...args: string[]): Promise<string> {
  try {
    const { stdout } = await execute(process.execPath, ["--import", "tsx", script, ...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${script} ${args.join(" ")} failed in ${cwd}:\n${stdout}\n${stderr}`);
  }
}

describe(PAGE, () => {
  let copy: RepositoryCopy;
  let page: string;
  let edits: Edit[];
  let department: string;

  beforeAll(async () => {
    copy = await copyRepository();
    department = join(copy.root, DEPARTMENT);
    page = await readFile(join(copy.root, PAGE), "utf8");
    edits = exampleEdits(page);
    await runScript(
      copy.root,
      "shared/src/cli/new-subgraph.ts",
      "psychological-services",
      "--zh",
      "心理服务站",
      "--role",
      "counsellor",
    );
    for (const edit of edits) await applyEdit(department, edit);
    await runScript(copy.root, "shared/src/cli/generate.ts");
    await runScript(department, "../../shared/src/db/migrate-new.ts", "follow_ups");
    await runScript(department, "../../shared/src/cli/print-schema.ts");
    await runScript(copy.root, "gateway/src/compose.ts");
  }, 600_000);
  afterAll(() => copy?.remove());

  it("names every touch point of a new record type", () => {
    expect(TOUCH_POINTS.filter((touchPoint) => !page.includes(touchPoint))).toEqual([]);
  });

  it("gives the worked example as blocks that say where they go", () => {
    expect(new Set(edits.map((e) => e.kind))).toEqual(new Set(["file", "append", "insert"]));
    expect(edits.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        "prisma/schema.prisma",
        "src/db/store.ts",
        "src/domain/case-events.ts",
        "src/entities/enums.ts",
        "src/entities/inputs.ts",
        "src/resolvers/access.ts",
        "src/subgraph.ts",
      ]),
    );
  });

  it("turns into a migration, the department's SDL and the composed graph", async () => {
    const migrations = join(department, "prisma/migrations");
    const folder = (await readdir(migrations)).find((name) => name.endsWith("_follow_ups"));
    expect(folder).toBeDefined();
    expect(await readFile(join(migrations, folder!, "migration.sql"), "utf8")).toContain(
      'CREATE TABLE "PsychologicalServicesFollowUp"',
    );
    const supergraph = await readFile(join(copy.root, "gateway/supergraph.graphql"), "utf8");
    expect(supergraph).toContain(
      "recordPsychologicalServicesFollowUp(input: RecordPsychologicalServicesFollowUpInput!): PsychologicalServicesCase!",
    );
    expect(supergraph).toContain("followUps: [PsychologicalServicesFollowUp!]!");
  });

  it("leaves the department passing its check", async () => {
    const stdout = await runScript(department, "../../shared/src/cli/check.ts");
    expect(stdout).toContain(`checked ${DEPARTMENT}`);
    // The example's own tests ran in the check's unit tests: the rule and the resolver test with the kit.
    expect(stdout).toContain("src/domain/follow-up.test.ts");
    expect(stdout).toContain("src/resolvers/follow-up-mutations.test.ts");
  }, 600_000);
});
