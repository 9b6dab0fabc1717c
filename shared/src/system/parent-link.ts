// A service's side of its link to the launcher, an IPC channel when the launcher started it: what the
// service is doing, the port it got, why it could not start, and ending with the launcher. Run on its
// own (no channel), a service only logs.

/** What a service tells the launcher. */
export type ServiceMessage =
  /** What it is doing now: "opening database", "migrating 3/7", "seeding demo data", ... */
  | { onedoor: "progress"; phase: string }
  /** Listening on this port (it may have asked for port 0), not ready yet. */
  | { onedoor: "listening"; port: number }
  | { onedoor: "ready"; port: number }
  /** It cannot start, and why (e.g. its data folder is held by another process). */
  | { onedoor: "failed"; message: string };

export function isServiceMessage(value: unknown): value is ServiceMessage {
  return typeof value === "object" && value !== null && typeof (value as { onedoor?: unknown }).onedoor === "string";
}

export function reportToLauncher(message: ServiceMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

export function reportProgress(phase: string): void {
  void reportToLauncher({ onedoor: "progress", phase });
}

/**
 * Runs a service until SIGTERM, SIGINT or its launcher going away (Ctrl-C, an error, kill -9 of the
 * launcher all close the IPC channel), then stops it cleanly, so no orphan keeps its port or data folder.
 * Asked to end while still starting, it exits at once: an interrupted start is safe (migrations and demo
 * seeding are transactions, the data-folder lock is released on exit).
 */
export async function runService(start: () => Promise<{ stop(): Promise<void> }>): Promise<void> {
  let running: { stop(): Promise<void> } | undefined;
  let ending = false;
  const end = () => {
    if (ending) return;
    ending = true;
    if (!running) process.exit(1);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, end);
  // Started with a channel that is already closed: the launcher ended while this process was loading.
  if (process.send && !process.connected) process.exit(1);
  process.once("disconnect", end);
  try {
    running = await start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error);
    await reportToLauncher({ onedoor: "failed", message });
    process.exit(1);
  }
}
