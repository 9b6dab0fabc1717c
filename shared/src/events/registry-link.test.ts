import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { DEVELOPMENT_SECRET, MemoryReplayGuard } from "../auth/internal-hop.js";
import type { CaseEvent } from "./case-event.js";
import type { CaseEventType } from "./case-event-types.js";
import { eventReceiver, registryDelivery } from "./registry-link.js";
import { reportClock } from "./reported-clock.js";
import { STATUTORY_CLOCKS } from "../clock/index.js";

const applied: CaseEvent[][] = [];
let server: Server;
let origin: string;

beforeAll(async () => {
  const app = express().use(
    eventReceiver(DEVELOPMENT_SECRET, async (events) => void applied.push(events), new MemoryReplayGuard()),
  );
  server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

const batch = (source: CaseEvent["source"], ...types: string[]): CaseEvent[] =>
  types.map((type, index) => ({
    id: randomUUID(),
    source,
    sequence: index + 1,
    disputeCode: "330122260000027",
    // The wire carries any string: what a department of another version, or an attacker, might send.
    type: type as CaseEventType,
    occurredAt: "2026-03-02T02:00:00.000Z",
    summary: "测试步骤",
  }));

describe("the registry's intake of case events", () => {
  it("takes a batch of types its source may report", async () => {
    const events = batch("mediation", "MEDIATION_ACCEPTED", "MEDIATOR_ASSIGNED");
    await registryDelivery("mediation", DEVELOPMENT_SECRET, origin)(events);
    expect(applied.at(-1)?.map((e) => e.type)).toEqual(["MEDIATION_ACCEPTED", "MEDIATOR_ASSIGNED"]);
  });

  it("refuses the whole batch when one type is unknown or another department's, and applies none of it", async () => {
    const before = applied.length;
    await expect(
      registryDelivery("mediation", DEVELOPMENT_SECRET, origin)(batch("mediation", "MEDIATION_ACCEPTED", "MADE_UP")),
    ).rejects.toThrow("registry answered 400");
    await expect(
      registryDelivery("mediation", DEVELOPMENT_SECRET, origin)(batch("mediation", "DISPUTE_CLOSED")),
    ).rejects.toThrow("registry answered 400");
    expect(applied.length).toBe(before);
  });

  it("takes a well-formed clock report and refuses a batch with a malformed one or an unlisted clock kind", async () => {
    const clock = reportClock("0f5e8a52-7d4e-4a3b-9c0e-3b8f2d1c6a70", STATUTORY_CLOCKS.clocks.medicalMediation, {
      startedAt: new Date("2026-03-02T02:00:00Z"),
      pauses: [{ from: new Date("2026-03-05T02:00:00Z"), reason: "医疗损害鉴定" }],
      extensions: [],
    });
    const [accepted] = batch("mediation", "MEDIATION_ACCEPTED");
    await registryDelivery("mediation", DEVELOPMENT_SECRET, origin)([{ ...accepted!, clocks: [clock] }]);
    expect(applied.at(-1)?.[0]?.clocks).toEqual([clock]);

    const before = applied.length;
    const malformed: unknown[] = [
      { ...clock, spec: { ...clock.spec, kind: "madeUp" } },
      { ...clock, startedAt: "yesterday" },
      { ...clock, pauses: [{ from: "2026-03-05T02:00:00Z" }] },
      { ...clock, recordId: "" },
    ];
    for (const bad of malformed) {
      const [event] = batch("mediation", "MEDIATION_ACCEPTED");
      await expect(
        registryDelivery("mediation", DEVELOPMENT_SECRET, origin)([{ ...event!, clocks: [bad as typeof clock] }]),
      ).rejects.toThrow("registry answered 400");
    }
    expect(applied.length).toBe(before);
  });

  it("takes an in-person session's attendance and refuses a batch with a malformed one, applying none of it", async () => {
    const attendance = { at: "2026-03-02T02:00:00.000Z", place: "矛调中心第二调解室", inPerson: true };
    const [held] = batch("mediation", "MEDIATION_SESSION_HELD");
    await registryDelivery("mediation", DEVELOPMENT_SECRET, origin)([{ ...held!, data: { attendance } }]);
    expect(applied.at(-1)?.[0]?.data).toEqual({ attendance });

    const before = applied.length;
    for (const bad of [
      { ...attendance, inPerson: false },
      { ...attendance, place: "" },
      { at: "soon", place: "x" },
    ]) {
      const [first, second] = batch("mediation", "MEDIATION_ACCEPTED", "MEDIATION_SESSION_HELD");
      await expect(
        registryDelivery("mediation", DEVELOPMENT_SECRET, origin)([first!, { ...second!, data: { attendance: bad } }]),
      ).rejects.toThrow("registry answered 400");
    }
    // Attendance only travels with a step the parties attend.
    const [agreement] = batch("mediation", "MEDIATION_AGREEMENT_REACHED");
    await expect(
      registryDelivery("mediation", DEVELOPMENT_SECRET, origin)([{ ...agreement!, data: { attendance } }]),
    ).rejects.toThrow("registry answered 400");
    expect(applied.length).toBe(before);
  });
});
