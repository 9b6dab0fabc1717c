// How each embedded database (PGlite) is opened. Five run on one machine, each in its own process.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";

// The package exports no package.json; it sits beside dist/.
const PGLITE_VERSION = (
  JSON.parse(
    readFileSync(join(createRequire(import.meta.url).resolve("@electric-sql/pglite"), "../../package.json"), "utf8"),
  ) as {
    version: string;
  }
).version;

/**
 * PostgreSQL's default 128 MB of shared buffers are allocated and touched inside each PGlite's WASM memory at
 * start: five of them held some 600 MB for databases of a few MB. 16 MB caches all of a department's demo data
 * and keeps what is read beyond it in the operating system's file cache.
 */
const START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/**
 * A freshly initialised, empty cluster of this PGlite version (`npm run build` makes it): opening a new
 * database from it costs a third of running initdb, five times over on a first start.
 */
export const PGLITE_TEMPLATE = resolve(
  import.meta.dirname,
  `../../../node_modules/.cache/onedoor/pglite-${PGLITE_VERSION}-initdb.tar`,
);

/** Options for a database in `dataDir` (a folder, or "memory"). */
export async function pgliteOptions(dataDir: string | "memory"): Promise<PGliteOptions> {
  const empty = dataDir === "memory" || !existsSync(join(dataDir, "PG_VERSION"));
  const template = empty && existsSync(PGLITE_TEMPLATE) ? await readFile(PGLITE_TEMPLATE) : undefined;
  return { startParams: START_PARAMS, ...(template ? { loadDataDir: new Blob([template]) } : {}) };
}

/** Makes the template of empty clusters when this PGlite version has none yet. */
export async function ensurePgliteTemplate(): Promise<boolean> {
  if (existsSync(PGLITE_TEMPLATE)) return false;
  const db = new PGlite("memory://", { startParams: START_PARAMS });
  try {
    await db.waitReady;
    const dump = await db.dumpDataDir("none");
    await mkdir(dirname(PGLITE_TEMPLATE), { recursive: true });
    // Written aside and renamed: a database never opens from half a template.
    const partial = `${PGLITE_TEMPLATE}.${process.pid}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, PGLITE_TEMPLATE);
  } finally {
    await db.close();
  }
  return true;
}
