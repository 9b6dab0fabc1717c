// `npm run bench:cockpit`: the data cockpit at province scale. Seeds (or reuses) a million
// disputes with their department records in PostgreSQL, starts the five subgraphs and the gateway, and
// times the cockpit over N sequential runs: the full cockpit in four scopes, and each section alone.
// Writes results/cockpit-scale.md and .json, with the machine and its load average.
//
//   npm run bench:cockpit                                  # 1,000,000 disputes, 20 runs per query
//   npm run bench:cockpit -- --disputes 20000 --runs 5 --results /tmp/scratch
//
// Options (or BENCH_<OPTION>): --disputes, --runs, --database-url (base; the databases are
// `<base>_<subgraph>`, onedoor_bench_1m_* by default, apart from `npm run bench`'s so neither drops the
// other's data set), --results (folder of the reports), --baseline (an earlier run's .json, compared
// side by side, e.g. a checkout before an optimisation run with --results elsewhere).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { envPrefix, SUBGRAPH_NAMES, type SubgraphName } from "@onedoor/shared/config";
import { databaseLocation, dropDatabase, REPO_ROOT } from "@onedoor/shared/db/database";
import { reportedPort } from "@onedoor/shared/system/launcher";
import { COMMANDER, tokenFor } from "../support/callers.js";
import { planDisputes, seedDepartment, seedMarkerAt } from "./seed.js";
import { seedCockpitRecords } from "./cockpit-scale-seed.js";
import { processGroup } from "./processes.js";

const { values: args } = parseArgs({
  options: {
    disputes: { type: "string" },
    runs: { type: "string" },
    "database-url": { type: "string" },
    results: { type: "string" },
    /** A report of an earlier run (its .json), shown beside this one: e.g. the code before an optimisation. */
    baseline: { type: "string" },
  },
});
const option = (name: keyof typeof args, fallback: string) =>
  String(args[name] ?? process.env[`BENCH_${envPrefix(name)}`] ?? fallback);
const settings = {
  disputes: Number(option("disputes", "1000000")),
  runs: Number(option("runs", "20")),
  databaseUrl: option("database-url", "postgres://postgres@127.0.0.1:5432/onedoor_bench_1m"),
};
const RESULTS = resolve(option("results", resolve(import.meta.dirname, "results")));
const baseline = args.baseline ? (JSON.parse(await readFile(resolve(args.baseline), "utf8")) as Report) : undefined;
const startedAt = new Date();
const startLoad = loadavg();
const log = (message: string) => console.log(`[cockpit-scale ${new Date().toISOString().slice(11, 19)}] ${message}`);

// --- the queries -------------------------------------------------------------------------------

const COUNT = "value sameperiodLastYear formula";
const RATE = "value numerator denominator sameperiodLastYear formula";
const BREAKDOWN = "label count";
const POINTS = "start count";
/** Every field of every section, as the cockpit page and a leader's report read them. */
export const SECTIONS = {
  intake: `intake { visitorTimes { ${COUNT} } disputesAccepted { ${COUNT} } channels { ${BREAKDOWN} } regions { ${BREAKDOWN} }
    zeroRunRate { ${RATE} } oneRunRate { ${RATE} } onTheSpotRate { ${RATE} } }`,
  overall: `overall { closedRate { ${RATE} } onTimeRate { ${RATE} } satisfactionRate { ${RATE} } topCategories { ${BREAKDOWN} } overdueOpen { ${COUNT} } }`,
  trend: (granularity: string) =>
    `trend(granularity: ${granularity}) { granularity registered { ${POINTS} } closed { ${POINTS} } registeredLastYear { ${POINTS} } }`,
  mediation: `mediation { acceptedCases { ${COUNT} } successRate { ${RATE} } agreementPerformanceRate { ${RATE} } byCommittee { ${BREAKDOWN} } overdueOpenCases { ${COUNT} } note }`,
  arbitration: `arbitration { applicationsReceived { ${COUNT} } accepted { ${COUNT} } awardedOnTime { ${RATE} } finalAwardShare { ${RATE} }
    mediationStatementClosures { ${COUNT} } collectiveCases { ${COUNT} } note }`,
  litigation: `litigation { preFilingResolutionRate { ${RATE} } judicialConfirmationsApplied { ${COUNT} } judicialConfirmationsConfirmed { ${COUNT} }
    judicialConfirmationsRefused { ${COUNT} } confirmationRate { ${RATE} } enforcementsApplied { ${COUNT} } enforcementsConcluded { ${COUNT} }
    onlineShare { ${RATE} } casesByProcedure { ${BREAKDOWN} } note }`,
  legalAid: `legalAid { applications { ${COUNT} } grantRate { ${RATE} } averageDaysToDecision { value decided totalDays formula sameperiodLastYear }
    provisionalStarts { ${COUNT} } consultations { ${COUNT} } note }`,
} as const;
type SectionName = keyof typeof SECTIONS;
const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

