// One process per embedded-database folder. Two PGlite instances writing the same files corrupt them,
// and PGlite itself does not stop a second opener, so a lock file beside the folder (`<folder>.lock`)
// holds the owner's pid. A lock whose process is gone (killed, crashed) is taken over.
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";

export interface FolderLock {
  path: string;
  release(): void;
}

export interface LockOwner {
  pid: number;
  host: string;
  /** What the process is, for the refusal message (e.g. "subgraph petitions"). */
  what: string;
  since: string;
}

export class FolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly owner: LockOwner,
  ) {
    super(
      `数据目录 ${folder} 正被进程 ${owner.pid}（${owner.what}，自 ${owner.since} 起）使用，不能同时由两个系统打开。\n` +
        `Data folder ${folder} is in use by process ${owner.pid} (${owner.what}, since ${owner.since}); ` +
        `one system per data folder. Stop that process first, or use another DATA_DIR.`,
    );
    this.name = "FolderInUseError";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number" ? (owner as LockOwner) : undefined;
  } catch {
    // Gone meanwhile, or cut short by a crash while being written: nobody holds it.
    return undefined;
  }
}

/** Lock files this process holds now. */
const heldHere = new Set<string>();

/**
 * Held by a live process on this machine (a lock from another host cannot be checked, so it counts as held).
 * A lock naming this process's pid that this process did not take was left by an earlier process whose pid
 * was reused (after a reboot, or in a container where every service is pid 1).
 */
function held(path: string, owner: LockOwner | undefined): owner is LockOwner {
  if (owner === undefined) return false;
  if (owner.host !== hostname()) return true;
  return owner.pid === process.pid ? heldHere.has(path) : alive(owner.pid);
}

/** The live process holding `folder`, if any. */
export function holderOf(folder: string): LockOwner | undefined {
  const path = `${folder}.lock`;
  const owner = readOwner(path);
  return held(path, owner) ? owner : undefined;
}

/** Locks `folder` for this process until `release` or exit; throws FolderInUseError when a live process holds it. */
export function lockFolder(folder: string, what: string): FolderLock {
  const path = `${folder}.lock`;
  const mine: LockOwner = { pid: process.pid, host: hostname(), what, since: new Date().toISOString() };
  // Written whole under a private name, then linked into place: link fails if the lock exists, so of two
  // openers exactly one gets it, and nobody ever reads a half-written lock of a live process.
  const draft = `${path}.${process.pid}`;
  // The lock sits beside the folder: on a first start neither exists yet.
  mkdirSync(dirname(folder), { recursive: true });
  writeFileSync(draft, JSON.stringify(mine));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(draft, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const owner = readOwner(path);
      if (held(path, owner)) throw new FolderInUseError(folder, owner);
      if (attempt >= 5) throw new Error(`could not lock ${folder}: its lock file ${path} keeps changing`);
      // Stale: move it aside under our own name, and only then look at what we moved. Another opener
      // may have replaced the stale lock with its live one meanwhile; then put that one back.
      const aside = `${path}.stale.${process.pid}`;
      try {
        renameSync(path, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        throw error;
      }
      const moved = readOwner(aside);
      if (held(path, moved)) {
        try {
          linkSync(aside, path);
        } finally {
          unlinkSync(aside);
        }
        throw new FolderInUseError(folder, moved);
      }
      unlinkSync(aside);
    }
  } finally {
    unlinkSync(draft);
  }

  heldHere.add(path);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    heldHere.delete(path);
    process.off("exit", release);
    // Only our own lock: never remove one another process took over.
    if (existsSync(path) && readOwner(path)?.pid === process.pid) unlinkSync(path);
  };
  // However the process ends short of a kill -9, the lock goes with it; after a kill -9 it is stale.
  process.on("exit", release);
  return { path, release };
}
