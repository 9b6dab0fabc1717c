import { afterAll, beforeAll, describe, expect, it } from "vitest";
import express from "express";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { pino } from "pino";
import { MemoryReplayGuard } from "../auth/internal-hop.js";
import { STATUTORY_CLOCKS } from "../clock/index.js";
import { reportClock } from "./reported-clock.js";
import {
  noticeFeed,
  registryInbox,
  jointHandlers,
  jointUnits,
  sentToBody,
  standing,
  type InboxStore,
  type RegistryNotice,
  type RegistryNoticeKind,
} from "./registry-notices.js";
import type { NoticeReader } from "./registry-link.js";

const SECRET = "registry-notices-test-secret-of-enough-length";

/** The inbox table in memory, as much of it as the inbox uses. */
function memoryInbox() {
  const rows: {
    id: string;
    sequence: bigint;
    disputeCode: string;
    kind: RegistryNoticeKind;
    body: string | null;
    recordId: string | null;
    occurredAt: Date;
  }[] = [];
  const store: InboxStore = {
    registryNotice: {
      findFirst: async () =>
        rows.length
          ? {
              sequence: rows
                .map((r) => r.sequence)
                .sort()
                .at(-1)!,
            }
          : null,
      findMany: async ({ where }) =>
        rows
          .filter((r) => r.disputeCode === where.disputeCode)
          .map((r) => ({ clock: null, ...r }))
          .sort((a, b) => Number(a.sequence - b.sequence)),
      createMany: async ({ data }) => {
        for (const row of data) if (!rows.some((r) => r.id === row.id)) rows.push(row);
      },
    },
  };
  return { rows, store };
}

