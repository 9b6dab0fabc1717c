// The cockpit and alerts within the caller's region, in process on the demo stories (桐庐县 330122, and the
// island story in 普陀区 330903). Each refusal has its control: the caller whose region holds it is answered.
import { describe, expect, it } from "vitest";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { COMMANDER } from "../testing/callers.js";

const putuoCommander = caller("commander", { region: "330903" });
const tongluCommander = caller("commander", { region: "330122" });
const zhoushanLeader = caller("cockpitViewer", { region: "330900" });

const YEAR = { from: "2026-01-01", to: "2026-12-31" };
const COCKPIT = `query ($filter: CockpitFilter!) { cockpit(filter: $filter) { key intake { disputesAccepted { value } } } }`;
const SALON = `{ alerts(filter: { kinds: [SURGE], statuses: [NEW, ACKNOWLEDGED, HANDLED] }, first: 100) { edges { node { id summary disputeCodes } } } }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeAlert(input: { id: $id }) { status disputeCodes } }`;

describe("the cockpit and alerts by region", () => {
  const kit = useSubgraphKit(subgraph, { seed: true });

  it("bounds the root's scope by the caller's region and refuses another county", async () => {
    const own = await kit.run(putuoCommander, COCKPIT, { filter: YEAR });
    expect(own.errors).toEqual([]);
    expect(own.data!.cockpit).toMatchObject({ key: "2026-01-01|2026-12-31|330903|" });
    // The island story only, as the prefecture sees it and the unnarrowed commander asking for 普陀区.
    const island = own.data!.cockpit.intake.disputesAccepted.value as number;
    expect(island).toBe(1);
    const zhoushan = await kit.run(zhoushanLeader, COCKPIT, { filter: YEAR });
    expect(zhoushan.data!.cockpit).toMatchObject({
      key: "2026-01-01|2026-12-31|330900|",
      intake: { disputesAccepted: { value: island } },
    });

    expect((await kit.run(putuoCommander, COCKPIT, { filter: { ...YEAR, regionCode: "330122" } })).codes).toEqual([
      "FORBIDDEN",
    ]);
    expect((await kit.run(zhoushanLeader, COCKPIT, { filter: { ...YEAR, regionCode: "330122101" } })).codes).toEqual([
      "FORBIDDEN",
    ]);
    // Control: 桐庐县 for its own commander and for the unnarrowed one.
    expect((await kit.run(tongluCommander, COCKPIT, { filter: { ...YEAR, regionCode: "330122" } })).codes).toEqual([]);
    expect((await kit.run(COMMANDER, COCKPIT, { filter: { ...YEAR, regionCode: "330122" } })).codes).toEqual([]);
  });

  it("lists and lets act on the region's alerts only", async () => {
    const salonFor = async (who: typeof COMMANDER) =>
      (
        (await kit.run(who, SALON)).data!.alerts as {
          edges: { node: { id: string; summary: string; disputeCodes: string[] } }[];
        }
      ).edges
        .map((e) => e.node)
        .find((a) => a.summary.includes("某连锁美容院"));
    expect(await salonFor(putuoCommander)).toBeUndefined();
    const salon = (await salonFor(tongluCommander))!;
    expect(salon.disputeCodes).toHaveLength(12);

    expect((await kit.run(putuoCommander, ACKNOWLEDGE, { id: salon.id })).codes).toEqual(["FORBIDDEN"]);
    // Control: 桐庐县's commander acknowledges it.
    const acknowledged = await kit.run(tongluCommander, ACKNOWLEDGE, { id: salon.id });
    expect(acknowledged.errors).toEqual([]);
    expect(acknowledged.data!.acknowledgeAlert).toMatchObject({ status: "ACKNOWLEDGED" });
  });
});
