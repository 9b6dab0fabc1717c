import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { FolderInUseError, lockFolder } from "./folder-lock.js";

describe("data folder lock", async () => {
  const root = await mkdtemp(join(tmpdir(), "onedoor-lock-"));
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("refuses a second opener, naming the folder and the process holding it, until released", () => {
    const folder = join(root, "petitions");
    const lock = lockFolder(folder, "subgraph petitions");
    expect(JSON.parse(readFileSync(`${folder}.lock`, "utf8"))).toMatchObject({ pid: process.pid });
    let refusal: unknown;
    try {
      lockFolder(folder, "subgraph petitions");
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(FolderInUseError);
    expect((refusal as Error).message).toContain(folder);
    expect((refusal as Error).message).toContain(`process ${process.pid} (subgraph petitions`);
    expect((refusal as Error).message).toContain("数据目录");
    lock.release();
    expect(existsSync(`${folder}.lock`)).toBe(false);
    lockFolder(folder, "subgraph petitions").release();
  });

  it("takes over the lock of a process that is gone", () => {
    const folder = join(root, "mediation");
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(
      `${folder}.lock`,
      JSON.stringify({ pid: dead, host: hostname(), what: "subgraph mediation", since: "2026-01-01T00:00:00Z" }),
    );
    const lock = lockFolder(folder, "subgraph mediation");
    expect(JSON.parse(readFileSync(`${folder}.lock`, "utf8"))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it("locks a folder whose parent does not exist yet (a first start)", () => {
    const folder = join(root, "fresh-clone", "data", "arbitration");
    const lock = lockFolder(folder, "subgraph arbitration");
    expect(existsSync(`${folder}.lock`)).toBe(true);
    lock.release();
  });

  it("takes over a lock naming its own pid that it never took (a pid reused after a reboot or in a container)", () => {
    const folder = join(root, "litigation");
    writeFileSync(
      `${folder}.lock`,
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        what: "subgraph litigation",
        since: "2026-01-01T00:00:00Z",
      }),
    );
    const lock = lockFolder(folder, "subgraph litigation");
    expect(JSON.parse(readFileSync(`${folder}.lock`, "utf8")).since).not.toBe("2026-01-01T00:00:00Z");
    lock.release();
  });
});
