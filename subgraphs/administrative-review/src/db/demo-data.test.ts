// The demo reviews report their clocks to the registry as the review body's steps do (期限上报).
import { describe, expect, it } from "vitest";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { reportedReviewClocks } from "../domain/clocks.js";

describe("administrative review demo data", () => {
  const store = useMigratedStore(subgraph, { seed: true });

  it("reports each story case's clocks with its last step, as the case computes them", async () => {
    const cases = await store().administrativeReviewCase.findMany();
    expect(cases.length).toBeGreaterThan(0);
    for (const row of cases) {
      const events = await store().outboxEvent.findMany({ where: { recordId: row.id }, orderBy: { sequence: "asc" } });
      expect(events.at(-1)!.clocks).toEqual(reportedReviewClocks(row));
      expect(events.slice(0, -1).map((e) => e.clocks)).toEqual(events.slice(0, -1).map(() => null));
    }
  });
});
