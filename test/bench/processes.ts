// The benchmarks' child processes: each a TypeScript entry point run with tsx, its output in a log file
// of the run's own folder, and all of them stopped together (SIGTERM, SIGKILL after 10 s), also on Ctrl-C.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ProcessGroup {
  /** Where each process's `<name>.log` is written. */
  logDir: string;
  /** Why a process ended, by name, once it has (for readiness checks to report). */
  exits: Map<string, string>;
  start(
    name: string,
    cwd: string,
    script: string[],
    env: NodeJS.ProcessEnv,
    nodeOptions?: string[],
  ): Promise<ChildProcess>;
  /** The process id of a running process. */
  pidOf(name: string): number | undefined;
  stopAll(): Promise<void>;
}

export async function processGroup(logPrefix: string): Promise<ProcessGroup> {
  const logDir = await mkdtemp(join(tmpdir(), logPrefix));
  const children = new Map<string, ChildProcess>();
  const exits = new Map<string, string>();

  const start = async (
    name: string,
    cwd: string,
    script: string[],
    env: NodeJS.ProcessEnv,
    nodeOptions: string[] = [],
  ) => {
    const out = await open(join(logDir, `${name}.log`), "w");
    const child = spawn(process.execPath, [...nodeOptions, "--import", "tsx", ...script], {
      cwd,
      env: { ...process.env, ...env },
      // The IPC channel: each process reports the port it bound (they all bind port 0).
      stdio: ["ignore", out.fd, out.fd, "ipc"],
    });
    child.once("exit", (code, signal) => {
      exits.set(name, `${name} exited (code ${code}, signal ${signal}); see ${join(logDir, `${name}.log`)}`);
      children.delete(name);
      void out.close();
    });
    children.set(name, child);
    return child;
  };

  const stopAll = async () => {
    await Promise.all(
      [...children.values()].map(
        (child) =>
          new Promise<void>((done) => {
            const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
            child.once("exit", () => {
              clearTimeout(timer);
              done();
            });
            child.kill("SIGTERM");
          }),
      ),
    );
  };
  process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));

  return { logDir, exits, start, pidOf: (name) => children.get(name)?.pid, stopAll };
}
