// Many replicas on one machine, from the built bundles (`node <service>/dist/main.js`): two replicas of every
// department on PostgreSQL, two gateways, HAProxy in front of both tiers (health checks on /ready for the
// departments, /health for the gateways), Redis shared by all. Loopback only.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { envPrefix, SUBGRAPH_NAMES, type SubgraphName } from "@onedoor/shared/config";
import { databaseLocation, dropDatabase } from "@onedoor/shared/db/database";
import { bundlePaths, type ServiceName } from "@onedoor/shared/system/service-command";
import { isServiceMessage } from "@onedoor/shared/system/parent-link";

export const POSTGRES_URL = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
export const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";

export interface Replica {
  name: string;
  service: ServiceName;
  child: ChildProcess;
  port: number;
  origin: string;
  output: string[];
  ready: Promise<void>;
}

/** Starts a bundle with an IPC channel: it binds port 0 and reports the port it got, then when it is ready. */
function startBundle(name: string, service: ServiceName, env: NodeJS.ProcessEnv, args: string[] = []) {
  const { bundle } = bundlePaths(service);
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, [bundle, ...args], { env, stdio: ["ignore", "pipe", "pipe", "ipc"] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 400) output.splice(0, 100);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<never>((_resolve, reject) =>
    child.once("exit", (code, signal) =>
      reject(new Error(`${name} exited (${signal ?? code}):\n${output.join("").slice(-3_000)}`)),
    ),
  );
  exited.catch(() => undefined); // read by whoever waits; a replica killed on purpose is not an error
  // The gateway reports only "ready" (it listens once it can answer); its port is known then.
  const message = (...kinds: ("listening" | "ready")[]) =>
    Promise.race([
      exited,
      new Promise<number>((resolve) => {
        const listen = (value: unknown) => {
          if (isServiceMessage(value) && (kinds as string[]).includes(value.onedoor) && "port" in value) {
            child.off("message", listen);
            resolve(value.port);
          }
        };
        child.on("message", listen);
      }),
    ]);
  const listening = message("listening", "ready");
  const ready = message("ready");
  // Read by whoever waits; a migration step exits without either.
  for (const promise of [listening, ready]) promise.catch(() => undefined);
  return { child, output, exited, listening, ready };
}

/** `node <department>/dist/main.js migrate`: resolves with its exit code. */
export function migrate(department: SubgraphName, env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  const started = startBundle(`${department} migrate`, department, env, ["migrate"]);
  return new Promise((resolve) =>
    started.child.once("exit", (code) => resolve({ code: code ?? 1, output: started.output.join("") })),
  );
}

