// `npm run bench:start`: how long `npm start` takes to be ready (cold: empty data folder; warm: the same
// folder again) and how much memory the idle system holds, on PGlite with the demo data, as a user runs it.
// Each run is the real command (`npm start`, its `prestart` included) in its own process group, stopped
// as Ctrl-C would stop it. Figures from a busy machine are not reference figures: the report gives the
// load average of every run and the CPU time the start cost, which other work on the machine does not change.
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, readlink, rm, writeFile, mkdir } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { REPO_ROOT } from "@onedoor/shared/db/database";
import { SUBGRAPH_NAMES, envPrefix } from "@onedoor/shared/config";

const { values: options } = parseArgs({
  options: {
    warm: { type: "string", default: "2" },
    idle: { type: "string", default: "10" },
    results: { type: "string", default: join(import.meta.dirname, "results") },
    note: { type: "string", default: "" },
  },
});
const warmRuns = Number(options.warm);
const idleSeconds = Number(options.idle);
const CLOCK_TICKS = 100; // USER_HZ on Linux

interface ProcessInfo {
  pid: number;
  ppid: number;
  name: string;
  /** How a service runs: its bundle or its sources under tsx. */
  runs: string;
  rssKiB: number;
  peakKiB: number;
  /** CPU seconds of the process and of its children it has waited for. */
  cpuSeconds: number;
}

const SERVICE_DIRS = new Map<string, string>([
  [join(REPO_ROOT, "gateway"), "gateway"],
  ...SUBGRAPH_NAMES.map((name) => [join(REPO_ROOT, "subgraphs", name), name] as [string, string]),
]);

async function processInfo(pid: number): Promise<ProcessInfo | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may contain spaces, start after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => "");
    const cpuTicks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    const command = (await readFile(`/proc/${pid}/cmdline`, "utf8")).split("\0").join(" ").trim();
    return {
      pid,
      ppid: Number(fields[1]),
      name: SERVICE_DIRS.get(cwd) ?? command.slice(0, 60),
      runs: command.includes("dist/main.js") ? "bundle" : command.includes("tsx") ? "sources (tsx)" : command,
      rssKiB: kib("VmRSS"),
      peakKiB: kib("VmHWM"),
      cpuSeconds: cpuTicks / CLOCK_TICKS,
    };
  } catch {
    return undefined; // ended meanwhile
  }
}

/** The process and all its descendants. */
async function processTree(root: number): Promise<ProcessInfo[]> {
  const all = (
    await Promise.all(
      (await readdir("/proc")).filter((entry) => /^\d+$/.test(entry)).map((entry) => processInfo(Number(entry))),
    )
  ).filter((p): p is ProcessInfo => p !== undefined);
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all)
      if (tree.has(p.ppid) && !tree.has(p.pid)) {
        tree.add(p.pid);
        grew = true;
      }
  }
  return all.filter((p) => tree.has(p.pid));
}

const isService = (p: ProcessInfo) => p.name === "gateway" || (SUBGRAPH_NAMES as string[]).includes(p.name);

interface StartRun {
  kind: "cold" | "warm";
  seconds: number;
  /** CPU seconds the whole process tree spent until ready. */
  cpuSeconds: number;
  /** CPU seconds until ready of each service, and of the rest (npm, prestart, launcher). */
  cpuByProcess: Record<string, number>;
  load: string;
  idle?: {
    services: { name: string; runs: string; rssMiB: number; peakMiB: number }[];
    serviceMiB: number;
    treeMiB: number;
  };
}

const mib = (kib: number) => Math.round(kib / 1024);
const uptime = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");

