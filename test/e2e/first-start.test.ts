// A first start interrupted while migrating and again while seeding (kill -9 of the launcher, and Ctrl-C),
// then started again: no process outlives its launcher, and the system comes up with complete demo data.
import { describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { envPrefix, SUBGRAPH_NAMES } from "@onedoor/shared/config";
import { REPO_ROOT } from "@onedoor/shared/db/database";
import { startSystem, testDatabases, type TestDatabases } from "../support/system.js";
import { expectCompleteDemoData } from "../support/demo-data.js";

/** Whether a process is gone (a zombie waiting for init to reap it counts as gone). */
async function gone(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return /^State:\s+Z/m.test(status) || status === "";
}

async function waitUntilGone(pid: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await gone(pid))) {
    if (Date.now() > deadline) {
      const command = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
      throw new Error(`process ${pid} (${command.replaceAll("\0", " ")}) outlived its launcher`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs `npm start`'s entry point on the test's databases, every process on a free port, until the console
 * shows a line matching `phase`; then sends `signal` to the launcher alone and waits until every process
 * it started is gone. Returns the phase line seen.
 */
async function interruptedStart(databases: TestDatabases, phase: RegExp, signal: "SIGKILL" | "SIGINT") {
  const ports = Object.fromEntries([
    ["GATEWAY_PORT", "0"],
    ...SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_PORT`, "0"]),
  ]) as Record<string, string>;
  const launcher: ChildProcess = spawn(process.execPath, ["--import", "tsx", "shared/src/cli/start.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: "test", LOG_LEVEL: "warn", SEED_DEMO_DATA: "1", ...databases.env, ...ports },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise((resolve) => launcher.once("exit", resolve));
  const pids: number[] = [];
  const lines: string[] = [];
  const seen = await new Promise<string>((resolve, reject) => {
    createInterface({ input: launcher.stdout! }).on("line", (line) => {
      lines.push(line);
      const spawned = /^\[[\w-]+\] started, pid (\d+)$/.exec(line);
      if (spawned) pids.push(Number(spawned[1]));
      if (phase.test(line)) resolve(line);
    });
    launcher.stderr!.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
    void exited.then(() => reject(new Error(`the launcher ended before ${phase}:\n${lines.join("\n").slice(-4_000)}`)));
  });
  launcher.kill(signal);
  await exited;
  expect(pids.length).toBeGreaterThan(0);
  await Promise.all(pids.map((pid) => waitUntilGone(pid)));
  return seen;
}

describe("an interrupted first start", () => {
  for (const signal of ["SIGKILL", "SIGINT"] as const)
    it(`${signal} while migrating, then while seeding: no orphans, and the next start has complete demo data`, async () => {
      const databases = await testDatabases();
      try {
        expect(await interruptedStart(databases, /^\[[\w-]+\] migrating \d+\/\d+$/, signal)).toMatch(/migrating/);
        expect(await interruptedStart(databases, /^\[[\w-]+\] seeding demo data$/, signal)).toMatch(/seeding/);
        const system = await startSystem(databases, { env: { SEED_DEMO_DATA: "1" } });
        try {
          await expectCompleteDemoData(system.gatewayUrl);
        } finally {
          await system.stop();
        }
      } finally {
        await databases.drop();
      }
    }, 1_800_000);
});
