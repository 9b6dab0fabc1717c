// Reference data through the registry's schema: regions by name down to townships, categories, bodies, and
// the cockpit's places named beside their codes (seeded demo stories, at a fixed simulated time).
import { describe, expect, it } from "vitest";
import { runAtOffset } from "@onedoor/shared/clock/now";
import { useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { demoId } from "@onedoor/shared/demo/mediation-directory";
import { subgraph } from "../subgraph.js";
import { ANONYMOUS, APPLICANT, CLERK, LEADER } from "../testing/callers.js";

const at = <T>(instant: string, fn: () => Promise<T>): Promise<T> => runAtOffset(Date.parse(instant) - Date.now(), fn);

describe("reference data queries", () => {
  const kit = useSubgraphKit(subgraph, { seed: true });

  it("lists the townships of a county by name, and one region with its full name", async () => {
    const result = await kit.run(
      APPLICANT,
      `{ regions(parent: "330122") { code name level parentCode } region(code: "330122109") { name fullName level } }`,
    );
    expect(result.errors).toEqual([]);
    expect(result.data!.regions).toContainEqual({
      code: "330122003",
      name: "桐君街道",
      level: "TOWNSHIP",
      parentCode: "330122",
    });
    expect(result.data!.region).toEqual({ name: "分水镇", fullName: "浙江省杭州市桐庐县分水镇", level: "TOWNSHIP" });
  });

  it("refuses a malformed region code with a bilingual error, and anonymous callers", async () => {
    const bad = await kit.run(CLERK, `{ regions(parent: "33-01") { code } }`);
    expect(bad.errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    const problem = (bad.errors[0]!.extensions as { problems: { messageZh: string; messageEn: string }[] })
      .problems[0]!;
    expect(problem.messageZh).not.toBe("");
    expect(problem.messageEn).not.toBe("");
    const anonymous = await kit.run(ANONYMOUS, `{ categories { code } }`);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors).not.toEqual([]);
  });

  it("lists the categories in force with routing hints, and a county's bodies", async () => {
    await at("2026-12-03T10:00:00+08:00", async () => {
      const result = await kit.run(
        CLERK,
        `{ categories { code name listVersion routingHints { department body } } bodies(regionCode: "330122") { id name kind } }`,
      );
      expect(result.errors).toEqual([]);
      const labour = result.data!.categories.find((c: { code: string }) => c.code === "LABOUR");
      expect(labour).toMatchObject({ name: "劳动争议", listVersion: "ZJ-MTZX-2025" });
      expect(labour.routingHints[0]).toEqual({ department: "ARBITRATION", body: "{county}劳动人事争议仲裁委员会" });
      // Arbitration publishes its commissions: the county's is named by its id in arbitration's directory.
      expect(result.data!.bodies).toContainEqual({
        id: demoId("桐庐县劳动人事争议仲裁委员会"),
        name: "桐庐县劳动人事争议仲裁委员会",
        kind: "ARBITRATION",
      });
    });
  });

  it("names the cockpit's places beside their codes, in the order of the deprecated regions", async () => {
    const result = await kit.run(
      LEADER,
      `query ($filter: CockpitFilter!) { cockpit(filter: $filter) { intake { regions { label count } places { code name count } } } }`,
      { filter: { from: "2026-01-01", to: "2026-12-31" } },
    );
    expect(result.errors).toEqual([]);
    const { regions, places } = result.data!.cockpit.intake;
    expect(places.map((p: { code: string; count: number }) => ({ label: p.code, count: p.count }))).toEqual(regions);
    expect(places).toContainEqual({ code: "330122102", name: "横村镇", count: 1 });
    expect(places).toContainEqual({ code: "330903", name: "普陀区", count: 1 });
  });
});
