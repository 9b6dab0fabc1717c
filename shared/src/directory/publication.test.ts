// 名录发布: a department's directory reaches the registry whole, signed, and well-formed, or not at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { DEVELOPMENT_SECRET, MemoryReplayGuard } from "../auth/internal-hop.js";
import { createLogger } from "../logger.js";
import {
  directoryDelivery,
  directoryReceiver,
  startDirectoryPublisher,
  type DirectoryPublication,
  type PublishedBody,
} from "./publication.js";

const applied: DirectoryPublication[] = [];
let server: Server;
let origin: string;

beforeAll(async () => {
  const app = express().use(
    directoryReceiver(
      DEVELOPMENT_SECRET,
      async (publication) => void applied.push(publication),
      new MemoryReplayGuard(),
    ),
  );
  server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

const COMMITTEE: PublishedBody = {
  id: "0b6f3c1e-2a4d-4e8f-9a1b-3c5d7e9f1a2b",
  name: "桐庐县医疗纠纷人民调解委员会",
  kind: "MEDICAL",
  regionCode: "330122",
  categories: ["医疗"],
  coversAllCategories: false,
  status: "ACTIVE",
  staffed: 2,
};

describe("publishing a department's directory to the registry", () => {
  it("delivers the whole directory, stamped with when it was read", async () => {
    await directoryDelivery("mediation", DEVELOPMENT_SECRET, origin)([COMMITTEE]);
    expect(applied.at(-1)).toMatchObject({ source: "mediation", bodies: [COMMITTEE] });
    expect(Number.isNaN(Date.parse(applied.at(-1)!.publishedAt))).toBe(false);
  });

  it("refuses a publication holding a malformed body, and applies none of it", async () => {
    const before = applied.length;
    for (const bad of [
      { ...COMMITTEE, status: "CLOSED" },
      { ...COMMITTEE, regionCode: "33012" },
      { ...COMMITTEE, staffed: -1 },
      { ...COMMITTEE, name: "" },
    ])
      await expect(directoryDelivery("mediation", DEVELOPMENT_SECRET, origin)([bad as PublishedBody])).rejects.toThrow(
        "registry answered 400",
      );
    await expect(directoryDelivery("mediation", DEVELOPMENT_SECRET, origin)([COMMITTEE, COMMITTEE])).rejects.toThrow(
      "registry answered 400",
    );
    expect(applied.length).toBe(before);
  });

  it("refuses an unsigned publication, one signed with another secret, and one from the registry itself", async () => {
    const before = applied.length;
    const unsigned = await fetch(`${origin}/internal/directory`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ source: "mediation", publishedAt: new Date().toISOString(), bodies: [] }),
    });
    expect(unsigned.status).toBe(401);
    await expect(directoryDelivery("mediation", "another-secret", origin)([COMMITTEE])).rejects.toThrow(
      "registry answered 401",
    );
    await expect(directoryDelivery("petitions", DEVELOPMENT_SECRET, origin)([])).rejects.toThrow(
      "registry answered 401",
    );
    expect(applied.length).toBe(before);
  });

  it("publishes at start and again when nudged, one publication at a time, and stops", async () => {
    let reads = 0;
    let delivered = 0;
    let release: () => void = () => {};
    const publisher = startDirectoryPublisher({
      read: async () => {
        reads += 1;
        return [COMMITTEE];
      },
      deliver: () =>
        new Promise<void>((resolve) => {
          delivered += 1;
          release = resolve;
        }),
      log: createLogger("test"),
      intervalMs: 3_600_000,
    });
    await expect.poll(() => delivered).toBe(1);
    // Two nudges during a publication make one more, not two.
    publisher.nudge();
    publisher.nudge();
    release();
    await expect.poll(() => delivered).toBe(2);
    release();
    await publisher.stop();
    expect({ reads, delivered }).toEqual({ reads: 2, delivered: 2 });
  });
});
