// Live JS heap of another process, measured the way a heap profiler does: the process writes a heap snapshot
// when signalled (started with `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=<dir>`), which runs a full
// garbage collection first, so what it holds is what is reachable. Resident memory, by contrast, also
// counts garbage not yet collected and the allocator's slack.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";

export const HEAP_SNAPSHOT_SIGNAL = "SIGUSR2";

export function heapSnapshotOptions(dir: string): string {
  return `--heapsnapshot-signal=${HEAP_SNAPSHOT_SIGNAL} --diagnostic-dir=${dir}`;
}

/** Signals `pid` and waits until its snapshot file in `dir` is complete; returns the file. */
export async function takeHeapSnapshot(pid: number, dir: string): Promise<string> {
  const before = new Set(await readdir(dir));
  process.kill(pid, HEAP_SNAPSHOT_SIGNAL);
  for (;;) {
    await delay(500);
    const file = (await readdir(dir)).find((f) => !before.has(f) && f.endsWith(".heapsnapshot"));
    if (file === undefined) continue;
    // Written in pieces: complete once its size stops changing and it parses.
    let size = -1;
    for (
      let now = (await stat(join(dir, file))).size;
      now !== size || now === 0;
      now = (await stat(join(dir, file))).size
    ) {
      size = now;
      await delay(1_000);
    }
    return join(dir, file);
  }
}

export interface HeapSummary {
  totalBytes: number;
  /** Self size and count per constructor (objects, closures, native) or per kind in parentheses. */
  byKind: Map<string, { count: number; bytes: number }>;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export async function summariseHeapSnapshot(file: string): Promise<HeapSummary> {
  const snap = JSON.parse(await readFile(file, "utf8")) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const byKind = new Map<string, { count: number; bytes: number }>();
  let totalBytes = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt]!]!;
    const named = type === "object" || type === "closure" || type === "native";
    const kind = named ? snap.strings[snap.nodes[i + nameAt]!]! || `(${type})` : `(${type})`;
    const bytes = snap.nodes[i + sizeAt]!;
    totalBytes += bytes;
    const entry = byKind.get(kind) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += bytes;
    byKind.set(kind, entry);
  }
  return { totalBytes, byKind };
}

/** What `after` holds beyond `before`, per unit (e.g. per subscription), largest first. */
export function heapGrowth(before: HeapSummary, after: HeapSummary, units: number, top = 8) {
  return [...after.byKind]
    .map(([kind, a]) => {
      const b = before.byKind.get(kind) ?? { count: 0, bytes: 0 };
      return { kind, count: (a.count - b.count) / units, bytes: (a.bytes - b.bytes) / units };
    })
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top);
}
