// The registry's feed: stored rows after a cursor, in the order stored, each with its dispute's scope now.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { applyCaseEvents } from "./timeline.js";
import { readFeed } from "./feed.js";

const WAGES = "330122260000027"; // seeded: dispatched to labour mediation

describe("the registry's feed", () => {
  const store = useMigratedStore(subgraph, { seed: true });

  it("answers only the head without a cursor, then what was stored after it, with who may see it", async () => {
    const { events, head } = await readFeed(store(), undefined);
    expect(events).toEqual([]);

    const id = randomUUID();
    await applyCaseEvents(store(), [
      {
        id,
        source: "mediation",
        sequence: 1,
        disputeCode: WAGES,
        type: "MEDIATION_SESSION_HELD",
        occurredAt: new Date().toISOString(),
        summary: "调解员主持调解",
      },
    ]);
    const page = await readFeed(store(), head);
    expect(page.events).toHaveLength(1);
    expect(page.events[0]).toMatchObject({
      kind: "step",
      type: "MEDIATION_SESSION_HELD",
      disputeCode: WAGES,
      dispute: { leadDepartment: "MEDIATION", scope: { department: "petitions", coHandlers: ["mediation"] } },
    });
    expect(page.events[0]!.dispute!.scope.partyIds!.length).toBeGreaterThan(0);
    expect(page.head).toEqual({ at: page.events[0]!.at, id: page.events[0]!.id });
    expect((await readFeed(store(), page.head)).events).toEqual([]);
  });
});
