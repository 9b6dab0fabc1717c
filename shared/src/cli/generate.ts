// Generates every subgraph's Prisma client, in parallel, when its schema or Prisma's version changed since the
// last generation (a stamp beside the generated client says what it was generated from): generating costs
// some 4 s of CPU per subgraph, and `npm start` and `npm test` ask for it every time.
// Prisma's CLI only checks that a schema engine file exists before generating (generation itself is WASM),
// and the native engine cannot be downloaded on our machines, so any existing file will do.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { createRequire } from "node:module";
import { SUBGRAPH_NAMES, type SubgraphName } from "../config.js";
import { REPO_ROOT } from "../system/service-command.js";
import { sharedModelsOf, withSharedModels } from "../db/shared-models.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

/** What a generated client depends on: the schema, and the versions of the generator and the runtime. */
async function sourceHash(name: SubgraphName): Promise<string> {
  const versions = await Promise.all(
    ["prisma/package.json", "@prisma/client/package.json"].map(
      async (file) => (JSON.parse(await readFile(require.resolve(file), "utf8")) as { version: string }).version,
    ),
  );
  const schema = await readFile(join(REPO_ROOT, "subgraphs", name, "prisma", "schema.prisma"), "utf8");
  return createHash("sha256")
    .update(JSON.stringify([versions, schema]))
    .digest("hex");
}

/** Brings the schema's copies of the shared models (audit log, outbox) up to shared/prisma. */
async function syncSharedModels(name: SubgraphName): Promise<void> {
  const path = join(REPO_ROOT, "subgraphs", name, "prisma", "schema.prisma");
  const schema = await readFile(path, "utf8");
  const synced = withSharedModels(schema, sharedModelsOf(name));
  if (synced !== schema) await writeFile(path, synced);
}

async function generateClient(name: SubgraphName): Promise<boolean> {
  await syncSharedModels(name);
  const cwd = join(REPO_ROOT, "subgraphs", name);
  const output = join(cwd, "src", "generated", "prisma");
  const stampPath = join(output, "generated-from.sha256");
  const hash = await sourceHash(name);
  const stamp = await readFile(stampPath, "utf8").catch(() => "");
  if (stamp === hash && existsSync(join(output, "client.ts"))) return false;
  await run(process.execPath, [prismaCli, "generate", "--schema", "prisma/schema.prisma"], {
    cwd,
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? prismaCli,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  }).catch((error: { stderr?: string; stdout?: string }) => {
    throw new Error(`prisma generate failed for ${name}:\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  });
  await writeFile(stampPath, hash);
  return true;
}

/** Generates the clients that are missing or out of date; returns the subgraphs generated now. */
export async function generateClients(names: readonly SubgraphName[] = SUBGRAPH_NAMES): Promise<SubgraphName[]> {
  const generated = await Promise.all(names.map(async (name) => ((await generateClient(name)) ? name : [])));
  return generated.flat();
}

if (import.meta.filename === process.argv[1]) {
  const generated = await generateClients();
  console.log(
    generated.length > 0
      ? `generated Prisma clients for ${generated.join(", ")}`
      : "Prisma clients up to date (schemas and Prisma unchanged)",
  );
}
