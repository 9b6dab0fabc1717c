// `npm run bench`: seeds PostgreSQL, starts the five subgraphs, our gateway, stock @apollo/gateway and
// Hive Gateway on the same supergraph, and drives each operation through every target in turn
// (interleaved, same data, loopback), then writes a markdown and a JSON report to test/bench/results/.
//
//   npm run bench -- --disputes 2000 --duration 3 --warmup 1
//
// Options (also as BENCH_<NAME> environment variables): --disputes (100000; 1000000 for the large
// set), --duration seconds per target per operation (10), --warmup seconds (2), --connections (10),
// --rounds (1), --targets (ours,stock,hive,direct), --operations (all), --database-url, --results (folder of
// the reports, test/bench/results); --profile writes a CPU profile of every process (node --cpu-prof);
// --subgraphs mock replaces the departments by stand-ins with made-up answers and no database
// (targets/mock-subgraph.ts), so the gateways are what is measured (reports: gateway-bound.{md,json}).
import { readFile, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { envPrefix, SUBGRAPH_NAMES, type SubgraphName } from "@onedoor/shared/config";
import { databaseLocation, dropDatabase, REPO_ROOT } from "@onedoor/shared/db/database";
import { reportedPort } from "@onedoor/shared/system/launcher";
import { internalSecret } from "@onedoor/shared/auth/internal-hop";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import type { Identity } from "@onedoor/shared/auth/identity";
import { tokenFor, type Caller } from "../support/callers.js";
import { planDisputes, seedDepartment, seedMarkerAt } from "./seed.js";
import { operations, type Operation } from "./operations.js";
import { directClient } from "./direct.js";
import { processGroup } from "./processes.js";
import { writeReport, type BenchReport, type RunResult, type TargetName } from "./report.js";

const { values: args } = parseArgs({
  options: {
    disputes: { type: "string" },
    duration: { type: "string" },
    warmup: { type: "string" },
    connections: { type: "string" },
    rounds: { type: "string" },
    targets: { type: "string" },
    operations: { type: "string" },
    "database-url": { type: "string" },
    /** Where the reports go (test/bench/results); a scratch folder keeps short measuring runs out of the committed results. */
    results: { type: "string" },
    /** Write a CPU profile of each gateway and subgraph process (node --cpu-prof) beside the logs. */
    profile: { type: "boolean" },
    /** real (default): the departments on PostgreSQL; mock: stand-ins answering made-up data, no database. */
    subgraphs: { type: "string" },
  },
});
const option = (name: keyof typeof args, fallback: string) =>
  String(args[name] ?? process.env[`BENCH_${envPrefix(name)}`] ?? fallback);
const settings = {
  disputes: Number(option("disputes", "100000")),
  durationS: Number(option("duration", "10")),
  warmupS: Number(option("warmup", "2")),
  connections: Number(option("connections", "10")),
  rounds: Number(option("rounds", "1")),
  targets: option("targets", "ours,stock,hive,direct").split(",") as TargetName[],
  operations: option("operations", "detail,queue,partyHistory,cockpit,register").split(","),
  databaseUrl: option("database-url", "postgres://postgres@127.0.0.1:5432/onedoor_bench"),
  subgraphs: option("subgraphs", "real") as "real" | "mock",
};
if (!["real", "mock"].includes(settings.subgraphs))
  throw new Error(`--subgraphs is real or mock, not ${settings.subgraphs}`);
const mock = settings.subgraphs === "mock";
const RESULTS = resolve(option("results", resolve(import.meta.dirname, "results")));
const startedAt = new Date();
const startLoad = loadavg();
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

// --- processes ---------------------------------------------------------------------------------

const processes = await processGroup("onedoor-bench-");
const { logDir, exits } = processes;

/** Peak resident set (VmHWM) and current one of a process, in MiB. */
function memoryOf(pid: number): { peakMiB: number; currentMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { peakMiB: Math.round(kib("VmHWM") / 1024), currentMiB: Math.round(kib("VmRSS") / 1024) };
}

/** CPU time a process has used so far (user + system), in ms; Linux clock ticks are 10 ms. */
function cpuMsOf(pid: number | undefined): number {
  if (!pid) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// --- data --------------------------------------------------------------------------------------

const dbEnv = { DATABASE_BASE_URL: settings.databaseUrl };
const urls = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [name, (databaseLocation(name, dbEnv) as { url: string }).url]),
) as Record<SubgraphName, string>;
const markers = mock ? [] : await Promise.all(SUBGRAPH_NAMES.map((name) => seedMarkerAt(urls[name])));
if (markers.some((m) => m && m.size !== settings.disputes)) {
  log(`bench databases hold another size (${markers.map((m) => m?.size ?? "none").join(", ")}): dropping them`);
  for (const name of SUBGRAPH_NAMES) await dropDatabase(urls[name]);
}
const petitionsMarker = markers[SUBGRAPH_NAMES.indexOf("petitions")];
const plannedAt = petitionsMarker?.size === settings.disputes ? petitionsMarker.plannedAt : startedAt;
const plans = planDisputes(settings.disputes, plannedAt);

