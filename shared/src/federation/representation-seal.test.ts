import { describe, expect, it } from "vitest";
import { sealList, unsealList } from "./representation-seal.js";
import { disputeStubReference, encodePartyName } from "./dispute-stub.js";
import { encodeDisputePartyName, partyWithDisputesReference } from "./party-stub.js";

const SECRET = "a-test-party-id-secret-of-at-least-32-characters";

describe("representation seals", () => {
  it("opens the list the registry sealed, in any order", () => {
    const seal = sealList("dispute-parties", "330122260000016", ["PB", "PA"], SECRET);
    expect(unsealList("dispute-parties", "330122260000016", ["PA", "PB"], seal, SECRET)).toEqual(["PA", "PB"]);
  });

  it("refuses a list with an id added or swapped, another entity's seal, another kind, or no seal", () => {
    const seal = sealList("dispute-parties", "330122260000016", ["PA"], SECRET);
    expect(unsealList("dispute-parties", "330122260000016", ["PA", "PMALLORY"], seal, SECRET)).toBeUndefined();
    expect(unsealList("dispute-parties", "330122260000016", ["PMALLORY"], seal, SECRET)).toBeUndefined();
    expect(unsealList("dispute-parties", "330122260000025", ["PA"], seal, SECRET)).toBeUndefined();
    expect(unsealList("party-disputes", "330122260000016", ["PA"], seal, SECRET)).toBeUndefined();
    expect(unsealList("dispute-parties", "330122260000016", ["PA"], undefined, SECRET)).toBeUndefined();
    expect(unsealList("dispute-parties", "330122260000016", ["PA"], "bm90IGEgc2VhbA", SECRET)).toBeUndefined();
    expect(unsealList("dispute-parties", "330122260000016", ["PA"], seal, `${SECRET}-other`)).toBeUndefined();
  });

  it("does not let values run into each other", () => {
    const seal = sealList("party-disputes", "PA", ["1", "2"], SECRET);
    expect(unsealList("party-disputes", "PA", ["1\n2"], seal, SECRET)).toBeUndefined();
  });

  it("gives a department the dispute's party names only under the registry's seal, and only well-formed entries", () => {
    const code = "330122260000016";
    const names = [
      encodePartyName({ kind: "PERSON", partyId: "PA", name: "王建国" }),
      encodePartyName({ kind: "ORGANISATION", partyId: null, name: "某公司" }),
      "not an entry",
    ];
    const sealed = sealList("dispute-party-names", code, names);
    expect(disputeStubReference.__resolveReference({ code, partyNames: names, partyNamesSeal: sealed })).toEqual({
      code,
      partyNames: [
        { kind: "PERSON", partyId: "PA", name: "王建国" },
        { kind: "ORGANISATION", partyId: null, name: "某公司" },
      ],
    });
    const forged = [encodePartyName({ kind: "PERSON", partyId: "PMALLORY", name: "王建国" })];
    expect(disputeStubReference.__resolveReference({ code, partyNames: forged, partyNamesSeal: sealed })).toEqual({
      code,
    });
    const idsSeal = sealList("dispute-parties", code, names);
    expect(disputeStubReference.__resolveReference({ code, partyNames: names, partyNamesSeal: idsSeal })).toEqual({
      code,
    });
  });

  it("gives a department the party names of each of the party's disputes, by dispute, only under the registry's seal", () => {
    const [manhole, lease] = ["330122260000016", "330122260000034"];
    const names = [
      encodeDisputePartyName(manhole, { kind: "PERSON", partyId: "PA", name: "王建国" }),
      encodeDisputePartyName(manhole, { kind: "ORGANISATION", partyId: null, name: "某公司" }),
      encodeDisputePartyName(lease, { kind: "PERSON", partyId: "PA", name: "王建国" }),
      encodeDisputePartyName(lease, { kind: "PERSON", partyId: "PB", name: "李小红" }),
      JSON.stringify([lease, "not an entry"]),
      "not an entry",
    ];
    const seal = sealList("party-dispute-party-names", "PA", names);
    const opened = partyWithDisputesReference.__resolveReference({
      id: "PA",
      disputePartyNames: names,
      disputePartyNamesSeal: seal,
    });
    // Each dispute keeps its own parties: 李小红 of the lease is not named on the manhole dispute's records.
    expect(opened.disputePartyNames).toEqual(
      new Map([
        [
          manhole,
          [
            { kind: "PERSON", partyId: "PA", name: "王建国" },
            { kind: "ORGANISATION", partyId: null, name: "某公司" },
          ],
        ],
        [
          lease,
          [
            { kind: "PERSON", partyId: "PA", name: "王建国" },
            { kind: "PERSON", partyId: "PB", name: "李小红" },
          ],
        ],
      ]),
    );

    // Forged entries, another party's seal, another list's seal, or none: no names at all.
    const forged = [...names, encodeDisputePartyName(manhole, { kind: "ORGANISATION", partyId: "PB", name: "李小红" })];
    const refused = [
      { id: "PA", disputePartyNames: forged, disputePartyNamesSeal: seal },
      { id: "PB", disputePartyNames: names, disputePartyNamesSeal: seal },
      { id: "PA", disputePartyNames: names, disputePartyNamesSeal: sealList("party-disputes", "PA", names) },
      { id: "PA", disputePartyNames: names },
    ];
    for (const reference of refused)
      expect(partyWithDisputesReference.__resolveReference(reference)).toEqual({ id: reference.id });
  });
});