const query = (sections: SectionName[], granularity: string) =>
  `query Cockpit($filter: CockpitFilter!) { cockpit(filter: $filter) { key ${sections
    .map((s) => (s === "trend" ? SECTIONS.trend(granularity) : SECTIONS[s]))
    .join(" ")} } }`;

interface Scenario {
  name: string;
  title: string;
  filter: { from: string; to: string; regionCode?: string; category?: string };
  granularity: "DAY" | "WEEK" | "MONTH";
  /** Also time each section alone (one subgraph call behind the gateway). */
  perSection: boolean;
}

const localDate = (instant: Date) => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const daysBefore = (instant: Date, days: number) => localDate(new Date(instant.getTime() - days * 86_400_000));

function scenarios(now: Date): Scenario[] {
  const last90 = { from: daysBefore(now, 89), to: localDate(now) };
  return [
    {
      name: "county-90d",
      title: "last 90 days, county 330122, trend by day",
      filter: { ...last90, regionCode: "330122" },
      granularity: "DAY",
      perSection: true,
    },
    {
      name: "year-month",
      title: "last 365 days, all regions, trend by month",
      filter: { from: daysBefore(now, 364), to: localDate(now) },
      granularity: "MONTH",
      perSection: true,
    },
    {
      name: "town-90d",
      title: "last 90 days, town 330122001 (桐君街道), trend by week",
      filter: { ...last90, regionCode: "330122001" },
      granularity: "WEEK",
      perSection: false,
    },
    {
      name: "category-90d",
      title: "last 90 days, category 劳动争议, trend by day",
      filter: { ...last90, category: "劳动争议" },
      granularity: "DAY",
      perSection: false,
    },
  ];
}

// --- processes ---------------------------------------------------------------------------------

const processes = await processGroup("onedoor-cockpit-scale-");
const { logDir, exits } = processes;

// --- measuring ---------------------------------------------------------------------------------

interface Timing {
  /** The first (warm-up) request, not in the percentiles: cold caches, and judgements not yet stored. */
  firstMs: number;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Why the query failed (e.g. a subgraph past the gateway's 10 s timeout); then it is not repeated. */
  error?: string;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** One warm-up request (not counted), then `runs` sequential requests; a failing query is reported, not repeated. */
async function time(url: string, token: string, body: string): Promise<Timing> {
  const send = async () => {
    const started = performance.now();
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
    });
    const json = (await response.json()) as { errors?: { message: string }[] };
    const ms = performance.now() - started;
    if (json.errors?.length)
      throw new Error(`${json.errors.map((e) => e.message).join("; ")} (after ${Math.round(ms)} ms)`);
    return ms;
  };
  let firstMs = NaN;
  const ms: number[] = [];
  try {
    firstMs = Math.round(await send());
    for (let i = 0; i < settings.runs; i++) ms.push(await send());
  } catch (error) {
    // Timeouts open the gateway's circuit breaker for the subgraph for 5 s: let it close before the next query.
    await new Promise((r) => setTimeout(r, 6_000));
    return { firstMs, runs: ms.length, p50Ms: NaN, p95Ms: NaN, maxMs: NaN, error: (error as Error).message };
  }
  ms.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    firstMs,
    runs: ms.length,
    p50Ms: round(percentile(ms, 50)),
    p95Ms: round(percentile(ms, 95)),
    maxMs: round(ms.at(-1)!),
  };
}

async function rowCounts(urls: Record<SubgraphName, string>): Promise<Record<string, number>> {
  const tables: Partial<Record<SubgraphName, string[]>> = {
    petitions: ["Dispute", "Visit"],
    mediation: ["MediationCase", "MediationAgreement", "PerformanceFollowUp"],
    arbitration: ["ArbitrationCase"],
    litigation: ["CourtCase"],
    "legal-aid": ["LegalAidCase", "LegalConsultation"],
  };
  const counts: Record<string, number> = {};
  for (const name of SUBGRAPH_NAMES) {
    const client = new pg.Client({ connectionString: urls[name] });
    await client.connect();
    try {
      for (const table of tables[name] ?? [])
        counts[table] = Number((await client.query(`select count(*) as n from "${table}"`)).rows[0].n);
    } finally {
      await client.end();
    }
  }
  return counts;
}

// --- the run -----------------------------------------------------------------------------------