// Every process binds port 0 and reports the port it got (IPC): no race for ports with other programs.
const ports = {} as Record<SubgraphName, number>;
// A stand-in answers its counters on its own port.
const counterPorts = {} as Record<SubgraphName, number>;
const subgraphUrls = {} as Record<SubgraphName, string>;
const commonEnv: NodeJS.ProcessEnv = {
  ...dbEnv,
  // Request logs off everywhere: every target pays the same, and the machine's disk is not measured.
  LOG_LEVEL: "warn",
  // Our gateway's rate limits off: the load is the point, and the other gateways have none.
  RATE_LIMIT_PER_MINUTE: "0",
  RATE_LIMIT_PER_MINUTE_PER_ADDRESS: "0",
  // The party history probe selects every scalar of every record in six lists, beyond what any screen asks
  // and beyond our gateway's production cost limit (10,000): raised so that the probe is measured, still checked.
  LIMIT_MAX_COST: "100000",
  SEED_DEMO_DATA: "1",
  ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_PORT`, "0"])),
};
const preload = resolve(import.meta.dirname, "sql-count-preload.ts");

try {
  log(`starting subgraphs (logs in ${logDir})`);
  const ready: Promise<number>[] = [];
  // The registry first: the departments deliver their case events to it.
  for (const name of ["petitions" as const, ...SUBGRAPH_NAMES.filter((n) => n !== "petitions")]) {
    const profile = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${join(logDir, "profiles", name)}`] : [];
    const child = mock
      ? await processes.start(
          name,
          REPO_ROOT,
          [resolve(import.meta.dirname, "targets", "mock-subgraph.ts"), name],
          { ...commonEnv, PORT: "0" },
          profile,
        )
      : await processes.start(
          name,
          join(REPO_ROOT, "subgraphs", name),
          ["--import", preload, "src/main.ts"],
          commonEnv,
          profile,
        );
    if (!mock)
      child.on("message", (message: { benchSqlCounterPort?: number }) => {
        if (message.benchSqlCounterPort) counterPorts[name] = message.benchSqlCounterPort;
      });
    const exitReason = () => exits.get(name) ?? `${name} exited`;
    // Both asked for now: the two messages may arrive together (a stand-in only says "ready").
    const listening = reportedPort(child, { until: "listening", exitReason });
    const readiness = reportedPort(child, { exitReason });
    readiness.catch(() => {}); // awaited below, with the others
    ready.push(readiness);
    ports[name] = await listening;
    subgraphUrls[name] = `http://127.0.0.1:${ports[name]}/graphql`;
    commonEnv[`${envPrefix(name)}_URL`] = subgraphUrls[name];
    commonEnv.REGISTRY_URL ??= `http://127.0.0.1:${ports.petitions}`;
  }
  if (mock) Object.assign(counterPorts, ports);
  await Promise.all(ready);

  const seeding: Record<string, { seeded: boolean; rows: number; ms: number }> = {};
  for (const name of mock ? [] : SUBGRAPH_NAMES) {
    log(`seeding ${name} (${settings.disputes} disputes)`);
    seeding[name] = await seedDepartment(name, urls[name], plans, plannedAt);
    log(`  ${seeding[name]!.seeded ? `${seeding[name]!.rows} rows in ${seeding[name]!.ms} ms` : "already seeded"}`);
  }

  // One supergraph file for the three gateways, pointing at this run's subgraphs.
  const supergraphSdl = (await readFile(join(REPO_ROOT, "gateway", "supergraph.graphql"), "utf8")).replace(
    /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g,
    (_all, name: string) => `@join__graph(name: "${name}", url: "${subgraphUrls[name as SubgraphName]}")`,
  );
  const supergraphPath = join(logDir, "supergraph.graphql");
  await writeFile(supergraphPath, supergraphSdl);

  const gatewayPorts: Partial<Record<TargetName, number>> = {};
  const gatewayPids: Partial<Record<TargetName, number>> = {};
  for (const target of settings.targets) {
    if (target === "direct") continue;
    const env = { ...commonEnv, SUPERGRAPH_PATH: supergraphPath, GATEWAY_PORT: "0", PORT: "0" };
    const profile = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${join(logDir, "profiles", target)}`] : [];
    const child =
      target === "ours"
        ? await processes.start(target, join(REPO_ROOT, "gateway"), ["src/main.ts"], env, profile)
        : await processes.start(
            target,
            REPO_ROOT,
            [resolve(import.meta.dirname, "targets", `${target === "stock" ? "stock" : "hive"}-gateway.ts`)],
            env,
            profile,
          );
    gatewayPids[target] = child.pid!;
    gatewayPorts[target] = await reportedPort(child, { exitReason: () => exits.get(target) ?? `${target} exited` });
  }
  const commanderToken = await tokenFor({ roles: ["commander"], sub: "commander-1" });
  await Promise.all(
    Object.entries(gatewayPorts).map(([target, port]) =>
      waitForGraphQL(`http://127.0.0.1:${port}/graphql`, commanderToken, () => exits.get(target)),
    ),
  );
  log(
    `gateways up: ${Object.entries(gatewayPorts)
      .map(([t, p]) => `${t} :${p}`)
      .join(", ")}`,
  );

  const direct = directClient(supergraphSdl, subgraphUrls, internalSecret());
  const { list, skipped } = operations(direct.apiSchema, plans, plannedAt);
  const chosen = list.filter((op) => settings.operations.includes(op.name));

  const correctness = await checkAgreement(chosen, gatewayPorts, direct);
  // What each gateway burns with no traffic (timers, file polling…): it weighs on slow operations' CPU/op.
  await quiesce();
  const idleBefore = Object.fromEntries(Object.entries(gatewayPids).map(([t, pid]) => [t, cpuMsOf(pid)]));
  await new Promise((r) => setTimeout(r, 5_000));
  const idleCpu = Object.fromEntries(
    Object.entries(gatewayPids).map(([t, pid]) => [t, (cpuMsOf(pid) - idleBefore[t]!) / 5]),
  );
  const results: RunResult[] = [];
  for (const [opIndex, op] of chosen.entries()) {
    const run = direct.prepare(op.query);
    const token = await tokenFor(op.caller);
    const statements = new Map<TargetName, Record<SubgraphName, number>>();
    for (let round = 0; round < settings.rounds; round++) {
      // Interleaved: each operation and round starts with a different target.
      const shift = (opIndex + round) % settings.targets.length;
      const order = [...settings.targets.slice(shift), ...settings.targets.slice(0, shift)];
      for (const target of order) {
        if (!statements.has(target))
          statements.set(
            target,
            await statementsPerOperation(() =>
              target === "direct"
                ? run(op.variables(), identityOf(op.caller))
                : fetch(`http://127.0.0.1:${gatewayPorts[target]}/graphql`, {
                    method: "POST",
                    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
                    body: JSON.stringify({ query: op.query, variables: op.variables() }),
                  }).then((response) => response.text()),
            ),
          );
        const drive = () =>
          target === "direct"
            ? closedLoop(
                (variables) =>
                  run(variables, identityOf(op.caller)).then((r) =>
                    r.errors.length ? JSON.stringify(r.errors[0]) : undefined,
                  ),
                op,
              )
            : loadThroughGateway(`http://127.0.0.1:${gatewayPorts[target]}`, token, op);
        if (settings.warmupS > 0) await drive()(settings.warmupS);
        await quiesce();
        const subgraphPids = SUBGRAPH_NAMES.map((name) => processes.pidOf(name));
        const cpuBefore = {
          target: target === "direct" ? process.cpuUsage() : cpuMsOf(gatewayPids[target]),
          subgraphs: subgraphPids.map(cpuMsOf),
        };
        const before = await sqlTotals();
        const load = await drive()(settings.durationS);
        // Requests cut off when the run ends are still answered: their work counts, per request sent.
        const after = await quiesce();
        const perOperation = (ms: number) => (load.sent ? ms / load.sent : NaN);
        const cpu = {
          // For direct, the client's own process (which also runs the load loop).
          targetMsPerOperation: perOperation(
            target === "direct"
              ? (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpuBefore.target as NodeJS.CpuUsage))
              : cpuMsOf(gatewayPids[target]) - (cpuBefore.target as number),
          ),
          subgraphsMsPerOperation: perOperation(
            subgraphPids.reduce((sum: number, pid, i) => sum + cpuMsOf(pid) - cpuBefore.subgraphs[i]!, 0),
          ),
        };
        const perSubgraph = Object.fromEntries(
          SUBGRAPH_NAMES.map((name) => [
            name,
            {
              callsPerOperation: load.sent ? (after[name]!.requests - before[name]!.requests) / load.sent : 0,
              statementsPerOperation: statements.get(target)![name],
            },
          ]),
        );
        results.push({
          operation: op.name,
          target,
          round,
          ...load,
          cpu,
          loadAverage: loadavg()[0]!,
          subgraphs: perSubgraph,
        });
        log(
          `${op.name.padEnd(12)} ${target.padEnd(6)} ${load.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${load.p50.toFixed(1)} ms  p99 ${load.p99.toFixed(1)} ms  errors ${load.errors}  CPU/op ${cpu.targetMsPerOperation.toFixed(1)} ms (+ subgraphs ${cpu.subgraphsMsPerOperation.toFixed(1)} ms)`,
        );
      }
    }
  }

  const memory = Object.fromEntries(
    Object.entries(gatewayPids).map(([target, pid]) => [
      target,
      { ...memoryOf(pid!), idleCpuMsPerSecond: idleCpu[target]! },
    ]),
  );
  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverageAtStart: startLoad,
      loadAverageAtEnd: loadavg(),
    },
    settings: {
      ...settings,
      databaseUrl: settings.databaseUrl.replace(/\/\/[^@]*@/, "//…@"),
      cpuProfiles: Boolean(args.profile),
    },
    data: { disputes: settings.disputes, plannedAt: plannedAt.toISOString(), seeding },
    operations: Object.fromEntries(chosen.map((op) => [op.name, op.title])),
    skipped,
    correctness,
    results,
    memory,
  };
  const written = await writeReport(RESULTS, report, mock ? "gateway-bound" : "latest");
  log(`report: ${written.join(", ")}`);
} finally {
  await processes.stopAll();
}