async function startOnce(kind: "cold" | "warm", dataDir: string, logFile: string, measureIdle: boolean) {
  // Port 0: each process binds a free port and reports it, so a user's ports 4000-4005 may stay busy.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SEED_DEMO_DATA: "1", GATEWAY_PORT: "0" };
  for (const name of SUBGRAPH_NAMES) env[`${envPrefix(name)}_PORT`] = "0";
  const load = uptime();
  const started = performance.now();
  const child = spawn("npm", ["start"], { cwd: REPO_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const ended = new Promise<string>((resolve) =>
    child.once("exit", (code, signal) => resolve(`npm start exited (code ${code}, signal ${signal})`)),
  );
  const ready = new Promise<string>((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // `npm start` prints the endpoint once every process answers /ready.
      const url = /GraphQL endpoint\s*:\s*(\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
  });
  const first = await Promise.race([ready, ended.then((why) => Promise.reject(new Error(`${why}:\n${output}`)))]);
  const seconds = (performance.now() - started) / 1000;
  const treeAtReady = await processTree(child.pid!);
  const cpuByProcess: Record<string, number> = {};
  for (const p of treeAtReady) {
    const key = isService(p) ? p.name : "npm, prestart, launcher";
    cpuByProcess[key] = (cpuByProcess[key] ?? 0) + p.cpuSeconds;
  }
  const run: StartRun = {
    kind,
    seconds,
    cpuSeconds: treeAtReady.reduce((s, p) => s + p.cpuSeconds, 0),
    cpuByProcess,
    load,
  };
  const readyAnswer = await fetch(first.replace(/\/graphql$/, "/ready"));
  if (!readyAnswer.ok) throw new Error(`${first} said ready, but /ready answers ${readyAnswer.status}`);

  if (measureIdle) {
    // Idle means: ready, no requests, background jobs (outbox relays) running as usual.
    await new Promise((r) => setTimeout(r, idleSeconds * 1000));
    const tree = await processTree(child.pid!);
    const services = tree
      .filter(isService)
      .map((p) => ({ name: p.name, runs: p.runs, rssMiB: mib(p.rssKiB), peakMiB: mib(p.peakKiB) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (services.length !== 6) throw new Error(`expected six service processes, found ${services.length}`);
    run.idle = {
      services,
      serviceMiB: mib(tree.filter(isService).reduce((s, p) => s + p.rssKiB, 0)),
      treeMiB: mib(tree.reduce((s, p) => s + p.rssKiB, 0)),
    };
  }

  process.kill(-child.pid!, "SIGINT"); // as Ctrl-C: to the whole process group
  const stopTimer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 30_000);
  await ended;
  clearTimeout(stopTimer);
  // Children may outlive npm by a moment: wait until none of the group is left.
  for (let i = 0; i < 300; i++) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await writeFile(logFile, output, { flag: "a" });
  return run;
}

const dataDir = await mkdtemp(join(tmpdir(), "onedoor-bench-start-"));
const logFile = join(dataDir, "npm-start.log");
const date = new Date().toISOString();
const runs: StartRun[] = [];
try {
  console.log(`data folder ${dataDir}; load ${uptime()}`);
  await mkdir(join(dataDir, "data"));
  runs.push(await startOnce("cold", join(dataDir, "data"), logFile, false));
  console.log(`cold: ${runs.at(-1)!.seconds.toFixed(1)} s`);
  for (let i = 0; i < warmRuns; i++) {
    runs.push(await startOnce("warm", join(dataDir, "data"), logFile, i === warmRuns - 1));
    console.log(`warm: ${runs.at(-1)!.seconds.toFixed(1)} s`);
  }
} catch (error) {
  console.error(`log: ${logFile}`);
  throw error;
}
await rm(join(dataDir, "data"), { recursive: true, force: true });

const cold = runs.find((r) => r.kind === "cold")!;
const warm = runs.filter((r) => r.kind === "warm");
const bestWarm = Math.min(...warm.map((r) => r.seconds));
const idle = runs.find((r) => r.idle)!.idle!;
const TARGETS = { cold: 20, warm: 8, idleMiB: 1536 };
const verdict = (ok: boolean) => (ok ? "met" : "**not met**");

const table = [
  "| run | to ready s | CPU s until ready | load average at start (1/5/15 min) |",
  "|---|---:|---:|---|",
  ...runs.map((r) => `| ${r.kind} | ${r.seconds.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${r.load} |`),
].join("\n");
const lastWarm = warm.at(-1)!;
const cpuParts = [
  "| process | CPU s until ready, cold | CPU s until ready, warm (last run) |",
  "|---|---:|---:|",
  ...Object.keys(cold.cpuByProcess)
    .sort()
    .map(
      (name) =>
        `| ${name} | ${cold.cpuByProcess[name]!.toFixed(1)} | ${(lastWarm.cpuByProcess[name] ?? 0).toFixed(1)} |`,
    ),
].join("\n");
const memory = [
  "| process | runs from | RSS MiB idle | peak RSS MiB |",
  "|---|---|---:|---:|",
  ...idle.services.map((s) => `| ${s.name} | ${s.runs} | ${s.rssMiB} | ${s.peakMiB} |`),
  `| **six services** | | **${idle.serviceMiB}** | |`,
  `| whole tree (npm, launcher included) | | ${idle.treeMiB} | |`,
].join("\n");
const summary = [
  `| target | goal | measured | |`,
  `|---|---:|---:|---|`,
  `| cold start | ≤ ${TARGETS.cold} s | ${cold.seconds.toFixed(1)} s | ${verdict(cold.seconds <= TARGETS.cold)} |`,
  `| warm start (best of ${warm.length}) | ≤ ${TARGETS.warm} s | ${bestWarm.toFixed(1)} s | ${verdict(bestWarm <= TARGETS.warm)} |`,
  `| idle RSS, six services | ≤ ${TARGETS.idleMiB} MiB | ${idle.serviceMiB} MiB | ${verdict(idle.serviceMiB <= TARGETS.idleMiB)} |`,
].join("\n");
console.log(`\n${summary}\n\n${table}\n\n${cpuParts}\n\n${memory}\n`);

const report = `# OneDoor start-up benchmark

Run ${date} by \`npm run bench:start\`. ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.
Load average at the end: ${uptime()}.${options.note ? `\n\n${options.note}` : ""}

What is measured: \`npm start\` (its \`prestart\` included) on PGlite with \`SEED_DEMO_DATA=1\`, from the command
to the line that says every process is ready. **Cold**: an empty data folder (migrations and demo data).
**Warm**: the same folder again. **Idle RSS**: the resident memory (VmRSS) of the gateway and the five subgraphs
${idleSeconds} s after the last warm start was ready. **CPU s until ready**: user + system time of the whole
process tree, waited-for children included: what the start costs whatever else the machine is doing;
on two idle cores the wall time cannot be less than half of it.

${summary}

${table}

${cpuParts}

${memory}
`;
await mkdir(options.results, { recursive: true });
const reportPath = join(options.results, "start.md");
await writeFile(reportPath, report);
console.log(`report: ${relative(process.cwd(), reportPath)}`);
