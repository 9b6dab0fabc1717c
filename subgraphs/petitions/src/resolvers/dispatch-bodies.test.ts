// 派单到名录中的单位: the registry names a mediation committee by its id in mediation's published directory, and
// only one that serves the dispute's county, takes its category, is active and has mediators.
import { beforeAll, describe, expect, it } from "vitest";
import { useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { demoId, demoMediationDirectory } from "@onedoor/shared/demo/mediation-directory";
import type { PublishedBody } from "@onedoor/shared/directory/publication";
import { subgraph } from "../subgraph.js";
import { applyDirectoryPublication } from "../db/directory.js";
import { CLERK, registerDispute } from "../testing/callers.js";

const DISPATCH = `mutation ($input: DispatchDisputeInput!) {
  dispatchDispute(input: $input) { leadDepartment handlingBody handlingBodyId routing { body } }
}`;
const SUGGESTION = `query ($code: ID!) { dispute(code: $code) {
  suggestedRouting { ruleId department body bodyId }
  suitableBodies(department: MEDIATION) { id name availableStaff }
} }`;

const JOINT = "桐庐县联合人民调解委员会";
const TRAFFIC = "桐庐县道路交通事故人民调解委员会";
const CHENGNAN = "桐庐县城南街道人民调解委员会";
const PUTUO_JOINT = "普陀区联合人民调解委员会";

describe("dispatching to a body of mediation's published directory", () => {
  const kit = useSubgraphKit(subgraph);
  let hour = 0;
  /** Mediation publishes its directory with these changes, each publication later than the last. */
  const publish = (change: (body: PublishedBody) => PublishedBody | null = (b) => b) =>
    applyDirectoryPublication(kit.store(), {
      source: "mediation",
      publishedAt: new Date(Date.UTC(2026, 11, 1, ++hour)).toISOString(),
      bodies: demoMediationDirectory().flatMap((b) => change(b) ?? []),
    });
  beforeAll(() => publish());

  const dispatch = async (input: Record<string, unknown>) => {
    const { code } = await registerDispute(kit); // 损害赔偿 in 桐庐县
    return { code, ...(await kit.run(CLERK, DISPATCH, { input: { code, to: "MEDIATION", ...input } })) };
  };

  it("suggests the rules' committee by id, and lists the committees that can take the dispute", async () => {
    const { code } = await registerDispute(kit);
    const { data } = await kit.run(CLERK, SUGGESTION, { code });
    expect(data!.dispute.suggestedRouting).toEqual({
      ruleId: "mediation-default",
      department: "MEDIATION",
      body: JOINT,
      bodyId: demoId(JOINT),
    });
    // 普陀区's committees serve another county; the others of 桐庐县 do not take 损害赔偿; the lawyers' office has
    // no mediator.
    expect(data!.dispute.suitableBodies).toEqual([
      { id: demoId(TRAFFIC), name: TRAFFIC, availableStaff: 1 },
      { id: demoId(JOINT), name: JOINT, availableStaff: 2 },
    ]);
  });

  it("sends to the rules' committee by id, and tells mediation which committee", async () => {
    const { code, data, codes } = await dispatch({});
    expect(codes).toEqual([]);
    expect(data!.dispatchDispute).toMatchObject({ handlingBody: JOINT, handlingBodyId: demoId(JOINT) });
    const notice = await kit.store().departmentNotice.findFirstOrThrow({ where: { disputeCode: code } });
    expect(notice).toMatchObject({ department: "MEDIATION", kind: "SENT", body: JOINT, bodyId: demoId(JOINT) });
  });

  it("sends to a committee the clerk names, by id or by name", async () => {
    for (const input of [{ bodyId: demoId(TRAFFIC) }, { body: TRAFFIC }]) {
      const { data, codes } = await dispatch(input);
      expect(codes).toEqual([]);
      expect(data!.dispatchDispute).toMatchObject({ handlingBody: TRAFFIC, handlingBodyId: demoId(TRAFFIC) });
    }
  });

  it("refuses a committee of another county, or one that does not take the category, saying why in both languages", async () => {
    for (const [bodyId, reason] of [
      [demoId(PUTUO_JOINT), "NOT_IN_COUNTY"],
      [demoId(CHENGNAN), "CATEGORY_NOT_COVERED"],
    ] as const) {
      const { codes, errors } = await dispatch({ bodyId });
      expect(codes).toEqual(["INVALID_STATE"]);
      expect(errors[0]!.extensions).toMatchObject({ reason, bodyId, messageZh: expect.any(String) });
    }
  });

  it("refuses a body that does not exist, and a body id for a department that publishes no directory", async () => {
    const unknown = await dispatch({ body: "桐庐县不存在人民调解委员会" });
    expect(unknown.codes).toEqual(["BAD_USER_INPUT"]);
    expect(unknown.errors[0]!.extensions).toMatchObject({ field: ["input", "body"] });
    const byId = await dispatch({ bodyId: "00000000-0000-4000-8000-000000000000" });
    expect(byId.errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "bodyId"] });
    const arbitration = await dispatch({ to: "ARBITRATION", bodyId: demoId(JOINT), reason: "当事人申请仲裁" });
    expect(arbitration.errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "bodyId"] });
  });

  it("follows mediation's latest publication: a retired or unstaffed committee is refused, and the rules pass it over", async () => {
    await publish((b) =>
      b.name === TRAFFIC ? { ...b, status: "RETIRED" } : b.name === JOINT ? { ...b, staffed: 0 } : b,
    );
    try {
      // Against the rules now (they name the window), so with a reason.
      const reason = "当事人申请人民调解";
      const retired = await dispatch({ bodyId: demoId(TRAFFIC), reason });
      expect(retired.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "NOT_ACTIVE" });
      const unstaffed = await dispatch({ bodyId: demoId(JOINT), reason });
      expect(unstaffed.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "NOT_STAFFED" });
      // With the joint committee unstaffed, no mediation rule names a committee that can act: the window takes it.
      const { code } = await registerDispute(kit);
      const { data } = await kit.run(CLERK, SUGGESTION, { code });
      expect(data!.dispute.suggestedRouting).toMatchObject({ department: "COMPREHENSIVE_WINDOW", bodyId: null });
      expect(data!.dispute.suitableBodies).toEqual([]);
    } finally {
      await publish();
    }
  });

  it("keeps the latest publication when an older one arrives late, and drops bodies a publication leaves out", async () => {
    const late = await applyDirectoryPublication(kit.store(), {
      source: "mediation",
      publishedAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
      bodies: [],
    });
    expect(late).toEqual({ applied: false });
    expect(await kit.store().directoryBody.count({ where: { department: "MEDIATION" } })).toBe(
      demoMediationDirectory().length,
    );
    await publish((b) => (b.name === TRAFFIC ? null : b));
    try {
      expect(await kit.store().directoryBody.count({ where: { name: TRAFFIC } })).toBe(0);
      const { codes } = await dispatch({ body: TRAFFIC });
      expect(codes).toEqual(["BAD_USER_INPUT"]);
    } finally {
      await publish();
    }
  });
});
