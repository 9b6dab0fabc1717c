// `npm run bench:live -- [--subscribers 100,1000] [--dispatches 20]`: live subscriptions under
// load. Starts the system (gateway and subgraphs as processes, PGlite), opens N SSE subscribers of
// `queueChanged(department: MEDIATION)` (mediators and commanders, each a caller of their own), then
// registers disputes and dispatches them to mediation one after another. Latency is from sending the
// dispatch mutation to each subscriber receiving that dispute on its stream (the mutation's own time
// included), over every subscriber and dispatch. Memory per subscription is measured twice: the gateway's
// live JS heap (heap snapshots, each after a full garbage collection: with the N subscribers closed again and
// only the first open, then with them all open anew) and its resident memory (with the subscribers open minus before), each divided by N. The report gives
// the load average: figures from a busy machine are not reference figures.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launchSystem } from "@onedoor/shared/system/launcher";
import {
  heapGrowth,
  heapSnapshotOptions,
  summariseHeapSnapshot,
  takeHeapSnapshot,
  type HeapSummary,
} from "./heap-snapshot.js";
import { developmentToken } from "../../gateway/src/auth/development-token.js";
import { residentId } from "../support/identities.js";

const { values: options } = parseArgs({
  options: {
    subscribers: { type: "string", default: "100,1000" },
    dispatches: { type: "string", default: "20" },
    results: { type: "string", default: join(import.meta.dirname, "results") },
  },
});
const sizes = options.subscribers.split(",").map(Number);
const dispatches = Number(options.dispatches);

const QUEUE = `subscription { queueChanged(department: MEDIATION) { code leadOwner } }`;

/** One SSE subscriber read off the wire: when each dispute code arrived. */
function subscribe(url: string, token: string, arrived: (code: string, at: number) => void) {
  const controller = new AbortController();
  const opened = (async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { accept: "text/event-stream", "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUEUE }),
      signal: controller.signal,
    });
    if (!response.ok) throw new Error(`subscribe answered ${response.status}`);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    const read = async () => {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        buffer += decoder.decode(chunk.value, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const data = buffer
            .slice(0, end)
            .split("\n")
            .find((line) => line.startsWith("data:"));
          buffer = buffer.slice(end + 2);
          const code = data && /"code":"(\d+)"/.exec(data)?.[1];
          if (code) arrived(code, performance.now());
        }
      }
    };
    read().catch(() => {});
  })();
  return { opened, close: () => controller.abort() };
}

