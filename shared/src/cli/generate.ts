// Generates every subgraph's Prisma client, in parallel. Prisma's CLI only checks that a schema
// engine file exists before generating (generation itself is WASM), and the native engine cannot be
// downloaded on our machines, so any existing file will do.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { createRequire } from "node:module";
import { SUBGRAPH_NAMES } from "../config.js";
import { REPO_ROOT } from "../db/database.js";

const run = promisify(execFile);
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

await Promise.all(
  SUBGRAPH_NAMES.map(async (name) => {
    const cwd = join(REPO_ROOT, "subgraphs", name);
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
  }),
);
console.log(`generated Prisma clients for ${SUBGRAPH_NAMES.join(", ")}`);