const dbEnv = { DATABASE_BASE_URL: settings.databaseUrl };
const urls = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [name, (databaseLocation(name, dbEnv) as { url: string }).url]),
) as Record<SubgraphName, string>;
const markers = await Promise.all(SUBGRAPH_NAMES.map((name) => seedMarkerAt(urls[name])));
if (markers.some((m) => m && m.size !== settings.disputes)) {
  log(`databases hold another size (${markers.map((m) => m?.size ?? "none").join(", ")}): dropping them`);
  for (const name of SUBGRAPH_NAMES) await dropDatabase(urls[name]);
}
const petitionsMarker = markers[SUBGRAPH_NAMES.indexOf("petitions")];
const plannedAt = petitionsMarker?.size === settings.disputes ? petitionsMarker.plannedAt : startedAt;

// Every process binds port 0 and reports the port it got (IPC): no race for ports with other programs.
const ports = {} as Record<SubgraphName, number>;
const commonEnv: NodeJS.ProcessEnv = {
  ...dbEnv,
  LOG_LEVEL: "warn",
  SEED_DEMO_DATA: "1",
  ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_PORT`, "0"])),
};

try {
  log(`starting subgraphs (logs in ${logDir}); migrations run on start`);
  const migrationStarted = Date.now();
  const ready: Promise<number>[] = [];
  // The registry first: the departments deliver their case events to it.
  for (const name of ["petitions" as const, ...SUBGRAPH_NAMES.filter((n) => n !== "petitions")]) {
    const child = await processes.start(name, join(REPO_ROOT, "subgraphs", name), ["src/main.ts"], commonEnv);
    const exitReason = () => exits.get(name) ?? `${name} exited`;
    // Both asked for now: the two messages may arrive together.
    const listening = reportedPort(child, { until: "listening", exitReason });
    const readiness = reportedPort(child, { exitReason });
    readiness.catch(() => {}); // awaited below, with the others
    ready.push(readiness);
    ports[name] = await listening;
    commonEnv[`${envPrefix(name)}_URL`] = `http://127.0.0.1:${ports[name]}/graphql`;
    commonEnv.REGISTRY_URL ??= `http://127.0.0.1:${ports.petitions}`;
  }
  await Promise.all(ready);
  const startupMs = Date.now() - migrationStarted;

  const seeding: Record<string, { seeded: boolean; rows: number; ms: number }> = {};
  if (!markers.every((m) => m?.size === settings.disputes)) {
    const plans = planDisputes(settings.disputes, plannedAt);
    for (const name of SUBGRAPH_NAMES) {
      log(`seeding ${name} (${settings.disputes} disputes)`);
      seeding[name] = await seedDepartment(name, urls[name], plans, plannedAt);
      log(
        `  ${seeding[name]!.seeded ? `${seeding[name]!.rows} rows in ${Math.round(seeding[name]!.ms / 1000)} s` : "already seeded"}`,
      );
    }
  }
  for (const name of SUBGRAPH_NAMES) {
    const started = Date.now();
    const added = await seedCockpitRecords(name, urls[name]);
    if (added)
      log(`  ${name}: ${added} visits / agreements / follow-ups in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  const rows = await rowCounts(urls);

  const supergraphSdl = (await readFile(join(REPO_ROOT, "gateway", "supergraph.graphql"), "utf8")).replace(
    /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g,
    (_all, name: string) =>
      `@join__graph(name: "${name}", url: "http://127.0.0.1:${ports[name as SubgraphName]}/graphql")`,
  );
  const supergraphPath = join(logDir, "supergraph.graphql");
  await writeFile(supergraphPath, supergraphSdl);
  const gateway = await processes.start("gateway", join(REPO_ROOT, "gateway"), ["src/main.ts"], {
    ...commonEnv,
    SUPERGRAPH_PATH: supergraphPath,
    GATEWAY_PORT: "0",
  });
  const gatewayPort = await reportedPort(gateway, { exitReason: () => exits.get("gateway") ?? "gateway exited" });
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  const token = await tokenFor(COMMANDER);

  const results: Report["results"] = [];
  for (const scenario of scenarios(plannedAt)) {
    log(`${scenario.name}: ${scenario.title}`);
    const body = (sections: SectionName[]) =>
      JSON.stringify({ query: query(sections, scenario.granularity), variables: { filter: scenario.filter } });
    const full = await time(gatewayUrl, token, body(SECTION_NAMES));
    log(`  full cockpit: ${full.error ?? `p50 ${full.p50Ms} ms, p95 ${full.p95Ms} ms`}`);
    const sections: Partial<Record<SectionName, Timing>> = {};
    if (scenario.perSection) {
      for (const section of SECTION_NAMES) {
        const timing = await time(gatewayUrl, token, body([section]));
        sections[section] = timing;
        log(`  ${section}: ${timing.error ?? `p50 ${timing.p50Ms} ms, p95 ${timing.p95Ms} ms`}`);
      }
    }
    results.push({ scenario, full, sections });
  }

  const report: Report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "?",
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    loadAverage: {
      atStart: startLoad.map((n) => Math.round(n * 100) / 100),
      atEnd: loadavg().map((n) => Math.round(n * 100) / 100),
    },
    settings,
    plannedAt: plannedAt.toISOString(),
    rows,
    startupMs,
    seeding,
    results,
    ...(baseline
      ? { baseline: { startedAt: baseline.startedAt, loadAverage: baseline.loadAverage, results: baseline.results } }
      : {}),
  };
  await mkdir(RESULTS, { recursive: true });
  await writeFile(join(RESULTS, "cockpit-scale.json"), JSON.stringify(report, null, 2) + "\n");
  await writeFile(join(RESULTS, "cockpit-scale.md"), markdown(report));
  log(`report in ${join(RESULTS, "cockpit-scale.md")}`);
} finally {
  await processes.stopAll();
}

interface Report {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  loadAverage: { atStart: number[]; atEnd: number[] };
  settings: typeof settings;
  plannedAt: string;
  rows: Record<string, number>;
  startupMs: number;
  seeding: Record<string, { seeded: boolean; rows: number; ms: number }>;
  results: { scenario: Scenario; full: Timing; sections: Partial<Record<SectionName, Timing>> }[];
  baseline?: Pick<Report, "startedAt" | "loadAverage" | "results">;
}

function markdown(report: Report): string {
  const before = report.baseline;
  const earlier = (scenario: string) => before?.results.find((r) => r.scenario.name === scenario);
  const cells = (t: Timing | undefined) =>
    !t ? "– | –" : t.error ? `failed: ${t.error} | –` : `${t.p50Ms} | ${t.p95Ms}`;
  const was = (t: Timing | undefined) => (before ? ` ${cells(t)} |` : "");
  const now = (t: Timing) =>
    `${cells(t)} | ${t.error ? "–" : t.maxMs} | ${Number.isNaN(t.firstMs ?? NaN) ? "–" : t.firstMs}`;
  const wasHead = before ? " before p50 | before p95 |" : "";
  const wasRule = before ? "---:|---:|" : "";
  const lines = [
    "# Data cockpit at scale",
    "",
    `Run ${report.startedAt} by \`npm run bench:cockpit\` (test/bench/cockpit-scale.ts). ${report.settings.runs} sequential requests per query after one`,
    'warm-up, as the commander through the OneDoor gateway, with the five subgraphs on PostgreSQL (loopback). "first" is that warm-up',
    "request, not in the percentiles: cold caches, and for the registry the on-time judgements of days not judged before.",
    "",
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}. Load average`,
    `(1/5/15 min) at start ${report.loadAverage.atStart.join(" / ")}, at end ${report.loadAverage.atEnd.join(" / ")}: a shared machine, so absolute`,
    "numbers carry the other processes' noise.",
    "",
    `Data: ${report.settings.disputes.toLocaleString("en")} disputes over the 900 days before ${report.plannedAt.slice(0, 10)} (test/bench/seed.ts, plus visits and`,
    "mediation agreements from cockpit-scale-seed.ts), rows: " +
      Object.entries(report.rows)
        .map(([table, n]) => `${table} ${n.toLocaleString("en")}`)
        .join(", ") +
      ".",
    ...(before
      ? [
          "",
          `"before" columns: the run of ${before.startedAt} (load average at start ${before.loadAverage.atStart.join(" / ")}) on the same data, with the code before the rollups and indexes.`,
        ]
      : []),
    "",
    "## Full cockpit (all sections, every measure with last year's figure, through the gateway)",
    "",
    `| Scope | Filter |${wasHead} p50 ms | p95 ms | max ms | first ms |`,
    `|---|---|${wasRule}---:|---:|---:|---:|`,
    ...report.results.map(
      (r) =>
        `| ${r.scenario.title} | \`${JSON.stringify(r.scenario.filter)}\` |${was(earlier(r.scenario.name)?.full)} ${now(r.full)} |`,
    ),
  ];
  for (const r of report.results.filter((x) => x.scenario.perSection)) {
    lines.push(
      "",
      `## Sections alone: ${r.scenario.title}`,
      "",
      `| Section |${wasHead} p50 ms | p95 ms | max ms | first ms |`,
      `|---|${wasRule}---:|---:|---:|---:|`,
    );
    for (const [section, t] of Object.entries(r.sections)) {
      lines.push(`| ${section} |${was(earlier(r.scenario.name)?.sections[section as SectionName])} ${now(t)} |`);
    }
  }
  return lines.join("\n") + "\n";
}