async function graphql(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** Waits until the gateway counts the open subscriptions `enough`. */
async function openSubscriptions(origin: string, enough: (open: number) => boolean): Promise<void> {
  for (;;) {
    const text = await (await fetch(new URL("/metrics", origin))).text();
    const open = text
      .split("\n")
      .filter((l) => l.startsWith("onedoor_gateway_subscriptions_open{"))
      .reduce((sum, l) => sum + Number(l.split(" ").at(-1)), 0);
    if (enough(open)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function gatewayMemory(origin: string): Promise<number> {
  const text = await (await fetch(new URL("/metrics", origin))).text();
  const line = text.split("\n").find((l) => l.startsWith("onedoor_gateway_process_resident_memory_bytes "));
  return Number(line?.split(" ")[1] ?? NaN);
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

interface Run {
  subscribers: number;
  dispatches: number;
  failedDispatches: number;
  deliveries: number;
  expected: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  memoryPerSubscriptionKB: number;
  heapPerSubscriptionKB: number;
  /** What the heap holds per subscription, largest kinds first. */
  heapByKind: { kind: string; count: number; bytes: number }[];
  loadBefore: number[];
  loadAfter: number[];
}

async function run(subscribers: number): Promise<Run> {
  const dataDir = await mkdtemp(join(tmpdir(), "onedoor-live-bench-"));
  const snapshots = join(dataDir, "heap");
  await mkdir(snapshots);
  const system = await launchSystem({
    ports: "any",
    output: "capture",
    env: {
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      DATA_DIR: dataDir,
      SUBSCRIPTIONS_PER_ADDRESS: String(subscribers + 10),
      RATE_LIMIT_PER_MINUTE_PER_ADDRESS: String(100_000),
      NODE_OPTIONS: heapSnapshotOptions(snapshots),
    },
  });
  const heapNow = async (): Promise<HeapSummary> => {
    const file = await takeHeapSnapshot(system.pid("gateway")!, snapshots);
    try {
      return await summariseHeapSnapshot(file);
    } finally {
      await rm(file);
    }
  };
  try {
    const url = system.gatewayUrl;
    const window = await developmentToken({
      roles: ["intakeClerk", "petitionsOfficer", "commander"],
      department: "petitions",
      sub: "bench-window",
    });
    const sent = new Map<string, number>();
    const latencies: number[] = [];
    const memoryBefore = await gatewayMemory(system.gatewayOrigin);
    // One subscriber first, so that what the first one costs once (code, caches) is not counted per subscriber.
    const first = subscribe(url, await developmentToken({ roles: ["commander"], sub: "bench-first" }), () => {});
    await first.opened;
    const loadBefore = loadavg();
    const tokens: string[] = [];
    for (let i = 0; i < subscribers; i++)
      // Mixed roles: mediators and commanders, every one a caller of their own.
      tokens.push(
        await developmentToken(
          i % 4 === 0
            ? { roles: ["commander"], sub: `bench-commander-${i}` }
            : { roles: ["mediator"], department: "mediation", sub: `bench-mediator-${i}` },
        ),
      );
    const openAll = async () => {
      const opened = tokens.map((token) =>
        subscribe(url, token, (code, at) => {
          const start = sent.get(code);
          if (start !== undefined) latencies.push(at - start);
        }),
      );
      await Promise.all(opened.map((s) => s.opened));
      await openSubscriptions(system.gatewayOrigin, (open) => open >= subscribers + 1);
      return opened;
    };
    const closeAll = async (streams: { close(): void }[]) => {
      for (const s of streams) s.close();
      await openSubscriptions(system.gatewayOrigin, (open) => open <= 1);
    };
    // Resident memory before any heap snapshot: writing one grows the process by the snapshot's size.
    const measured = await openAll();
    const memoryOpen = await gatewayMemory(system.gatewayOrigin);
    await closeAll(measured);
    // The heap with the first subscriber only, then with all open again: the same state but for them.
    const heapClosed = await heapNow();
    const streams = await openAll();
    const heapOpen = await heapNow();

    let failed = 0;
    for (let d = 0; d < dispatches; d++) {
      // A busy machine can time a mutation out: counted, and the next dispatch goes on.
      try {
        await dispatchOne(d);
      } catch (error) {
        failed++;
        console.warn(`dispatch ${d} failed: ${String(error)}`);
      }
    }
    async function dispatchOne(d: number) {
      const { registerDispute } = (await graphql(
        url,
        window,
        `
          mutation ($input: RegisterDisputeInput!) {
            registerDispute(input: $input) {
              code
            }
          }
        `,
        {
          input: {
            title: "加工厂拖欠工资",
            description: "申请人在某加工厂工作，被拖欠两个月工资，多次催讨未果。",
            category: "劳动争议",
            region: "330122",
            amountInvolved: "9600",
            peopleInvolved: 1,
            channel: "WALK_IN",
            parties: [{ kind: "PERSON", name: "吴小军", residentId: residentId(), phone: "13706718899" }],
            respondents: [{ kind: "ORGANISATION", name: "桐庐某加工厂" }],
          },
        },
      )) as { registerDispute: { code: string } };
      const code = registerDispute.code;
      sent.set(code, performance.now());
      await graphql(
        url,
        window,
        `
          mutation ($code: ID!) {
            dispatchDispute(input: { code: $code, to: MEDIATION }) {
              code
            }
          }
        `,
        {
          code,
        },
      );
      // The next dispatch once this one reached everyone (or 10 s passed): latencies of one event at a time.
      const deadline = performance.now() + 10_000;
      const expected = (d + 1 - failed) * subscribers;
      while (latencies.length < expected && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const loadAfter = loadavg();
    for (const s of [first, ...streams]) s.close();
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      subscribers,
      dispatches: dispatches - failed,
      failedDispatches: failed,
      deliveries: latencies.length,
      expected: subscribers * (dispatches - failed),
      p50Ms: Math.round(percentile(sorted, 50)),
      p99Ms: Math.round(percentile(sorted, 99)),
      maxMs: Math.round(sorted.at(-1) ?? NaN),
      memoryPerSubscriptionKB: Math.round((memoryOpen - memoryBefore) / subscribers / 1024),
      heapPerSubscriptionKB: Math.round((heapOpen.totalBytes - heapClosed.totalBytes) / subscribers / 1024),
      heapByKind: heapGrowth(heapClosed, heapOpen, subscribers).map((k) => ({
        kind: k.kind,
        count: Math.round(k.count * 10) / 10,
        bytes: Math.round(k.bytes),
      })),
      loadBefore,
      loadAfter,
    };
  } finally {
    await system.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const runs: Run[] = [];
for (const size of sizes) {
  runs.push(await run(size));
  console.log(JSON.stringify(runs.at(-1)));
}
const machine = { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
await mkdir(options.results, { recursive: true });
await writeFile(join(options.results, "live-latency.json"), `${JSON.stringify({ machine, runs }, null, 2)}\n`);
const rows = runs.map(
  (r) =>
    `| ${r.subscribers} | ${r.dispatches} (${r.failedDispatches} failed) | ${r.deliveries}/${r.expected} | ${r.p50Ms} | ${r.p99Ms} | ${r.maxMs} | ${r.heapPerSubscriptionKB} | ${r.memoryPerSubscriptionKB} | ${r.loadBefore.map((l) => l.toFixed(1)).join(" ")} → ${r.loadAfter.map((l) => l.toFixed(1)).join(" ")} |`,
);
const largest = runs.at(-1)!;
await writeFile(
  join(options.results, "live-latency.md"),
  [
    "# Live subscriptions: dispatch → delivery",
    "",
    `\`npm run bench:live\` on ${machine.cpus} CPUs, ${machine.memoryGiB} GiB, Node ${machine.node}; PGlite;`,
    `${dispatches} dispatches one after another; every subscriber follows \`queueChanged(department: MEDIATION)\`.`,
    "Goals (issue): p99 ≤ 500 ms, ≤ 50 KB per open subscription.",
    "",
    "| subscribers | dispatches | delivered/expected | p50 ms | p99 ms | max ms | live heap KB per subscription | resident KB per subscription | load average (1 5 15 min) before → after |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    "**Memory.** *Live heap* is what the gateway's JavaScript heap holds per open subscription: two heap",
    "snapshots (each taken after a full garbage collection), with the subscribers closed but the first, then",
    "with them all open again, divided by their number. *Resident* is the process's resident memory with them open minus before any: it also",
    "counts garbage not yet collected, heap the garbage collector has reserved to grow into, and the",
    "allocator's slack, so it varies with when the collector last ran; it is the figure to size a pod by, the",
    "live heap the one that shows what a subscription costs.",
    "",
    `Per subscription, at ${largest.subscribers} subscribers, the heap holds (largest kinds; parentheses are V8's own kinds):`,
    "",
    "| kind | objects | bytes |",
    "|---|---:|---:|",
    ...largest.heapByKind.map((k) => `| ${k.kind || "(anonymous)"} | ${k.count} | ${k.bytes} |`),
    "",
  ].join("\n"),
);
