import { describe, expect, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { partyIdsOfRows, withPartyId } from "./party.js";

describe("party ids of the registry", () => {
  it("gives a person the same id in every dispute, from the resident ID (case and spacing aside)", () => {
    const first = withPartyId({ name: "周秀英", residentId: "33012219680512002x", creditCode: null });
    const again = withPartyId({ name: "周秀英", residentId: "330122 19680512 002X", creditCode: null });
    expect(first.partyId).toBe(partyIdOf({ residentId: "33012219680512002X" }));
    expect(again.partyId).toBe(first.partyId);
    expect(first.name).toBe("周秀英");
  });

  it("uses the credit code for organisations and null without any identifier", () => {
    expect(withPartyId({ residentId: null, creditCode: "91330122MA2H3K4L5U" }).partyId).toBe(
      partyIdOf({ creditCode: "91330122MA2H3K4L5U" }),
    );
    expect(withPartyId({ residentId: null, creditCode: null }).partyId).toBeNull();
  });

  it("collects a dispute's distinct party ids, computing them for rows stored before the column existed", () => {
    const stored = partyIdOf({ residentId: "330122198503171511" });
    const ids = partyIdsOfRows([
      { partyId: stored, residentId: "330122198503171511", creditCode: null },
      { partyId: null, residentId: "330122198503171511", creditCode: null },
      { partyId: null, residentId: "330122199001010018", creditCode: null },
      { partyId: null, residentId: null, creditCode: null },
    ]);
    expect(ids).toEqual([stored, partyIdOf({ residentId: "330122199001010018" })]);
  });
});