// --- load ---------------------------------------------------------------------------------------

interface Load {
  /** Answered within the run. */
  requests: number;
  /** Sent, answered or not when the run ended. */
  sent: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** The first error answer seen, shortened, to tell what went wrong. */
  firstError?: string;
}

function percentiles(
  latencies: number[],
  requests: number,
  sent: number,
  seconds: number,
  errors: number,
  firstError?: string,
): Load {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
  return {
    requests,
    sent,
    requestsPerSecond: requests / seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors,
    ...(firstError ? { firstError } : {}),
  };
}

function loadThroughGateway(origin: string, token: string, op: Operation) {
  return (seconds: number) =>
    new Promise<Load>((done, fail) => {
      const latencies: number[] = [];
      let errors = 0;
      let firstError: string | undefined;
      const started = performance.now();
      const instance = autocannon(
        {
          url: `${origin}/graphql`,
          connections: settings.connections,
          duration: seconds,
          requests: [
            {
              method: "POST",
              path: "/graphql",
              headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
              setupRequest: (request) => ({
                ...request,
                body: JSON.stringify({ query: op.query, variables: op.variables() }),
              }),
              onResponse: (status, body) => {
                if (status === 200 && !body.includes('"errors"')) return;
                errors++;
                firstError ??= `${status} ${body.slice(0, 300)}`;
              },
            },
          ],
        },
        (error, result) => {
          if (error) return fail(error);
          const elapsed = (performance.now() - started) / 1000;
          const failures = errors + result.errors + result.timeouts;
          done(
            percentiles(
              latencies,
              result.requests.total,
              result.requests.sent,
              Math.min(elapsed, seconds + 1) || seconds,
              failures,
              firstError ?? (failures ? `${result.timeouts} timeouts, ${result.errors} socket errors` : undefined),
            ),
          );
        },
      );
      instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
        latencies.push(responseTime),
      );
    });
}

