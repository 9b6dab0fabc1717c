// 派件: each registry step that gives a department a dispute, takes it back or ends it leaves a notice for that
// department, in the step's transaction, numbered in commit order; the feed gives each department its own.
import { beforeAll, describe, expect, it } from "vitest";
import { demoId, demoMediationDirectory } from "@onedoor/shared/demo/mediation-directory";
import { useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { CLERK, COMMANDER, registerDispute } from "../testing/callers.js";
import { noticesFor } from "./notices.js";
import { applyDirectoryPublication } from "./directory.js";

const DISPATCH = `mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION, body: "桐庐县道路交通事故人民调解委员会", coHandlers: ["桐庐县交警大队"], reason: "当事人申请人民调解" }) { code } }`;
const HAND_OFF = `mutation ($code: ID!) { handOffDispute(input: { code: $code, to: ARBITRATION, reason: "调解不成，申请劳动仲裁" }) { id } }`;
const CLOSE = `mutation ($code: ID!) { closeDispute(input: { code: $code, outcome: RESOLVED_BY_AGREEMENT, result: "双方达成和解", openMatters: "仲裁移交待接收，当事人已和解" }) { status } }`;

describe("the registry's notices to departments", () => {
  const kit = useSubgraphKit(subgraph);
  beforeAll(() =>
    applyDirectoryPublication(kit.store(), {
      source: "mediation",
      publishedAt: new Date().toISOString(),
      bodies: demoMediationDirectory(),
    }),
  );
  const noticesOf = async (code: string) =>
    (await kit.store().departmentNotice.findMany({ where: { disputeCode: code }, orderBy: { sequence: "asc" } })).map(
      (n) => `${n.department} ${n.kind}${n.body ? ` ${n.body}` : ""}`,
    );

  it("sends on dispatch and hand-off, and tells every department it sent to of the closure", async () => {
    const { code } = await registerDispute(kit);
    expect(await noticesOf(code)).toEqual([]);
    expect((await kit.run(CLERK, DISPATCH, { code })).codes).toEqual([]);
    expect((await kit.run(CLERK, HAND_OFF, { code })).codes).toEqual([]);
    expect((await kit.run(COMMANDER, CLOSE, { code })).codes).toEqual([]);
    const notices = await noticesOf(code);
    expect(notices.slice(0, 2)).toEqual([
      "MEDIATION SENT 桐庐县道路交通事故人民调解委员会",
      expect.stringMatching(/^ARBITRATION HANDED_OVER /),
    ]);
    expect(notices.slice(2).sort()).toEqual(["ARBITRATION CLOSED", "MEDIATION CLOSED"]);
  });

  it("gives each department only its own notices, after the position it asks from", async () => {
    const { code } = await registerDispute(kit);
    await kit.run(CLERK, DISPATCH, { code });
    const all = await noticesFor(kit.store(), "mediation", 0n, 1000);
    expect(all.length).toBeGreaterThan(0);
    expect(all.map((n) => n.sequence)).toEqual([...all.map((n) => n.sequence)].sort((a, b) => a - b));
    const last = all.at(-1)!;
    // The committee by its id in mediation's directory, and the co-handlers named beside it.
    expect(last).toMatchObject({
      disputeCode: code,
      kind: "SENT",
      bodyId: demoId("桐庐县道路交通事故人民调解委员会"),
      coHandlers: ["桐庐县交警大队"],
    });
    expect(await noticesFor(kit.store(), "mediation", BigInt(last.sequence), 1000)).toEqual([]);
    expect((await noticesFor(kit.store(), "arbitration", 0n, 1000)).some((n) => n.disputeCode === code)).toBe(false);
  });
});
