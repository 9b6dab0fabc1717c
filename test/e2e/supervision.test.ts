// Under supervision (as `npm start` runs), a subgraph that dies is started again by the launcher on its
// own, on the port the gateway knows; and a second system on data folders in use is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSystem, SystemEvent } from "@onedoor/shared/system/launcher";
import { SUBGRAPH_NAMES } from "@onedoor/shared/config";
import { databaseLocation } from "@onedoor/shared/db/database";
import { graphql, startSystem, testDatabases, type TestDatabases } from "../support/system.js";

describe("supervision", () => {
  let databases: TestDatabases;
  let system: RunningSystem;
  beforeAll(async () => {
    databases = await testDatabases();
    system = await startSystem(databases, { supervise: true });
  });
  afterAll(async () => {
    await system?.stop();
    await databases?.drop();
  });

  it("restarts a subgraph killed with SIGKILL, with no action from the test", async () => {
    const events: SystemEvent[] = [];
    const back = new Promise<void>((resolve) =>
      system.events.on("event", (event) => {
        if (event.name !== "mediation") return;
        events.push(event);
        if (event.kind === "ready") resolve();
      }),
    );
    const before = system.pid("mediation")!;
    const origin = system.subgraphOrigin("mediation");
    process.kill(before, "SIGKILL");
    await back;

    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(["exited", "restarting", "spawned", "ready"]));
    expect(events.find((e) => e.kind === "exited")).toMatchObject({ expected: false });
    expect(system.pid("mediation")).not.toBe(before);
    expect(system.subgraphOrigin("mediation")).toBe(origin);
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
    const { body } = await graphql(system.gatewayUrl, "query Committees { committees(first: 1) { totalCount } }");
    expect(body.errors).toBeUndefined();
  });

  it("refuses a second system on data folders in use, naming the folder and the process holding it", async (context) => {
    const petitions = databaseLocation("petitions", databases.env);
    if (petitions.kind !== "pglite")
      return context.skip("PostgreSQL serves several systems; the lock is for PGlite folders");
    const second = await startSystem(databases).then(
      async (started) => {
        await started.stop();
        return undefined;
      },
      (error: unknown) => error as Error,
    );
    expect(second?.message).toMatch(/Data folder .* is in use by process \d+ \(subgraph [\w-]+/);
    const folder = /Data folder (\S+) is in use by process (\d+)/.exec(second!.message)!;
    const holder = Number(folder[2]);
    expect(SUBGRAPH_NAMES.map((name) => system.pid(name))).toContain(holder);
    expect(SUBGRAPH_NAMES.map((name) => databaseLocation(name, databases.env))).toContainEqual({
      kind: "pglite",
      dataDir: folder[1]!.replace(/;$/, ""),
    });
    // The running system was not disturbed.
    expect((await fetch(`${system.gatewayOrigin}/ready`)).status).toBe(200);
  });
});