/** The direct client under the same concurrency: `connections` callers, each sending its next request when the last one is answered. */
function closedLoop(send: (variables: Record<string, unknown>) => Promise<string | undefined>, op: Operation) {
  return async (seconds: number): Promise<Load> => {
    const latencies: number[] = [];
    let errors = 0;
    let firstError: string | undefined;
    const started = performance.now();
    const end = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: settings.connections }, async () => {
        while (performance.now() < end) {
          const t0 = performance.now();
          const failure = await send(op.variables()).catch((error: Error) => error.message);
          latencies.push(performance.now() - t0);
          if (failure === undefined) continue;
          errors++;
          firstError ??= failure.slice(0, 300);
        }
      }),
    );
    return percentiles(
      latencies,
      latencies.length,
      latencies.length,
      (performance.now() - started) / 1000,
      errors,
      firstError,
    );
  };
}

function identityOf(caller: Caller): Identity {
  return {
    userId: caller.sub ?? `test-${caller.roles.join("-")}`,
    roles: caller.roles,
    ...(caller.department ? { department: caller.department } : {}),
    ...(caller.residentId ? { partyId: partyIdOf({ residentId: caller.residentId }) } : {}),
  };
}

async function sqlTotals(): Promise<Record<string, { requests: number; statements: number }>> {
  return Object.fromEntries(
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => [
        name,
        (await (await fetch(`http://127.0.0.1:${counterPorts[name]}/`)).json()) as {
          requests: number;
          statements: number;
        },
      ]),
    ),
  );
}

