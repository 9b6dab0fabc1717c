// The benchmark's report: JSON (everything measured) and markdown (tables, ratios, the issue's goals).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export type TargetName = "ours" | "stock" | "hive" | "direct";

export interface RunResult {
  operation: string;
  target: TargetName;
  round: number;
  requests: number;
  sent: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-200 answers, answers with GraphQL errors, socket errors and timeouts. */
  errors: number;
  firstError?: string;
  /**
   * CPU time per operation, less sensitive to a busy machine than latency: the target's process
   * (for direct, the client process) and the five subgraphs together.
   */
  cpu: { targetMsPerOperation: number; subgraphsMsPerOperation: number };
  /** 1-minute load average when the run ended. */
  loadAverage: number;
  /** Per subgraph: calls it received and SQL statements it sent, per operation. */
  subgraphs: Record<string, { callsPerOperation: number; statementsPerOperation: number }>;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  settings: Record<string, unknown>;
  data: { disputes: number; plannedAt: string; seeding: Record<string, unknown> };
  operations: Record<string, string>;
  skipped: Record<string, string>;
  correctness: Record<string, Record<string, string>>;
  results: RunResult[];
  /** Per gateway process: peak and final resident set, and CPU ms per second while idle (before the load). */
  memory: Record<string, { peakMiB: number; currentMiB: number; idleCpuMsPerSecond: number }>;
}

const TARGET_LABELS: Record<TargetName, string> = {
  ours: "OneDoor gateway",
  stock: "stock @apollo/gateway",
  hive: "Hive Gateway",
  direct: "direct (no gateway)",
};

type Summary = Omit<RunResult, "round" | "operation" | "target" | "firstError">;

/** Mean of every measure over the rounds of one operation and target. */
function summarise(results: RunResult[]): Map<string, Map<TargetName, Summary>> {
  const out = new Map<string, Map<TargetName, Summary>>();
  for (const r of results) {
    const byTarget = out.get(r.operation) ?? new Map<TargetName, Summary>();
    out.set(r.operation, byTarget);
    const runs = results.filter((x) => x.operation === r.operation && x.target === r.target);
    const mean = (f: (x: RunResult) => number) => runs.reduce((s, x) => s + f(x), 0) / runs.length;
    const subgraphs = Object.fromEntries(
      Object.keys(r.subgraphs).map((name) => [
        name,
        {
          callsPerOperation: mean((x) => x.subgraphs[name]!.callsPerOperation),
          statementsPerOperation: mean((x) => x.subgraphs[name]!.statementsPerOperation),
        },
      ]),
    );
    byTarget.set(r.target, {
      requests: mean((x) => x.requests),
      sent: mean((x) => x.sent),
      requestsPerSecond: mean((x) => x.requestsPerSecond),
      p50: mean((x) => x.p50),
      p95: mean((x) => x.p95),
      p99: mean((x) => x.p99),
      errors: mean((x) => x.errors),
      cpu: {
        targetMsPerOperation: mean((x) => x.cpu.targetMsPerOperation),
        subgraphsMsPerOperation: mean((x) => x.cpu.subgraphsMsPerOperation),
      },
      loadAverage: mean((x) => x.loadAverage),
      subgraphs,
    });
  }
  return out;
}

const f1 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "–" : n.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : "–");

