// The demo docket reports its cases' clocks to the registry as the commission's steps do (期限上报).
import { describe, expect, it } from "vitest";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { reportedCaseClocks } from "../domain/case-machine.js";
import { factsOf } from "./rows.js";

describe("arbitration demo data", () => {
  const store = useMigratedStore(subgraph, { seed: true });

  it("reports every story case's clocks with its event, as the case computes them", async () => {
    const events = await store().outboxEvent.findMany({ orderBy: { sequence: "asc" } });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const row = await store().arbitrationCase.findUniqueOrThrow({ where: { id: event.recordId! } });
      expect(event.clocks).toEqual(reportedCaseClocks(row.id, factsOf(row)));
      expect(event.clocks).not.toEqual([]);
    }
  });
});
