// 入驻部门名录: staff of any department list a county's member units; the commander adds one and suspends,
// restores or retires it, and a unit no longer active is refused as a co-handler.
import { beforeAll, describe, expect, it } from "vitest";
import { demoMediationDirectory } from "@onedoor/shared/demo/mediation-directory";
import { applyDirectoryPublication } from "../db/directory.js";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { memberUnitStep } from "@onedoor/shared/directory/co-handlers";
import { subgraph } from "../subgraph.js";
import { APPLICANT, CLERK, COMMANDER, MEDIATOR, registerDispute } from "../testing/callers.js";

const LIST = `query ($region: String!, $statuses: [MemberUnitStatus!]) { memberUnits(regionCode: $region, statuses: $statuses) { id name kind status } }`;
const ADD = `mutation ($input: AddMemberUnitInput!) { addMemberUnit(input: $input) { id name regionCode kind status version } }`;
const CHANGE = `mutation ($input: ChangeMemberUnitStatusInput!) { changeMemberUnitStatus(input: $input) { status version } }`;
const DISPATCH = `mutation ($code: ID!, $ids: [ID!]) { dispatchDispute(input: { code: $code, to: MEDIATION, coHandlerIds: $ids, reason: "当事人申请人民调解" }) { coHandlingUnits { id name } } }`;

describe("the center's member units", () => {
  const kit = useSubgraphKit(subgraph);
  // Mediation's committees, so that a dispatch to mediation finds a body.
  beforeAll(() =>
    applyDirectoryPublication(kit.store(), {
      source: "mediation",
      publishedAt: new Date().toISOString(),
      bodies: demoMediationDirectory(),
    }),
  );

  it("lets the commander add a unit, lists it to staff of any department but not to residents", async () => {
    const added = await kit.run(COMMANDER, ADD, {
      input: { regionCode: "330122", name: "桐庐县卫生健康局", kind: "SOCIAL_ORGANISATION" },
    });
    expect(added.codes).toEqual([]);
    expect(added.data!.addMemberUnit).toMatchObject({
      name: "桐庐县卫生健康局",
      regionCode: "330122",
      status: "ACTIVE",
    });
    const again = await kit.run(COMMANDER, ADD, {
      input: { regionCode: "330122", name: "桐庐县卫生健康局", kind: "SOCIAL_ORGANISATION" },
    });
    expect(again.codes).toEqual(["CONFLICT"]);
    expect(
      (await kit.run(CLERK, ADD, { input: { regionCode: "330122", name: "某单位", kind: "POLICE" } })).codes,
    ).toEqual(["FORBIDDEN"]);
    const elsewhere = caller("commander", { region: "330903" });
    expect(
      (await kit.run(elsewhere, ADD, { input: { regionCode: "330122", name: "某单位", kind: "POLICE" } })).codes,
    ).toEqual(["FORBIDDEN"]);

    const listed = await kit.run(MEDIATOR, LIST, { region: "330122" });
    expect(listed.codes).toEqual([]);
    expect(listed.data!.memberUnits.map((u: { name: string }) => u.name)).toContain("桐庐县卫生健康局");
    expect((await kit.run(APPLICANT, LIST, { region: "330122" })).codes).toEqual(["FORBIDDEN"]);
  });

  it("suspends, restores and retires a unit, and a unit not active is refused as a co-handler", async () => {
    const { data } = await kit.run(COMMANDER, ADD, {
      input: { regionCode: "330122", name: "桐庐县城南街道综合治理中心", kind: "SUBDISTRICT_OFFICE" },
    });
    const id = data!.addMemberUnit.id as string;
    const suspended = await kit.run(COMMANDER, CHANGE, { input: { id, status: "SUSPENDED", expectedVersion: 1 } });
    expect(suspended.data!.changeMemberUnitStatus).toEqual({ status: "SUSPENDED", version: 2 });
    const active = await kit.run(MEDIATOR, LIST, { region: "330122", statuses: ["ACTIVE"] });
    expect(active.data!.memberUnits.map((u: { id: string }) => u.id)).not.toContain(id);

    const { code } = await registerDispute(kit);
    const refused = await kit.run(CLERK, DISPATCH, { code, ids: [id] });
    expect(refused.codes).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors[0]!.extensions!.problems).toMatchObject([{ reason: "NOT_ACTIVE" }]);

    expect((await kit.run(COMMANDER, CHANGE, { input: { id, status: "ACTIVE" } })).codes).toEqual([]);
    expect((await kit.run(CLERK, DISPATCH, { code, ids: [id] })).data!.dispatchDispute.coHandlingUnits).toEqual([
      { id, name: "桐庐县城南街道综合治理中心" },
    ]);
    expect((await kit.run(COMMANDER, CHANGE, { input: { id, status: "RETIRED", expectedVersion: 1 } })).codes).toEqual([
      "CONFLICT",
    ]);
    expect((await kit.run(COMMANDER, CHANGE, { input: { id, status: "RETIRED" } })).codes).toEqual([]);
    const back = await kit.run(COMMANDER, CHANGE, { input: { id, status: "ACTIVE" } });
    expect(back.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "RETIRED" });
  });

  it("refuses a step to the status a unit already has, and any step once retired", () => {
    expect(memberUnitStep("ACTIVE", "ACTIVE")).toMatchObject({ ok: false, reason: "SAME_STATUS" });
    expect(memberUnitStep("SUSPENDED", "ACTIVE")).toEqual({ ok: true, status: "ACTIVE" });
    expect(memberUnitStep("RETIRED", "SUSPENDED")).toMatchObject({ ok: false, reason: "RETIRED" });
  });
});