function markdown(report: BenchReport): string {
  const summary = summarise(report.results);
  const subgraphNames = Object.keys(report.results[0]?.subgraphs ?? {});
  const lines: string[] = [];
  const m = report.machine;
  lines.push(
    report.settings.subgraphs === "mock"
      ? `# OneDoor gateway benchmark: gateway-bound (stand-in subgraphs)`
      : `# OneDoor gateway benchmark`,
    ``,
    `Run ${report.startedAt} → ${report.finishedAt}. ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}.`,
    `**Machine load** (1/5/15-minute load average): ${m.loadAverageAtStart.map((x) => x.toFixed(2)).join(" / ")} at start, ${m.loadAverageAtEnd.map((x) => x.toFixed(2)).join(" / ")} at the end` +
      (m.loadAverageAtStart[0]! > m.cpus * 0.5
        ? ` — the machine was busy with other work, so these are not reference numbers.`
        : `.`),
    ``,
    (report.settings.subgraphs === "mock"
      ? `Subgraphs: **stand-ins** (\`targets/mock-subgraph.ts\`): each department's schema answered with made-up data of the right shape (50 records a page) and no database, so the gateways, not the departments, are the bottleneck. SQL columns are empty by design. `
      : `Data: ${report.data.disputes.toLocaleString("en")} disputes with their department records in PostgreSQL. `) +
      `Load: autocannon, ${String(report.settings.connections)} connections, ${String(report.settings.durationS)} s per target per operation after ${String(report.settings.warmupS)} s of warm-up, ` +
      `${String(report.settings.rounds)} round(s), targets interleaved. Everything on loopback, all processes on this machine (the load generator and the databases included).` +
      (report.settings.cpuProfiles
        ? ` CPU profiling was on (--profile): every process ran slower than it would without.`
        : ``),
    ``,
  );
  for (const [operation, byTarget] of summary) {
    lines.push(`## ${operation}: ${report.operations[operation] ?? ""}`, ``);
    lines.push(
      `| target | req/s | p50 ms | p95 ms | p99 ms | errors | req/s vs stock | req/s vs Hive | p99 vs stock | CPU ms/op (target) | vs stock | CPU ms/op (subgraphs) | subgraph calls/op | SQL statements/op (${subgraphNames.join(", ")}) | load avg |`,
      `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|`,
    );
    const stock = byTarget.get("stock");
    const hive = byTarget.get("hive");
    for (const [target, s] of byTarget) {
      const calls = Object.values(s.subgraphs).reduce((sum, x) => sum + x.callsPerOperation, 0);
      const statements = subgraphNames.map((n) => f1(s.subgraphs[n]?.statementsPerOperation)).join(" / ");
      lines.push(
        `| ${TARGET_LABELS[target]} | ${f1(s.requestsPerSecond)} | ${f1(s.p50)} | ${f1(s.p95)} | ${f1(s.p99)} | ${Math.round(s.errors)} | ${ratio(s.requestsPerSecond, stock?.requestsPerSecond)} | ${ratio(s.requestsPerSecond, hive?.requestsPerSecond)} | ${ratio(s.p99, stock?.p99)} | ${f1(s.cpu.targetMsPerOperation)} | ${target === "direct" ? "–" : ratio(s.cpu.targetMsPerOperation, stock?.cpu.targetMsPerOperation)} | ${f1(s.cpu.subgraphsMsPerOperation)} | ${f1(calls)} | ${statements} | ${s.loadAverage.toFixed(2)} |`,
      );
    }
    const failures = report.results.filter((r) => r.operation === operation && r.firstError);
    if (failures.length)
      lines.push(
        ``,
        ...failures.map((r) => `- first error, ${TARGET_LABELS[r.target]}: \`${r.firstError!.replaceAll("`", "'")}\``),
      );
    lines.push(``);
  }
  lines.push(
    `## Gateway processes`,
    ``,
    `| gateway | peak RSS MiB | RSS at end MiB | peak vs stock | idle CPU ms/s |`,
    `|---|---:|---:|---:|---:|`,
  );
  for (const [target, mem] of Object.entries(report.memory)) {
    lines.push(
      `| ${TARGET_LABELS[target as TargetName]} | ${mem.peakMiB} | ${mem.currentMiB} | ${ratio(mem.peakMiB, report.memory.stock?.peakMiB)} | ${f1(mem.idleCpuMsPerSecond)} |`,
    );
  }
  lines.push(``, `## Gateway goals (same run)`, ``, `| goal | measured | met |`, `|---|---|---|`);
  for (const operation of ["queue", "detail"]) {
    const t = summary.get(operation);
    const ours = t?.get("ours");
    const stock = t?.get("stock");
    const hive = t?.get("hive");
    if (ours && stock)
      lines.push(
        `| ${operation}: ≥ 3× stock req/s | ${ratio(ours.requestsPerSecond, stock.requestsPerSecond)} | ${ours.requestsPerSecond >= 3 * stock.requestsPerSecond ? "yes" : "**no**"} |`,
      );
    if (ours && hive)
      lines.push(
        `| ${operation}: ≥ Hive req/s | ${ratio(ours.requestsPerSecond, hive.requestsPerSecond)} | ${ours.requestsPerSecond >= hive.requestsPerSecond ? "yes" : "**no**"} |`,
      );
  }
  for (const [operation, t] of summary) {
    const ours = t.get("ours");
    const stock = t.get("stock");
    const direct = t.get("direct");
    if (ours && stock)
      lines.push(
        `| ${operation}: p99 ≤ ½ stock's | ${f1(ours.p99)} ms vs ${f1(stock.p99)} ms | ${ours.p99 <= stock.p99 / 2 ? "yes" : "**no**"} |`,
      );
    if (ours && direct)
      lines.push(
        `| ${operation}: p50 overhead over direct ≤ 2 ms | ${f1(ours.p50 - direct.p50)} ms | ${ours.p50 - direct.p50 <= 2 ? "yes" : "**no**"} |`,
      );
  }
  const oursMemory = report.memory.ours;
  const stockMemory = report.memory.stock;
  if (oursMemory && stockMemory) {
    lines.push(
      `| peak RSS ≤ ½ stock's | ${oursMemory.peakMiB} MiB vs ${stockMemory.peakMiB} MiB | ${oursMemory.peakMiB <= stockMemory.peakMiB / 2 ? "yes" : "**no**"} |`,
    );
  }
  lines.push(
    ``,
    `## Same answers`,
    ``,
    `Before the load, each operation was sent once to every target with the same variables (registration: each its own).`,
    ``,
  );
  for (const [operation, outcome] of Object.entries(report.correctness)) {
    lines.push(
      `- ${operation}: ${Object.entries(outcome)
        .map(([t, o]) => `${t} ${o}`)
        .join("; ")}`,
    );
  }
  for (const [operation, reason] of Object.entries(report.skipped)) lines.push(`- ${operation}: not run — ${reason}`);
  lines.push(
    ``,
    `CPU ms/op is the CPU time (user + system, from /proc) the target's process used, counted the same way: on a busy machine it says more about a gateway's own cost than latency or throughput do. For direct it is the client process, which also runs the load loop.`,
    ``,
    `SQL statements are counted inside each subgraph process (pg's Client.query, while a GraphQL request is being answered; transaction control included) over ten operations sent one at a time before each target's load, until the subgraphs fall quiet: telling a request's statements apart takes an AsyncLocalStorage, whose promise hooks would weigh on the CPU measured, so counting is off under load. Subgraph calls and CPU time are counted over the load, from its start until the subgraphs fall quiet after it, divided by the operations sent.`,
    ``,
    `Fewer subgraph calls per operation than the plan makes means identical queries in flight at the same moment for the same caller were sent once and their answer shared, which only our gateway does. Every request here comes from one commander token, so the same operation under load (the cockpit above all) is the most favourable case for that; callers with their own tokens would share less.`,
    ``,
  );
  return lines.join("\n");
}

/** Writes `bench-<time>.{json,md}` and `latest.{json,md}`; returns the paths. */
export async function writeReport(
  dir: string,
  report: BenchReport,
  name: "latest" | "gateway-bound",
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, "-");
  const json = JSON.stringify(report, null, 2);
  const md = markdown(report);
  const paths = [
    join(dir, `bench-${stamp}.json`),
    join(dir, `bench-${stamp}.md`),
    join(dir, `${name}.json`),
    join(dir, `${name}.md`),
  ];
  await Promise.all([
    writeFile(paths[0]!, json),
    writeFile(paths[1]!, md),
    writeFile(paths[2]!, json),
    writeFile(paths[3]!, md),
  ]);
  return paths;
}
