// Runs the whole system as separate processes, as in production: five subgraphs and the gateway.
// Used by `npm start` and by the end-to-end tests, so both exercise the same start-up path.
//
// Each process talks to the launcher over an IPC channel (parent-link.ts): it reports the port it bound
// (port 0 = any free one, so two systems never race for a port), its progress while starting, and when it
// is ready; it exits when the channel closes, so no process outlives its launcher.
import { EventEmitter } from "node:events";
import { spawn, type ChildProcess } from "node:child_process";
import { envPrefix, SUBGRAPH_NAMES, SUBGRAPHS, type SubgraphName } from "../config.js";
import { isServiceMessage } from "./parent-link.js";
import { serviceCommand } from "./service-command.js";

export type ProcessName = SubgraphName | "gateway";

/** What the launcher sees of its processes; `npm start` prints these. */
export type SystemEvent =
  | { name: ProcessName; kind: "spawned"; pid: number }
  | { name: ProcessName; kind: "progress"; phase: string }
  | { name: ProcessName; kind: "ready"; port: number }
  | { name: ProcessName; kind: "exited"; expected: boolean; reason: string }
  | { name: ProcessName; kind: "restarting"; delayMs: number }
  | { name: ProcessName; kind: "stalled"; phase: string; silentMs: number };

export interface LaunchOptions {
  /** Extra environment for every process (database location, secrets, log level, ...). */
  env?: NodeJS.ProcessEnv;
  /**
   * "standard": the ports in the environment (`GATEWAY_PORT`, `<SUBGRAPH>_PORT`), else 4000-4005; a port of 0
   * there, or "any" here, lets each process bind a free port and report it.
   */
  ports?: "standard" | "any";
  /** Where child output goes: the parent's terminal, or kept in memory (tests). */
  output?: "inherit" | "capture";
  /**
   * A process still starting that reports no progress for this long has stalled: the launch fails and says
   * which process stalled in which phase. Progress resets it, so a slow machine is never cut short.
   */
  stallTimeoutMs?: number;
  /** Supergraph file the gateway serves (default: gateway/supergraph.graphql). */
  supergraphPath?: string;
  /** Restart a process that exits unexpectedly after the launch, with back-off (`npm start`). */
  supervise?: boolean;
  /** Hears every event from the first spawn on, the launch included. */
  onEvent?(event: SystemEvent): void;
}