/**
 * SQL statements per operation in each subgraph, counted over a few operations sent one at a time. Counting
 * tells a request's statements apart with an AsyncLocalStorage (sql-count-preload.ts), whose promise hooks
 * would weigh on every promise of the subgraphs: it is switched on for this pass only, not under load.
 */
async function statementsPerOperation(send: () => Promise<unknown>): Promise<Record<SubgraphName, number>> {
  const SAMPLES = 10;
  const switchCounting = (to: "on" | "off") =>
    Promise.all(
      SUBGRAPH_NAMES.map((name) =>
        fetch(`http://127.0.0.1:${counterPorts[name]}/?counting=${to}`).then((response) => response.text()),
      ),
    );
  await switchCounting("on");
  const before = await quiesce();
  for (let i = 0; i < SAMPLES; i++) await send();
  const after = await quiesce();
  await switchCounting("off");
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, (after[name]!.statements - before[name]!.statements) / SAMPLES]),
  ) as Record<SubgraphName, number>;
}

/** Waits until no subgraph has answered a request for half a second (at most a minute); the totals then. */
async function quiesce(): Promise<Record<string, { requests: number; statements: number }>> {
  let last = await sqlTotals();
  const deadline = Date.now() + 60_000;
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await sqlTotals();
    if (SUBGRAPH_NAMES.every((name) => now[name]!.requests === last[name]!.requests) || Date.now() > deadline)
      return now;
    last = now;
  }
}

async function waitForGraphQL(url: string, token: string, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const failure = exited();
    if (failure) throw new Error(failure);
    const ok = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ __typename }" }),
      signal: AbortSignal.timeout(2_000),
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} not ready`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/**
 * Before the load: every target answers the same variables without errors and, for queries, with the
 * same data as our gateway (the comparison is what makes the numbers comparable).
 */
async function checkAgreement(
  ops: Operation[],
  gatewayPorts: Partial<Record<TargetName, number>>,
  direct: ReturnType<typeof directClient>,
) {
  const outcome: Record<string, Record<string, string>> = {};
  for (const op of ops) {
    const variables = op.variables();
    const token = await tokenFor(op.caller);
    const answers: Record<string, { data: unknown; errors?: unknown[] }> = {};
    for (const target of settings.targets) {
      if (target === "direct") {
        const r = await direct.prepare(op.query)(variables, identityOf(op.caller));
        answers[target] = { data: r.data, ...(r.errors.length ? { errors: r.errors } : {}) };
      } else {
        const response = await fetch(`http://127.0.0.1:${gatewayPorts[target]}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: op.query, variables: op.mutation ? op.variables() : variables }),
        });
        answers[target] = (await response.json()) as { data: unknown; errors?: unknown[] };
      }
    }
    // Stand-ins number their made-up ids in the order they make records, which differs with the shape of
    // each gateway's subgraph query: ids are compared as ids, everything else as is.
    const comparable = (data: unknown) =>
      mock ? JSON.parse(JSON.stringify(data).replace(/"330122-2026-\d+"/g, '"<id>"')) : data;
    const reference = JSON.stringify(comparable(answers[settings.targets[0]!]?.data));
    outcome[op.name] = Object.fromEntries(
      Object.entries(answers).map(([target, answer]) => [
        target,
        answer.errors
          ? `errors: ${JSON.stringify(answer.errors).slice(0, 300)}`
          : op.mutation || target === "direct"
            ? "ok"
            : JSON.stringify(comparable(answer.data)) === reference
              ? "ok, same data"
              : `DIFFERENT DATA (${firstDifference(comparable(answers[settings.targets[0]!]?.data), comparable(answer.data))})`,
      ]),
    );
    log(`check ${op.name}: ${JSON.stringify(outcome[op.name])}`);
  }
  return outcome;
}

/** Where two answers first differ, as a path and both values, to tell a real disagreement from noise. */
function firstDifference(a: unknown, b: unknown, path = "data"): string {
  if (JSON.stringify(a) === JSON.stringify(b)) return "";
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`;
}
