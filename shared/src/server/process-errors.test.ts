// The policy in a real process: a promise nobody awaited is logged with the request that started it and the
// process keeps answering; an uncaught exception is logged and ends the process. A request on the normal
// path enters no AsyncLocalStorage, so the process runs without promise hooks.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const here = import.meta.dirname;

/**
 * A small HTTP service with the policy installed, each request handled as a subgraph's resolver is: noted as
 * in flight, and run through the request-scope middleware, which scopes it when it says `x-scoped: 1` (as a
 * request at a simulated time is). /reject leaves a rejected promise and answers only once /release is asked;
 * /throw throws later; /hooks tells whether promise hooks are installed (with them, a promise's continuation
 * runs as that promise's resource).
 */
const SERVICE = `
const { answering, installProcessErrorPolicy, inRequestScope } = await import(${JSON.stringify(resolve(here, "process-errors.ts"))});
const { createLogger } = await import(${JSON.stringify(resolve(here, "../logger.ts"))});
const { executionAsyncResource } = await import("node:async_hooks");
const http = await import("node:http");
installProcessErrorPolicy(createLogger("policy-test"));
const promiseHooksOn = () =>
  new Promise((resolve) => setImmediate(() => void (async () => {
    await null;
    resolve(executionAsyncResource() instanceof Promise);
  })()));
const scoped = inRequestScope((context) => context.scoped);
const held = [];
const server = http.createServer((req, res) => {
  const requestId = req.headers["x-request-id"] ?? "none";
  answering(requestId, res);
  scoped({ context: { requestId, scoped: req.headers["x-scoped"] === "1" } }, async () => {
    if (req.url === "/reject") {
      Promise.reject(new Error("nobody awaited this"));
      return held.push(res);
    }
    if (req.url === "/release") held.splice(0).forEach((r) => r.end("ok"));
    if (req.url === "/throw") setImmediate(() => { throw new Error("state unknown"); });
    res.end(req.url === "/hooks" ? String(await promiseHooksOn()) : "ok");
  });
});
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));
`;

interface Service {
  child: ChildProcessWithoutNullStreams;
  origin: string;
  /** Resolves with the first JSON log line that satisfies `match`. */
  logLine(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

let running: ChildProcessWithoutNullStreams | undefined;
afterEach(() => {
  if (running?.exitCode === null) running.kill();
});

async function startService(): Promise<Service> {
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SERVICE], {
    env: { ...process.env, LOG_LEVEL: "info" },
  });
  running = child;
  const lines: Record<string, unknown>[] = [];
  const waiters: {
    match: (line: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
  }[] = [];
  let buffer = "";
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const complete = buffer.split("\n");
    buffer = complete.pop()!;
    for (const text of complete) {
      const line = JSON.parse(text) as Record<string, unknown>;
      lines.push(line);
      for (const w of waiters.filter((w) => w.match(line))) w.resolve(line);
    }
  });
  const logLine = (match: (line: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolveLine) => {
      const seen = lines.find(match);
      if (seen) resolveLine(seen);
      else waiters.push({ match, resolve: resolveLine });
    });
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", (code) => resolveExit(code)));
  const { port } = (await logLine((l) => typeof l.port === "number")) as { port: number };
  return { child, origin: `http://127.0.0.1:${port}`, logLine, exited };
}

// Each test starts a Node process with tsx: seconds when the machine is idle, much more on two busy cores.
describe("process error policy", { timeout: 180_000 }, () => {
  it("logs an unhandled rejection with the requests in flight, installs no promise hooks, keeps serving", async () => {
    const service = await startService();
    const ask = (path: string, requestId: string) =>
      fetch(`${service.origin}${path}`, { headers: { "x-request-id": requestId } }).then((r) => r.text());
    expect(await ask("/hooks", "req-hooks-1")).toBe("false");

    const rejecting = ask("/reject", "req-lost-1");
    const logged = await service.logLine((l) => l.level === 50);
    expect(logged).toMatchObject({
      msg: expect.stringContaining("unhandled promise rejection"),
      requestsInFlight: ["req-lost-1"],
    });
    expect(logged.requestId).toBeUndefined();
    expect((logged.err as { message: string }).message).toBe("nobody awaited this");

    expect(await ask("/release", "req-release-1")).toBe("ok");
    expect(await rejecting).toBe("ok");
    expect(await ask("/hooks", "req-hooks-2")).toBe("false");
    expect(service.child.exitCode).toBeNull();
  });

  it("names the exact request when it runs in a request scope", async () => {
    const service = await startService();
    const headers = { "x-request-id": "req-scoped-1", "x-scoped": "1" };
    const rejecting = fetch(`${service.origin}/reject`, { headers });
    const logged = await service.logLine((l) => l.level === 50);
    expect(logged).toMatchObject({ requestId: "req-scoped-1", msg: expect.stringContaining("unhandled") });
    expect(logged.requestsInFlight).toBeUndefined();
    await fetch(`${service.origin}/release`);
    expect(await (await rejecting).text()).toBe("ok");
  });

  it("logs an uncaught exception with its request id and ends the process", async () => {
    const service = await startService();
    await fetch(`${service.origin}/throw`, { headers: { "x-request-id": "req-crash-1", "x-scoped": "1" } });
    expect(await service.exited).toBe(1);
    const logged = await service.logLine((l) => l.requestId === "req-crash-1");
    expect(logged).toMatchObject({ level: 60, msg: expect.stringContaining("uncaught exception") });
  });
});
