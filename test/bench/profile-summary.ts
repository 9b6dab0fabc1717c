// Where a process's CPU went, from the `node --cpu-prof` files `npm run bench -- --profile` writes: self time
// grouped by what spends it (type-graphql, graphql-js, Prisma, pg, Express, logger, JSON, the hop check...),
// optionally within a wall-clock window (one operation's load phase, from the bench log).
//
//   npx tsx test/bench/profile-summary.ts <profile-dir> [--from HH:MM:SS --to HH:MM:SS]
//
// A native frame (no script of its own: JSON.stringify, crypto, a regular expression) counts for the
// group of the script that called it, except JSON, which is a group of its own.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** First match wins: the group a script belongs to. */
const GROUPS: [string, RegExp][] = [
  ["type-graphql (resolver and middleware wrappers)", /node_modules\/type-graphql\//],
  ["graphql-js execution", /node_modules\/graphql\//],
  ["Apollo Server and @apollo/subgraph", /node_modules\/@apollo\/|node_modules\/@as-integrations\//],
  [
    "Prisma client and query interpreter",
    /node_modules\/@prisma\/(client|client-runtime-utils|client-engine-runtime)\//,
  ],
  ["Prisma driver adapter", /node_modules\/@prisma\/(adapter-pg|driver-adapter-utils)\/|pglite-prisma-adapter/],
  ["Prisma query compiler (WASM)", /query_compiler|wasm:\/\//],
  ["pg driver and protocol", /node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-[a-z]+|pgpass)\//],
  [
    "Express, body parsing",
    /node_modules\/(express|body-parser|raw-body|router|iconv-lite|qs|type-is|content-type|send|finalhandler|on-finished)\//,
  ],
  ["logger (pino)", /node_modules\/(pino|pino-std-serializers|sonic-boom|fast-redact|quick-format-unescaped)\//],
  ["DataLoader", /node_modules\/dataloader\//],
  ["signed hop check", /shared\/src\/auth\/internal-hop/],
  ["our shared code", /\/shared\/src\//],
  ["department code", /\/subgraphs\/[^/]+\/src\//],
  ["tsx / esbuild (loading)", /node_modules\/(tsx|esbuild|get-tsconfig)\//],
  ["other dependencies", /node_modules\//],
  ["Node.js internals", /^node:/],
];

const JSON_FUNCTIONS = new Set(["stringify", "parse", "JSONStringify", "JSONParse"]);

function groupOf(node: ProfileNode, parentGroup: string | undefined): string {
  const { url, functionName } = node.callFrame;
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(program)") return "V8/Node.js native (program)";
  if (functionName === "(idle)") return "(idle)";
  if (!url && JSON_FUNCTIONS.has(functionName)) return "JSON parse/stringify";
  if (!url) return parentGroup ?? "V8/Node.js native (program)";
  return GROUPS.find(([, pattern]) => pattern.test(url))?.[0] ?? "other";
}

/** Self time per group (ms) within [from, to] (epoch ms), and the busy total. */
export function summarise(profile: CpuProfile, startedAtMs: number, from = -Infinity, to = Infinity) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const groups = new Map<number, string>();
  const assign = (node: ProfileNode, parentGroup: string | undefined) => {
    const group = groupOf(node, parentGroup);
    groups.set(node.id, group);
    for (const child of node.children ?? []) assign(byId.get(child)!, group === "(idle)" ? undefined : group);
  };
  assign(profile.nodes[0]!, undefined);
  const totals = new Map<string, number>();
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i]!;
    const wall = startedAtMs + (time - profile.startTime) / 1000;
    if (wall < from || wall > to) continue;
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const group = groups.get(profile.samples[i]!) ?? "other";
    totals.set(group, (totals.get(group) ?? 0) + delta);
  }
  totals.delete("(idle)");
  totals.delete("(root)");
  const busy = [...totals.values()].reduce((a, b) => a + b, 0);
  return { totals: [...totals.entries()].sort((a, b) => b[1] - a[1]), busy };
}

/** `CPU.20261203.174122.13710.0.001.cpuprofile`: the process's start, local time. */
function startOf(file: string): number {
  const [, date, clock] = basename(file).split(".");
  const iso = `${date!.slice(0, 4)}-${date!.slice(4, 6)}-${date!.slice(6, 8)}T${clock!.slice(0, 2)}:${clock!.slice(2, 4)}:${clock!.slice(4, 6)}`;
  return new Date(iso).getTime();
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { from: { type: "string" }, to: { type: "string" } },
  });
  const dir = positionals[0];
  if (!dir) throw new Error("usage: profile-summary.ts <profile-dir> [--from HH:MM:SS --to HH:MM:SS]");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cpuprofile"));
  // The largest file is the service; the others are tsx's launcher process.
  const sizes = await Promise.all(files.map(async (f) => ({ f, size: (await stat(join(dir, f))).size })));
  const file = sizes.sort((a, b) => b.size - a.size)[0]?.f;
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const started = startOf(file);
  const day = new Date(started).toISOString().slice(0, 10);
  const at = (clock: string | undefined) => (clock ? new Date(`${day}T${clock}`).getTime() : undefined);
  const profile = JSON.parse(await readFile(join(dir, file), "utf8")) as CpuProfile;
  const { totals, busy } = summarise(profile, started, at(values.from), at(values.to));
  console.log(`${dir} (${file}): ${busy.toFixed(0)} ms busy`);
  for (const [group, ms] of totals) {
    if (ms / busy < 0.005) continue;
    console.log(`  ${((ms / busy) * 100).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(6)} ms  ${group}`);
  }
}

await main();
