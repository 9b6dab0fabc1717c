import { describe, expect, it } from "vitest";
import { getOperationAST, Kind, parse, type FieldNode } from "graphql";
import { LIVE_FIELDS } from "./fields.js";
import { readQuery } from "./live.js";

function queryFor(source: string, field: string) {
  const document = parse(source);
  const operation = getOperationAST(document)!;
  const root = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD)!;
  const { read } = LIVE_FIELDS[field]!;
  return readQuery(document, operation, root, read.root, read.keyed);
}

describe("the query run for each event", () => {
  it("reads the dispute with the subscriber's selection, fragments and variables it uses, and no others", () => {
    const { query, variables, usesKey } = queryFor(
      /* GraphQL */ `
        subscription Mine($code: ID!, $withTimeline: Boolean!, $unused: Int) {
          disputeUpdated(code: $code) {
            ...Summary
            timeline(first: 5) @include(if: $withTimeline) {
              edges {
                node {
                  type
                }
              }
            }
          }
        }
        fragment Summary on Dispute {
          code
          status
        }
        fragment Unused on Dispute {
          title
        }
      `,
      "disputeUpdated",
    );
    expect(usesKey).toBe(true);
    expect(variables).toEqual(["withTimeline"]);
    const parsed = parse(query);
    expect(getOperationAST(parsed)!.variableDefinitions!.map((d) => d.variable.name.value)).toEqual([
      "onedoorLiveKey",
      "withTimeline",
    ]);
    expect(query).toContain("dispute(code: $onedoorLiveKey)");
    expect(query).toContain("fragment Summary on Dispute");
    expect(query).not.toContain("Unused");
  });

  it("finds a hand-off or an alert in its list by an added id", () => {
    const handOff = queryFor(`subscription { handOffReceived { status } }`, "handOffReceived");
    expect(handOff.query).toMatch(/handOffs \{\s+onedoorLiveKey: id\s+status/);
    const picked = LIVE_FIELDS.handOffReceived!.read.pick(
      {
        dispute: {
          handOffs: [
            { onedoorLiveKey: "a", status: "ACCEPTED" },
            { onedoorLiveKey: "b", status: "PENDING" },
          ],
        },
      },
      "330122260000027/b",
    );
    expect(picked).toEqual({ status: "PENDING" });

    // An alert is read by its id.
    const alert = queryFor(`subscription { alertRaised { kind } }`, "alertRaised");
    expect(alert.usesKey).toBe(true);
    expect(alert.query).toContain("ids: [$onedoorLiveKey]");
  });
});

describe("who may open which subscription", () => {
  const resident = { userId: "r1", roles: ["resident" as const], partyId: "p1" };
  const mediator = { userId: "m1", roles: ["mediator" as const], department: "mediation" };

  it("refuses another department's queue, and alerts to anyone but the commander", () => {
    expect(() => LIVE_FIELDS.queueChanged!.open(mediator, { department: "ARBITRATION" })).toThrow(/department/);
    expect(LIVE_FIELDS.queueChanged!.open(mediator, { department: "MEDIATION" })).toEqual({ department: "MEDIATION" });
    expect(() => LIVE_FIELDS.alertRaised!.open(mediator, {})).toThrow(/commander/);
    expect(() => LIVE_FIELDS.myDisputesUpdated!.open(mediator, {})).toThrow(/resident/);
    expect(() => LIVE_FIELDS.disputeUpdated!.open(resident, { code: "330122260000028" })).toThrow();
  });

  it("opens the live cockpit within the caller's region only, as the query answers it", () => {
    const putuo = { userId: "c1", roles: ["commander" as const], region: "330903" };
    const period = { from: "2031-03-01", to: "2031-03-31" };
    expect(() => LIVE_FIELDS.cockpitChanged!.open(putuo, { filter: { ...period, regionCode: "330122" } })).toThrow(
      /own region/,
    );
    expect(() => LIVE_FIELDS.cockpitChanged!.open(putuo, { filter: { ...period, regionCode: "330000" } })).toThrow(
      /own region/,
    );
    const own = { filter: { ...period, regionCode: "330903101" } };
    expect(LIVE_FIELDS.cockpitChanged!.open(putuo, own)).toEqual(own);
    expect(LIVE_FIELDS.cockpitChanged!.open(putuo, { filter: period })).toEqual({ filter: period });
    // A commander without a region claim is not narrowed.
    const anywhere = { filter: { ...period, regionCode: "330122" } };
    expect(LIVE_FIELDS.cockpitChanged!.open({ userId: "c2", roles: ["commander"] }, anywhere)).toEqual(anywhere);
  });

  it("drops a step the subscriber would see only as a summary", () => {
    const event = {
      id: "e",
      at: 1,
      kind: "step" as const,
      type: "DISPUTE_DISPATCHED",
      disputeCode: "330122260000027",
      recordId: null,
      dispute: {
        leadDepartment: "MEDIATION",
        scope: { department: "petitions" as const, coHandlers: ["mediation" as const], partyIds: ["p1"] },
      },
    };
    const args = { code: "330122260000027" };
    expect(LIVE_FIELDS.disputeUpdated!.keyOf(event, resident, args)).toBe("330122260000027");
    expect(LIVE_FIELDS.disputeUpdated!.keyOf(event, mediator, args)).toBe("330122260000027");
    const legalAid = { userId: "l1", roles: ["legalAidOfficer" as const], department: "legal-aid" };
    expect(LIVE_FIELDS.disputeUpdated!.keyOf(event, legalAid, args)).toBeUndefined();
    expect(LIVE_FIELDS.myDisputesUpdated!.keyOf(event, { ...resident, partyId: "p2" }, {})).toBeUndefined();
  });

  it("reads the cockpit with the subscription's own arguments and the variables they use", () => {
    const { query, variables, usesKey } = queryFor(
      `subscription Figures($filter: CockpitFilter!) { cockpitChanged(filter: $filter) { key } }`,
      "cockpitChanged",
    );
    expect(usesKey).toBe(false);
    expect(variables).toEqual(["filter"]);
    expect(query).toMatch(/^query OneDoorLive\(\$filter: CockpitFilter!\) \{ cockpit\(filter: \$filter\) \{/);
  });
});
