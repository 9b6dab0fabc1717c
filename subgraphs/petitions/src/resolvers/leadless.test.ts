// 件件有着落: the commander's list of dispatched, open disputes that no department leads. It should always
// be empty; this makes one such dispute by hand, as a bug would, and checks the list finds it and only it.
import { describe, expect, it } from "vitest";
import { useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { COMMANDER, registerDispute } from "../testing/callers.js";

const LEADLESS = `query ($leadless: Boolean!) {
  disputes(filter: { withoutLeadDepartment: $leadless }, first: 100) { totalCount edges { node { code } } }
}`;

describe("disputes without a lead department", () => {
  const kit = useSubgraphKit(subgraph);

  it("lists a dispatched, open dispute nobody leads, and only such disputes", async () => {
    const [broken, led, fresh] = [await registerDispute(kit), await registerDispute(kit), await registerDispute(kit)];
    await kit.store().dispute.update({ where: { code: broken.code }, data: { status: "DISPATCHED" } });
    await kit
      .store()
      .dispute.update({ where: { code: led.code }, data: { status: "IN_PROGRESS", leadDepartment: "MEDIATION" } });
    const codes = async (leadless: boolean) => {
      const result = await kit.run(COMMANDER, LEADLESS, { leadless });
      expect(result.codes).toEqual([]);
      const page = (result.data as { disputes: { totalCount: number; edges: { node: { code: string } }[] } }).disputes;
      expect(page.totalCount).toBe(page.edges.length);
      return page.edges.map((e) => e.node.code);
    };
    expect(await codes(true)).toEqual([broken.code]);
    const others = await codes(false);
    expect(others).toEqual(expect.arrayContaining([led.code, fresh.code]));
    expect(others).not.toContain(broken.code);
  });
});
