// How the launcher starts one service: the command, its arguments and its folder.
// `npm run build` (run by `npm start` and `npm test` first) bundles each service into `<service>/dist/main.js`
// (shared/src/cli/build.ts); a current bundle starts in a fraction of the CPU time TypeScript compiled on
// the fly takes, six times over on a two-core machine. A missing or stale bundle never runs: the service
// then starts from its sources under tsx, as before.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SubgraphName } from "../config.js";

/** The repository root, as db/database.ts has it; not imported from there, which loads every database driver. */
export const REPO_ROOT = resolve(import.meta.dirname, "../../..");

export type ServiceName = "gateway" | SubgraphName;

export function serviceDir(name: ServiceName): string {
  return name === "gateway" ? join(REPO_ROOT, "gateway") : join(REPO_ROOT, "subgraphs", name);
}

/** The bundle of a service, and beside it the stamp of the sources it was built from. */
export function bundlePaths(name: ServiceName): { bundle: string; stamp: string } {
  const dist = join(serviceDir(name), "dist");
  return { bundle: join(dist, "main.js"), stamp: join(dist, "main.stamp.json") };
}

/**
 * What a bundle was built from: every source file (relative to the repository) with its size and mtime,
 * the build script and tsconfig.json included, so a changed build makes every bundle stale.
 */
export interface BundleStamp {
  inputs: Record<string, { size: number; mtimeMs: number }>;
}

export function fileFingerprint(path: string): { size: number; mtimeMs: number } {
  const { size, mtimeMs } = statSync(path);
  return { size, mtimeMs };
}

/**
 * True when the bundle exists and none of its sources (ours and the bundled packages') changed since it was
 * built. A new file can only matter once an existing source imports it, which changes that source.
 */
export function bundleIsCurrent(name: ServiceName): boolean {
  const { bundle, stamp } = bundlePaths(name);
  if (!existsSync(bundle) || !existsSync(stamp)) return false;
  try {
    const recorded = JSON.parse(readFileSync(stamp, "utf8")) as BundleStamp;
    return Object.entries(recorded.inputs).every(([file, was]) => {
      const now = fileFingerprint(join(REPO_ROOT, file));
      return now.size === was.size && now.mtimeMs === was.mtimeMs;
    });
  } catch {
    return false; // a source removed, or an unreadable stamp
  }
}

/**
 * V8 options of every service, measured on one department's warm start (CPU until ready, RSS when idle):
 * `--liftoff-only` runs WebAssembly (PGlite, Prisma's query compiler) with V8's baseline compiler only. The
 * optimising tier-up compiled much of PostgreSQL again in each process at start-up (3.9 → 2.0 s of CPU,
 * 270 → 197 MiB), and queries on small tables ran no slower without it.
 * `--max-semi-space-size=4` (16 MiB by default on 64-bit): a smaller young generation keeps each idle
 * process some 10-40 MiB smaller; the services allocate little per request, so scavenges stay cheap.
 */
const NODE_OPTIONS = ["--liftoff-only", "--max-semi-space-size=4"];

export function serviceCommand(name: ServiceName): { command: string; args: string[]; cwd: string } {
  const cwd = serviceDir(name);
  // node itself (not npx or npm): signals reach the service, so it can shut down cleanly.
  if (bundleIsCurrent(name))
    return { command: process.execPath, args: [...NODE_OPTIONS, bundlePaths(name).bundle], cwd };
  return { command: process.execPath, args: [...NODE_OPTIONS, "--import", "tsx", "src/main.ts"], cwd };
}