export interface RunningSystem {
  gatewayUrl: string;
  gatewayOrigin: string;
  subgraphOrigin(name: SubgraphName): string;
  /** Captured output of a process (when output is "capture"). */
  output(name: ProcessName): string;
  /** Process id of a running process. */
  pid(name: ProcessName): number | undefined;
  /** Every SystemEvent after the launch, as "event". */
  events: EventEmitter<{ event: [SystemEvent] }>;
  /** Stops a process cleanly (SIGTERM; SIGKILL after 10 s); supervision leaves it stopped. */
  stopProcess(name: ProcessName): Promise<void>;
  /** Kills a process with no chance to shut down (SIGKILL, as a crash or the OOM killer would); supervision leaves it dead. */
  killProcess(name: ProcessName): Promise<void>;
  /** Starts a subgraph again, on the port it had, and waits until it is ready. */
  startSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

const BACK_OFF_FIRST_MS = 1_000;
const BACK_OFF_MAX_MS = 30_000;
/** Up this long, a process starts its back-off again from the first step. */
const HEALTHY_MS = 60_000;

interface Service {
  name: ProcessName;
  child?: ChildProcess;
  /** The port it asked for: its own once known, so a restart binds the port the gateway knows. */
  port: number;
  phase: string;
  lastProgressAt: number;
  ready: boolean;
  lines: string[];
  listening: boolean;
  /** Why it could not start, as it said itself. */
  failure?: string;
  /** Why it last exited. */
  exit?: string;
  expectedExit: boolean;
  /** Unexpected exits in a row, for the back-off. */
  crashes: number;
  healthyTimer?: NodeJS.Timeout;
  restartTimer?: NodeJS.Timeout;
  waiters: { until: "listening" | "ready"; resolve(): void; reject(error: Error): void }[];
}

export async function launchSystem({
  env = {},
  ports = "standard",
  output = "inherit",
  stallTimeoutMs = 300_000,
  supergraphPath,
  supervise = false,
  onEvent,
}: LaunchOptions = {}): Promise<RunningSystem> {
  const events = new EventEmitter<{ event: [SystemEvent] }>();
  const emit = (event: SystemEvent) => {
    onEvent?.(event);
    events.emit("event", event);
  };
  const requestedPort = (name: ProcessName) => {
    if (ports === "any") return 0;
    const variable = name === "gateway" ? "GATEWAY_PORT" : `${envPrefix(name)}_PORT`;
    return Number(env[variable] ?? process.env[variable] ?? (name === "gateway" ? 4000 : SUBGRAPHS[name]));
  };
  const services = new Map<ProcessName, Service>(
    [...SUBGRAPH_NAMES, "gateway" as const].map((name) => [
      name,
      {
        name,
        port: requestedPort(name),
        phase: "not started",
        lastProgressAt: Date.now(),
        ready: false,
        listening: false,
        lines: [],
        expectedExit: false,
        crashes: 0,
        waiters: [],
      },
    ]),
  );
  const service = (name: ProcessName) => services.get(name)!;
  const origin = (name: ProcessName) => `http://127.0.0.1:${service(name).port}`;

  const base: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (supergraphPath) base.SUPERGRAPH_PATH = supergraphPath;
  let launched = false;
  let stopping = false;

  const settle = (s: Service, reached: "listening" | "ready") => {
    const done = s.waiters.filter((w) => w.until === reached || reached === "ready");
    s.waiters = s.waiters.filter((w) => !done.includes(w));
    for (const w of done) w.resolve();
  };
  const fail = (s: Service, error: Error) => {
    const waiters = s.waiters;
    s.waiters = [];
    for (const w of waiters) w.reject(error);
  };
  const reached = (name: ProcessName, until: "listening" | "ready") =>
    new Promise<void>((resolve, reject) => {
      const s = service(name);
      if (!s.child) reject(new Error(s.exit ?? `${name} is not running`));
      else if (s.ready || (until === "listening" && s.listening)) resolve();
      else s.waiters.push({ until, resolve, reject });
    });

  const spawnProcess = (name: ProcessName) => {
    const s = service(name);
    const processEnv: NodeJS.ProcessEnv = { ...base, REGISTRY_URL: env.REGISTRY_URL ?? origin("petitions") };
    if (name === "gateway") {
      processEnv.GATEWAY_PORT = String(s.port);
      // An explicit URL wins: tests point a subgraph at a stand-in to see how the gateway copes.
      for (const subgraph of SUBGRAPH_NAMES)
        processEnv[`${envPrefix(subgraph)}_URL`] = env[`${envPrefix(subgraph)}_URL`] ?? `${origin(subgraph)}/graphql`;
    } else processEnv[`${envPrefix(name)}_PORT`] = String(s.port);
    const { command, args, cwd } = serviceCommand(name);
    const child = spawn(command, args, {
      cwd,
      env: processEnv,
      stdio: output === "inherit" ? ["ignore", "inherit", "inherit", "ipc"] : ["ignore", "pipe", "pipe", "ipc"],
    });
    Object.assign(s, {
      child,
      lines: [],
      failure: undefined,
      exit: undefined,
      expectedExit: false,
      ready: false,
      listening: false,
      phase: "starting",
      lastProgressAt: Date.now(),
    });
    child.stdout?.on("data", (chunk: Buffer) => s.lines.push(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => s.lines.push(chunk.toString()));
    child.on("message", (message) => {
      if (!isServiceMessage(message)) return;
      s.lastProgressAt = Date.now();
      if (message.onedoor === "progress") {
        s.phase = message.phase;
        emit({ name, kind: "progress", phase: message.phase });
      } else if (message.onedoor === "listening") {
        s.port = message.port;
        s.listening = true;
        settle(s, "listening");
      } else if (message.onedoor === "ready") {
        s.port = message.port;
        s.ready = true;
        s.phase = "ready";
        clearTimeout(s.healthyTimer);
        s.healthyTimer = setTimeout(() => (s.crashes = 0), HEALTHY_MS).unref();
        emit({ name, kind: "ready", port: message.port });
        settle(s, "ready");
      } else s.failure = message.message;
    });
    child.once("exit", (code, signal) => {
      if (s.child !== child) return;
      s.child = undefined;
      s.ready = false;
      clearTimeout(s.healthyTimer);
      const reason =
        s.failure ??
        `${name} exited (code ${code}, signal ${signal}) while ${s.phase}:\n${s.lines.join("").slice(-4_000)}`;
      s.exit = reason;
      fail(s, new Error(reason));
      emit({ name, kind: "exited", expected: s.expectedExit, reason });
      if (supervise && launched && !stopping && !s.expectedExit) scheduleRestart(s);
    });
    emit({ name, kind: "spawned", pid: child.pid! });
  };

  const scheduleRestart = (s: Service) => {
    const delayMs = Math.min(BACK_OFF_FIRST_MS * 2 ** s.crashes, BACK_OFF_MAX_MS);
    s.crashes++;
    emit({ name: s.name, kind: "restarting", delayMs });
    s.restartTimer = setTimeout(() => {
      s.restartTimer = undefined;
      if (stopping || s.child) return;
      spawnProcess(s.name);
      // Its exit, if it fails again, schedules the next attempt.
      reached(s.name, "ready").catch(() => {});
    }, delayMs);
  };

  // A process that is starting and has said nothing for stallTimeoutMs is stuck, not slow.
  const stallWatch = setInterval(() => {
    for (const s of services.values()) {
      const silentMs = Date.now() - s.lastProgressAt;
      if (!s.child || s.ready || silentMs < stallTimeoutMs) continue;
      emit({ name: s.name, kind: "stalled", phase: s.phase, silentMs });
      s.failure = `${s.name} stalled: no progress for ${Math.round(silentMs / 1000)} s while "${s.phase}"`;
      fail(s, new Error(s.failure));
      s.child.kill("SIGKILL");
    }
  }, 1_000);
  stallWatch.unref();

  const endProcess = async (name: ProcessName, signal: "SIGTERM" | "SIGKILL") => {
    const s = service(name);
    clearTimeout(s.restartTimer);
    s.restartTimer = undefined;
    const child = s.child;
    if (!child) return;
    s.expectedExit = true;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const stopProcess = (name: ProcessName) => endProcess(name, "SIGTERM");

  const stop = async () => {
    stopping = true;
    clearInterval(stallWatch);
    await stopProcess("gateway");
    await Promise.all(SUBGRAPH_NAMES.map(stopProcess));
  };

  try {
    // The registry first: every department delivers its case events there, so they need its address.
    spawnProcess("petitions");
    await reached("petitions", "listening");
    const others = SUBGRAPH_NAMES.filter((name) => name !== "petitions");
    for (const name of others) spawnProcess(name);
    await Promise.all(others.map((name) => reached(name, "listening")));
    spawnProcess("gateway");
    await Promise.all([...SUBGRAPH_NAMES, "gateway" as const].map((name) => reached(name, "ready")));
  } catch (error) {
    await stop();
    throw error;
  }
  launched = true;

  return {
    gatewayUrl: `${origin("gateway")}/graphql`,
    gatewayOrigin: origin("gateway"),
    subgraphOrigin: origin,
    output: (name) => service(name).lines.join(""),
    pid: (name) => service(name).child?.pid,
    events,
    stopProcess,
    killProcess: (name) => endProcess(name, "SIGKILL"),
    startSubgraph: async (name) => {
      clearTimeout(service(name).restartTimer);
      if (service(name).child) throw new Error(`${name} is running`);
      spawnProcess(name);
      await reached(name, "ready");
    },
    stop,
  };
}

/**
 * The port a process started with an IPC channel reports once it listens (`until: "listening"`) or is
 * ready; rejects if it exits first, with `exitReason()` when given (e.g. its captured output).
 */
export function reportedPort(
  child: ChildProcess,
  { until = "ready", exitReason }: { until?: "listening" | "ready"; exitReason?: () => string } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!isServiceMessage(message)) return;
      if (message.onedoor === "ready" || (until === "listening" && message.onedoor === "listening")) {
        child.off("exit", onExit);
        child.off("message", onMessage);
        resolve(message.port);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      child.off("message", onMessage);
      reject(new Error(exitReason?.() ?? `process ${child.pid} exited (code ${code}, signal ${signal})`));
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}
