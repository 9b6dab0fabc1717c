// Runs the whole system as separate processes, as in production: five subgraphs and the gateway.
// Used by `npm start` and by the end-to-end tests, so both exercise the same start-up path.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { envPrefix, SUBGRAPH_NAMES, SUBGRAPHS, type SubgraphName } from "../config.js";
import { REPO_ROOT } from "../db/database.js";

export interface LaunchOptions {
  /** Extra environment for every process (database location, secrets, log level, ...). */
  env?: NodeJS.ProcessEnv;
  /** Default: the standard ports (gateway 4000, subgraphs 4001-4005); `"free"` picks unused ones. */
  ports?: "standard" | "free";
  /** Where child output goes: the parent's terminal, or kept in memory (tests). */
  output?: "inherit" | "capture";
  readyTimeoutMs?: number;
  /** Supergraph file the gateway serves (default: gateway/supergraph.graphql). */
  supergraphPath?: string;
}

export interface RunningSystem {
  gatewayUrl: string;
  gatewayOrigin: string;
  subgraphOrigin(name: SubgraphName): string;
  /** Captured output of a process (when output is "capture"). */
  output(name: SubgraphName | "gateway"): string;
  /** Stops a process cleanly (SIGTERM; SIGKILL after 10 s). */
  stopProcess(name: SubgraphName | "gateway"): Promise<void>;
  /** Kills a process with no chance to shut down (SIGKILL, as a crash or the OOM killer would). */
  killProcess(name: SubgraphName | "gateway"): Promise<void>;
  startSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

type ProcessName = SubgraphName | "gateway";

/** A port nobody listens on now (the system picks it), for processes started next. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitUntilReady(
  origin: string,
  timeoutMs: number,
  exited: () => string | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const failure = exited();
    if (failure) throw new Error(failure);
    const ok = await fetch(`${origin}/ready`, { signal: AbortSignal.timeout(1_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${origin} not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function launchSystem({
  env = {},
  ports = "standard",
  output = "inherit",
  readyTimeoutMs = 60_000,
  supergraphPath,
}: LaunchOptions = {}): Promise<RunningSystem> {
  const portOf = new Map<ProcessName, number>();
  for (const name of SUBGRAPH_NAMES)
    portOf.set(
      name,
      ports === "free"
        ? await freePort()
        : Number(env[`${envPrefix(name)}_PORT`] ?? process.env[`${envPrefix(name)}_PORT`] ?? SUBGRAPHS[name]),
    );
  portOf.set(
    "gateway",
    ports === "free" ? await freePort() : Number(env.GATEWAY_PORT ?? process.env.GATEWAY_PORT ?? 4000),
  );

  const origin = (name: ProcessName) => `http://127.0.0.1:${portOf.get(name)}`;
  const shared: NodeJS.ProcessEnv = { ...process.env, ...env, GATEWAY_PORT: String(portOf.get("gateway")) };
  if (supergraphPath) shared.SUPERGRAPH_PATH = supergraphPath;
  shared.REGISTRY_URL = env.REGISTRY_URL ?? origin("petitions");
  for (const name of SUBGRAPH_NAMES) {
    shared[`${envPrefix(name)}_PORT`] = String(portOf.get(name));
    // An explicit URL wins: tests point a subgraph at a stand-in to see how the gateway copes.
    shared[`${envPrefix(name)}_URL`] = env[`${envPrefix(name)}_URL`] ?? `${origin(name)}/graphql`;
  }

  const children = new Map<ProcessName, ChildProcess>();
  const logs = new Map<ProcessName, string[]>();
  const exits = new Map<ProcessName, string>();

  const spawnProcess = (name: ProcessName) => {
    const cwd = name === "gateway" ? join(REPO_ROOT, "gateway") : join(REPO_ROOT, "subgraphs", name);
    // node --import tsx (not npx): signals reach the service itself, so it can shut down cleanly.
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd,
      env: shared,
      stdio: output === "inherit" ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
    });
    const lines: string[] = [];
    logs.set(name, lines);
    exits.delete(name);
    child.stdout?.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
    child.once("exit", (code, signal) => {
      exits.set(name, `${name} exited (code ${code}, signal ${signal}):\n${lines.join("").slice(-4_000)}`);
      children.delete(name);
    });
    children.set(name, child);
  };

  const endProcess = async (name: ProcessName, signal: "SIGTERM" | "SIGKILL") => {
    const child = children.get(name);
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const stopProcess = (name: ProcessName) => endProcess(name, "SIGTERM");

  const stop = async () => {
    await stopProcess("gateway");
    await Promise.all(SUBGRAPH_NAMES.map(stopProcess));
  };

  try {
    for (const name of SUBGRAPH_NAMES) spawnProcess(name);
    spawnProcess("gateway");
    await Promise.all(
      [...SUBGRAPH_NAMES, "gateway" as const].map((name) =>
        waitUntilReady(origin(name), readyTimeoutMs, () => exits.get(name)),
      ),
    );
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    gatewayUrl: `${origin("gateway")}/graphql`,
    gatewayOrigin: origin("gateway"),
    subgraphOrigin: origin,
    output: (name) => (logs.get(name) ?? []).join(""),
    stopProcess,
    killProcess: (name) => endProcess(name, "SIGKILL"),
    startSubgraph: async (name) => {
      spawnProcess(name);
      await waitUntilReady(origin(name), readyTimeoutMs, () => exits.get(name));
    },
    stop,
  };
}
