// Cases from before the applicant's party id column get their id; seeded cases already carry it.
import { describe, expect, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { partyCasePage } from "./cases.js";
import { fillMissingPartyIds } from "./party-ids.js";

/** The party view's query, every case shown (the access check is the resolver's). */
const casesOf = async (store: Parameters<typeof partyCasePage>[0]["store"], partyId: string) =>
  (
    await partyCasePage({ store }, partyId, {}, { after: null, size: 100, direction: "asc" }, async (rows) => rows)
  ).rows.map((c) => c.id);

describe("applicants' party ids of stored cases", () => {
  const store = useMigratedStore(subgraph, { seed: true });

  it("seeds every case whose applicant has a resident ID with the applicant's party id", async () => {
    expect(
      await store().legalAidCase.count({ where: { applicantPartyId: null, applicantResidentId: { not: null } } }),
    ).toBe(0);
  });

  it("fills the ids of older cases, which the party view then finds, and leaves cases without a resident ID alone", async () => {
    const [older, unidentified] = await store().legalAidCase.findMany({
      where: { applicantResidentId: { not: null } },
      orderBy: { appliedAt: "asc" },
      take: 2,
    });
    await store().legalAidCase.update({ where: { id: older!.id }, data: { applicantPartyId: null } });
    await store().legalAidCase.update({
      where: { id: unidentified!.id },
      data: { applicantPartyId: null, applicantResidentId: null },
    });
    const partyId = partyIdOf({ residentId: older!.applicantResidentId! });
    expect(await casesOf(store(), partyId)).not.toContain(older!.id);

    expect(await fillMissingPartyIds(store())).toBe(1);
    expect((await store().legalAidCase.findUniqueOrThrow({ where: { id: older!.id } })).applicantPartyId).toBe(partyId);
    expect(
      (await store().legalAidCase.findUniqueOrThrow({ where: { id: unidentified!.id } })).applicantPartyId,
    ).toBeNull();
    expect(await casesOf(store(), partyId)).toContain(older!.id);
    expect(await fillMissingPartyIds(store())).toBe(0);
  });
});