/**
 * Free ports for HAProxy's frontends. HAProxy cannot report a port it chose, so these are found by binding
 * port 0 and closing: the one place a port could be taken in between, and HAProxy then fails at once, saying so.
 */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<import("node:net").Server>((resolve, reject) => {
          const server = createServer();
          server.once("error", reject);
          server.listen(0, "127.0.0.1", () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as import("node:net").AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

export interface Cluster {
  databaseEnv: NodeJS.ProcessEnv;
  /** HAProxy's gateway frontend. */
  url: string;
  gateways: Replica[];
  departments: Record<SubgraphName, Replica[]>;
  /** HAProxy's view: `<backend>/<server>` → UP, DOWN, ... */
  serverStates(): Promise<Map<string, string>>;
  kill(replica: Replica): void;
  stop(): Promise<void>;
}

const LOG_LEVEL = process.env.REPLICAS_LOG_LEVEL ?? "warn";
const progress = (message: string) => {
  if (process.env.REPLICAS_PROGRESS) console.log(`${new Date().toISOString()} ${message}`);
};

export async function startCluster(extraEnv: NodeJS.ProcessEnv = {}): Promise<Cluster> {
  const base = new URL(POSTGRES_URL);
  base.pathname = `/onedoor_replicas_${randomBytes(4).toString("hex")}`;
  const databaseEnv = { DATABASE_BASE_URL: base.toString() };
  const dir = await mkdtemp(join(tmpdir(), "onedoor-replicas-"));
  const [gatewayFront, statsPort, ...departmentFronts] = await freePorts(2 + SUBGRAPH_NAMES.length);
  const front = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, departmentFronts[i]!])) as Record<
    SubgraphName,
    number
  >;
  const common: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: "test",
    LOG_LEVEL,
    REDIS_URL,
    ...databaseEnv,
    // Each department is reached through HAProxy, never one replica.
    REGISTRY_URL: `http://127.0.0.1:${front.petitions}`,
    ...Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_URL`, `http://127.0.0.1:${front[name]}/graphql`]),
    ),
    ...extraEnv,
  };
  const running: { child: ChildProcess }[] = [];
  let haproxy: ChildProcess | undefined;
  const stop = async () => {
    for (const { child } of running) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    haproxy?.kill("SIGKILL");
    await Promise.all(
      [...running, ...(haproxy ? [{ child: haproxy }] : [])].map(
        ({ child }) =>
          new Promise<void>((resolve) =>
            child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve()),
          ),
      ),
    );
    for (const name of SUBGRAPH_NAMES) {
      const location = databaseLocation(name, databaseEnv);
      if (location.kind === "postgres") await dropDatabase(location.url);
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    // Both replicas' migration steps at once, as two deploy jobs racing would: the advisory lock orders them.
    const migrations = await Promise.all(
      SUBGRAPH_NAMES.flatMap((name) =>
        [migrate(name, common), migrate(name, common)].map(async (m) => [name, await m] as const),
      ),
    );
    progress("migrated");
    const failed = migrations.filter(([, m]) => m.code !== 0);
    if (failed.length > 0)
      throw new Error(
        failed.map(([name, m]) => `${name} migrate exited ${m.code}:\n${m.output.slice(-2_000)}`).join("\n"),
      );

    const replica = (
      name: string,
      service: ServiceName,
      env: NodeJS.ProcessEnv,
    ): Replica & { listening: Promise<number> } => {
      const started = startBundle(name, service, env);
      running.push(started);
      const result = {
        name,
        service,
        child: started.child,
        port: 0,
        origin: "",
        output: started.output,
        ready: started.ready.then(() => undefined),
        listening: started.listening.then((port) => {
          result.port = port;
          result.origin = `http://127.0.0.1:${port}`;
          return port;
        }),
      };
      return result;
    };
    const departmentEnv = (name: SubgraphName, seed: boolean) => ({
      ...common,
      [`${envPrefix(name)}_PORT`]: "0",
      MIGRATE_AT_START: "0",
      // Mediation's demo data holds its committees, and its events name the registry's demo disputes, whose
      // codes new registrations must not take again; written by the first replica only.
      ...(seed && (name === "mediation" || name === "petitions") ? { SEED_DEMO_DATA: "1" } : {}),
    });
    const departments = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [name, [replica(`${name}-1`, name, departmentEnv(name, true))]]),
    ) as Record<SubgraphName, (Replica & { listening: Promise<number> })[]>;
    await Promise.all(
      SUBGRAPH_NAMES.map((name) => departments[name][0]!.ready.then(() => progress(`${name}-1 ready`))),
    );
    for (const name of SUBGRAPH_NAMES) departments[name].push(replica(`${name}-2`, name, departmentEnv(name, false)));
    const gateways = [1, 2].map((n) => replica(`gateway-${n}`, "gateway", { ...common, GATEWAY_PORT: "0" }));
    const all = [...SUBGRAPH_NAMES.flatMap((name) => departments[name]), ...gateways];
    await Promise.all(all.map((r) => r.listening));
    progress("all listening");

    const config = [
      "global",
      "  maxconn 2000",
      "defaults",
      "  mode http",
      "  timeout connect 1s",
      "  timeout client 30s",
      "  timeout server 30s",
      // A connection refused by a dead replica is tried again on the other one: the request was never sent.
      "  retries 3",
      "  option redispatch 1",
      "  default-server check inter 300ms fall 2 rise 2",
      "frontend stats",
      `  bind 127.0.0.1:${statsPort}`,
      "  stats enable",
      "  stats uri /stats",
      "frontend gateway",
      `  bind 127.0.0.1:${gatewayFront}`,
      "  default_backend gateways",
      "backend gateways",
      // Not /ready: a gateway's /ready asks every department (docs/deployment.md).
      "  option httpchk GET /health",
      ...gateways.map((g) => `  server ${g.name} 127.0.0.1:${g.port}`),
      ...SUBGRAPH_NAMES.flatMap((name) => [
        `frontend ${name}`,
        `  bind 127.0.0.1:${front[name]}`,
        `  default_backend ${name}-replicas`,
        `backend ${name}-replicas`,
        "  option httpchk GET /ready",
        ...departments[name].map((r) => `  server ${r.name} 127.0.0.1:${r.port}`),
      ]),
      "",
    ].join("\n");
    const configPath = join(dir, "haproxy.cfg");
    await writeFile(configPath, config);
    const haproxyOutput: string[] = [];
    haproxy = spawn(process.env.HAPROXY ?? "haproxy", ["-db", "-f", configPath], { stdio: ["ignore", "pipe", "pipe"] });
    haproxy.stdout?.on("data", (c: Buffer) => haproxyOutput.push(c.toString()));
    haproxy.stderr?.on("data", (c: Buffer) => haproxyOutput.push(c.toString()));
    const haproxyExit = new Promise<never>((_resolve, reject) =>
      haproxy!.once("exit", (code) => reject(new Error(`haproxy exited (${code}): ${haproxyOutput.join("")}`))),
    );
    haproxyExit.catch(() => undefined);
    await Promise.race([haproxyExit, Promise.all(all.map((r) => r.ready.then(() => progress(`${r.name} ready`))))]);

    const serverStates = async () => {
      const csv = await (await fetch(`http://127.0.0.1:${statsPort}/stats;csv`)).text();
      const states = new Map<string, string>();
      for (const line of csv.split("\n").slice(1)) {
        const [backend, server, ...rest] = line.split(",");
        if (backend && server && server !== "FRONTEND" && server !== "BACKEND")
          states.set(`${backend}/${server}`, rest[15]!);
      }
      return states;
    };
    // HAProxy serves once its health checks have seen every replica up.
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`HAProxy did not see every replica up: ${haproxyOutput.join("")}`);
      const states = await Promise.race([haproxyExit, serverStates().catch(() => new Map<string, string>())]);
      if (states.size === all.length && [...states.values()].every((state) => state === "UP")) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    progress("haproxy sees every replica up");
    return {
      databaseEnv,
      url: `http://127.0.0.1:${gatewayFront}/graphql`,
      gateways,
      departments,
      serverStates,
      kill: (r) => void r.child.kill("SIGKILL"),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
