// Rows from before the party id column get their id; seeded rows already carry it.
import { describe, expect, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { fillMissingPartyIds } from "./party-ids.js";

describe("party ids of stored party rows", () => {
  const store = useMigratedStore(subgraph, { seed: true });

  it("seeds every identified party with its id", async () => {
    const zhou = await store().disputeParty.findFirstOrThrow({ where: { residentId: "330122196805120024" } });
    expect(zhou.partyId).toBe(partyIdOf({ residentId: "330122196805120024" }));
    expect(
      await store().disputeParty.count({
        where: { partyId: null, OR: [{ residentId: { not: null } }, { creditCode: { not: null } }] },
      }),
    ).toBe(0);
  });

  it("fills the ids of older rows and leaves rows without an identifier alone", async () => {
    const { id: disputeId } = await store().dispute.findFirstOrThrow({ where: { code: "330122260000016" } });
    const base = { disputeId, role: "RESPONDENT", kind: "PERSON", position: 9 } as const;
    const older = await store().disputeParty.create({
      data: { ...base, name: "孙丽娟", residentId: "330122197508084527" },
    });
    const unnamed = await store().disputeParty.create({ data: { ...base, name: "某住户" } });

    expect(await fillMissingPartyIds(store())).toBe(1);
    expect((await store().disputeParty.findUniqueOrThrow({ where: { id: older.id } })).partyId).toBe(
      partyIdOf({ residentId: "330122197508084527" }),
    );
    expect((await store().disputeParty.findUniqueOrThrow({ where: { id: unnamed.id } })).partyId).toBeNull();
    expect(await fillMissingPartyIds(store())).toBe(0);
  });
});
