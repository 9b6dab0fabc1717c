// The policy in a real process: a promise nobody awaited is logged with its request id and the process
// keeps answering; an uncaught exception is logged and ends the process.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const here = import.meta.dirname;

/** A small HTTP service with the policy installed: /reject leaves a rejected promise, /throw throws later. */
const SERVICE = `
const { installProcessErrorPolicy, requestScope } = await import(${JSON.stringify(resolve(here, "process-errors.ts"))});
const { createLogger } = await import(${JSON.stringify(resolve(here, "../logger.ts"))});
const http = await import("node:http");
installProcessErrorPolicy(createLogger("policy-test"));
const server = http.createServer((req, res) => {
  requestScope.run({ requestId: req.headers["x-request-id"] }, () => {
    if (req.url === "/reject") Promise.reject(new Error("nobody awaited this"));
    if (req.url === "/throw") setImmediate(() => { throw new Error("state unknown"); });
    res.end("ok");
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
  it("logs an unhandled rejection with the request that started it and keeps serving", async () => {
    const service = await startService();
    await fetch(`${service.origin}/reject`, { headers: { "x-request-id": "req-lost-1" } });
    const logged = await service.logLine((l) => l.requestId === "req-lost-1");
    expect(logged).toMatchObject({ level: 50, msg: expect.stringContaining("unhandled promise rejection") });
    expect((logged.err as { message: string }).message).toBe("nobody awaited this");

    const after = await fetch(`${service.origin}/ok`);
    expect(await after.text()).toBe("ok");
    expect(service.child.exitCode).toBeNull();
  });

  it("logs an uncaught exception with its request id and ends the process", async () => {
    const service = await startService();
    await fetch(`${service.origin}/throw`, { headers: { "x-request-id": "req-crash-1" } });
    expect(await service.exited).toBe(1);
    const logged = await service.logLine((l) => l.requestId === "req-crash-1");
    expect(logged).toMatchObject({ level: 60, msg: expect.stringContaining("uncaught exception") });
  });
});