describe("the registry's notices to a department", () => {
  const published: (RegistryNotice & { reader: NoticeReader })[] = [];
  const publish = (reader: NoticeReader, disputeCode: string, kind: RegistryNoticeKind) =>
    published.push({
      reader,
      id: crypto.randomUUID(),
      sequence: published.length + 1,
      disputeCode,
      kind,
      body: null,
      recordId: null,
      occurredAt: new Date(0).toISOString(),
    });
  let server: Server;
  let origin: string;
  let reads = 0;
  beforeAll(async () => {
    const app = express();
    app.use(
      noticeFeed(
        SECRET,
        async (reader, after, limit) => {
          reads++;
          return published
            .filter((n) => n.reader === reader && BigInt(n.sequence) > after)
            .slice(0, limit)
            .map(({ reader: _reader, ...notice }) => notice);
        },
        new MemoryReplayGuard(),
      ),
    );
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const inboxOf = (name: NoticeReader, secret = SECRET) => {
    const memory = memoryInbox();
    return {
      ...memory,
      inbox: registryInbox({ name, store: memory.store, secret, log: pino({ level: "silent" }), origin }),
    };
  };

  it("lets a department open a case only on a dispute sent to it and still open", async () => {
    publish("mediation", "330122-2026-000101", "SENT");
    publish("arbitration", "330122-2026-000102", "SENT");
    publish("mediation", "330122-2026-000103", "HANDED_OVER");
    publish("mediation", "330122-2026-000103", "CLOSED");
    const { inbox } = inboxOf("mediation");
    await expect(inbox.requireOpen("330122-2026-000101")).resolves.toMatchObject({ open: true, kind: "SENT" });
    const refusal = (code: string) => inbox.requireOpen(code).catch((e: { extensions: unknown }) => e.extensions);
    expect(await refusal("330122-2026-000102")).toMatchObject({ code: "INVALID_STATE", reason: "NOT_SENT_HERE" });
    expect(await refusal("330122-2026-000103")).toMatchObject({ code: "INVALID_STATE", reason: "CLOSED" });
    expect(await refusal("330122-2026-000999")).toMatchObject({ reason: "NOT_SENT_HERE" });
  });

  it("reads each department's own feed on from the last notice it holds, once", async () => {
    const { inbox, rows } = inboxOf("arbitration");
    expect(await inbox.sync()).toBe(true);
    expect(rows.map((r) => r.disputeCode)).toEqual(["330122-2026-000102"]);
    publish("arbitration", "330122-2026-000104", "HANDED_OVER");
    const before = reads;
    expect(await inbox.sync()).toBe(true);
    expect(await inbox.sync()).toBe(true);
    expect(rows.map((r) => `${r.disputeCode} ${r.kind}`)).toEqual([
      "330122-2026-000102 SENT",
      "330122-2026-000104 HANDED_OVER",
    ]);
    expect(reads - before).toBe(2);
  });

  it("reads on before deciding, so a closure of a moment ago refuses what the inbox still held as open", async () => {
    const { inbox } = inboxOf("legal-aid");
    publish("legal-aid", "330122-2026-000105", "SENT");
    await expect(inbox.requireOpen("330122-2026-000105")).resolves.toMatchObject({ open: true });
    publish("legal-aid", "330122-2026-000105", "CLOSED");
    await expect(inbox.requireOpen("330122-2026-000105")).rejects.toMatchObject({ extensions: { reason: "CLOSED" } });
  });

  it("refuses a reader whose signature is not the registry's secret, and keeps what it has", async () => {
    const { inbox, rows } = inboxOf("litigation", "some-other-secret-of-enough-length-000");
    expect(await inbox.sync()).toBe(false);
    expect(rows).toEqual([]);
  });

  it("takes the latest notice as the standing: a recall or a closure ends it, a new sending reopens it", () => {
    expect(standing([])).toEqual({ open: false, reason: "NOT_SENT_HERE" });
    expect(
      standing([
        { kind: "HANDED_OVER", body: "x" },
        { kind: "RECALLED", body: "x" },
      ]),
    ).toEqual({
      open: false,
      reason: "RECALLED",
    });
    expect(
      standing([
        { kind: "RECALLED", body: null },
        { kind: "SENT", body: "委" },
      ]),
    ).toEqual({
      open: true,
      kind: "SENT",
      body: "委",
      bodyId: null,
      coHandlers: [],
      coHandlerIds: [],
      courtClock: null,
    });
  });

  it("names the body by id, with its co-handlers: only they may take the case", () => {
    const sent = standing([
      { kind: "SENT", body: "商会调委会", bodyId: "b-1", coHandlers: ["劳动争议调委会"] },
    ]) as Extract<ReturnType<typeof standing>, { open: true }>;
    expect(sent).toMatchObject({ bodyId: "b-1", coHandlers: ["劳动争议调委会"] });
    expect(sentToBody(sent, { id: "b-1", name: "商会调委会" })).toBe(true);
    expect(sentToBody(sent, { id: "b-2", name: "劳动争议调委会" })).toBe(true);
    expect(sentToBody(sent, { id: "b-3", name: "商会调委会" })).toBe(false);
    const byName = standing([{ kind: "HANDED_OVER", body: "商会调委会" }]) as typeof sent;
    expect(sentToBody(byName, { id: "b-9", name: "商会调委会" })).toBe(true);
    expect(sentToBody(byName, { id: "b-1", name: "联合调委会" })).toBe(false);
    const toDepartment = standing([{ kind: "SENT", body: null }]) as typeof sent;
    expect(sentToBody(toDepartment, { id: "b-1", name: "联合调委会" })).toBe(true);
  });

  it("carries a joint dispatch to the body that takes it: the lead and the co-handlers, less itself", () => {
    const sent = standing([
      { kind: "SENT", body: "商会调委会", bodyId: "b-1", coHandlers: ["劳动争议调委会", "县总工会"] },
    ]) as Extract<ReturnType<typeof standing>, { open: true }>;
    expect(jointHandlers(sent, { name: "商会调委会" })).toEqual(["劳动争议调委会", "县总工会"]);
    expect(jointHandlers(sent, { name: "劳动争议调委会" })).toEqual(["商会调委会", "县总工会"]);
    const alone = standing([{ kind: "SENT", body: null }]) as typeof sent;
    expect(jointHandlers(alone, { name: "联合调委会" })).toEqual([]);
  });

  it("carries the units a dispatch named by id to the body that takes it, with their names, less itself", () => {
    const sent = standing([
      {
        kind: "SENT",
        body: "商会调委会",
        bodyId: "b-1",
        coHandlers: ["劳动争议调委会", "县人力社保局", "县总工会"],
        coHandlerIds: ["b-2", "u-1", "u-2"],
      },
    ]) as Extract<ReturnType<typeof standing>, { open: true }>;
    expect(jointUnits(sent, { id: "b-1", name: "商会调委会" })).toEqual([
      { unitId: "b-2", name: "劳动争议调委会" },
      { unitId: "u-1", name: "县人力社保局" },
      { unitId: "u-2", name: "县总工会" },
    ]);
    expect(jointUnits(sent, { id: "b-2", name: "劳动争议调委会" }).map((u) => u.unitId)).toEqual(["b-1", "u-1", "u-2"]);
    // A notice from before co-handlers had ids carries names alone: none of them comes by reference.
    const byName = standing([{ kind: "SENT", body: "商会调委会", coHandlers: ["县总工会"] }]) as typeof sent;
    expect(jointUnits(byName, { id: "b-2", name: "劳动争议调委会" })).toEqual([]);
  });

  it("hands a court's delegation over with the court's clock, and only a well-formed one", () => {
    const clock = reportClock("9e4b2c71-3d5a-4f8e-a1b6-7c0d2e9f4a13", STATUTORY_CLOCKS.clocks.preFilingMediation, {
      startedAt: new Date("2026-10-05T01:00:00Z"),
      pauses: [],
      extensions: [],
    });
    expect(standing([{ kind: "DELEGATED", body: "桐庐县商事人民调解委员会", clock }])).toEqual({
      open: true,
      kind: "DELEGATED",
      body: "桐庐县商事人民调解委员会",
      bodyId: null,
      coHandlers: [],
      coHandlerIds: [],
      courtClock: clock,
    });
    expect(standing([{ kind: "DELEGATED", body: "委", clock: { spec: { kind: "madeUp" } } }])).toMatchObject({
      courtClock: null,
    });
  });

  it("hands the court's clock over as the court last changed it after the delegation, for that court case only", () => {
    const clock = (recordId: string, days: number[]) =>
      reportClock(recordId, STATUTORY_CLOCKS.clocks.preFilingMediation, {
        startedAt: new Date("2026-10-05T01:00:00Z"),
        pauses: [],
        extensions: days.map((d) => ({
          days: d,
          approvedBy: "法院",
          reason: "双方同意",
          at: new Date("2026-10-20T01:00:00Z"),
        })),
      });
    const court = "9e4b2c71-3d5a-4f8e-a1b6-7c0d2e9f4a13";
    const notices = [
      { kind: "DELEGATED" as const, body: "委", clock: clock(court, []) },
      { kind: "COURT_CLOCK_CHANGED" as const, body: null, clock: clock(court, [10]) },
      { kind: "COURT_CLOCK_CHANGED" as const, body: null, clock: clock("another-court-case", [20]) },
    ];
    expect(standing(notices)).toMatchObject({ kind: "DELEGATED", courtClock: clock(court, [10]) });
    // A clock change is a fact, not a holding: it neither opens a dispute nor survives a recall.
    expect(standing(notices.slice(1))).toEqual({ open: false, reason: "NOT_SENT_HERE" });
  });
});
