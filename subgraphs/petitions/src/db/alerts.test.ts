// Alert records on the real migrations and the demo stories: the salon story's surge is raised from
// seeded complaints, detection runs are idempotent, and alerts move NEW → ACKNOWLEDGED → HANDLED.
import { describe, expect, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { encodeCursor } from "@onedoor/shared/graphql/connection";
import { subgraph } from "../subgraph.js";
import { actOnAlert, alertPage, detectAlerts } from "./alerts.js";
import { SALON_ALERT_DAY } from "./demo-data.js";

const commander = { identity: { userId: "commander-1", roles: ["commander" as const] }, requestId: "test" };

describe("alerts (预警记录)", () => {
  const store = useMigratedStore(subgraph, { seed: true });

  it("raises the salon story's surge from the seeded 12345 complaints, with them as evidence", async () => {
    const salon = await store().alert.findFirstOrThrow({
      where: { kind: "SURGE", key: { contains: "RESPONDENT|91330122MA2KDL8Q7N" } },
    });
    expect(salon).toMatchObject({ status: "NEW", asOf: SALON_ALERT_DAY, count: 12, baseline: 0 });
    expect(salon.disputeCodes).toHaveLength(12);
    const complaints = await store().dispute.count({
      where: { code: { in: salon.disputeCodes }, channel: "HOTLINE_12345", mergedIntoCode: "330122260000042" },
    });
    expect(complaints).toBe(12);
  });

  it("does not raise the same matter twice when detection runs again", async () => {
    const before = await store().alert.count();
    expect(await detectAlerts(store(), SALON_ALERT_DAY)).toMatchObject({ raised: 0 });
    expect(await store().alert.count()).toBe(before);
  });

  it("flags a person who brings three matters within 90 days, and not the organisation complained about", async () => {
    const residentId = "330122199001011237";
    const base = {
      title: "反复反映",
      description: "同一事项反复反映",
      category: "其他",
      regionCode: "330122",
      channel: "WALK_IN",
      status: "REGISTERED",
    } as const;
    for (const [i, day] of ["2026-11-02", "2026-11-10", "2026-11-18"].entries()) {
      await store().dispute.create({
        data: {
          ...base,
          code: `33012226900000${i}`,
          registeredAt: new Date(`${day}T02:00:00Z`),
          parties: {
            create: [
              {
                role: "APPLICANT",
                kind: "PERSON",
                position: 0,
                name: "项某",
                residentId,
                partyId: partyIdOf({ residentId }),
              },
            ],
          },
        },
      });
    }
    await detectAlerts(store(), "2026-11-20");
    const repeated = await store().alert.findMany({ where: { kind: "REPEATED_PETITION" } });
    expect(repeated).toEqual([
      expect.objectContaining({ key: `REPEATED_PETITION|${partyIdOf({ residentId })}`, count: 3 }),
    ]);
    expect(repeated[0]!.summary).not.toContain(residentId);
  });

  it("lists a region's alerts only: those with a dispute in its counties", async () => {
    const surges = async (countyPrefix?: string) =>
      (
        await alertPage(
          store(),
          { statuses: ["NEW", "ACKNOWLEDGED", "HANDLED"], kinds: ["SURGE"], countyPrefix },
          { after: null, size: 100, direction: "desc" },
        )
      ).rows.map((a) => a.key);
    const everywhere = await surges();
    // The salon's complaints were all made in 桐庐县: its county, prefecture and province see it, 普陀区 does not.
    const salon = everywhere.filter((key) => key.includes("91330122MA2KDL8Q7N"));
    expect(salon).toHaveLength(1);
    expect(await surges("330122")).toEqual(expect.arrayContaining(salon));
    expect(await surges("3301")).toEqual(expect.arrayContaining(salon));
    expect(await surges("33")).toEqual(everywhere);
    expect(await surges("330903")).not.toEqual(expect.arrayContaining(salon));

    // A region's list pages by keyset in SQL too, one at a time, in the same order, and counts the same.
    const filter = {
      statuses: ["NEW", "ACKNOWLEDGED", "HANDLED"] as const,
      kinds: ["SURGE" as const],
      countyPrefix: "33",
    };
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { rows, count } = await alertPage(
        store(),
        { ...filter, statuses: [...filter.statuses] },
        { after, size: 1, direction: "desc" },
      );
      paged.push(...rows.slice(0, 1).map((a) => a.key));
      expect(await count()).toBe(everywhere.length);
      if (rows.length < 2) break;
      after = encodeCursor({ sort: rows[0]!.raisedAt.toISOString(), id: rows[0]!.id });
    }
    expect(paged).toEqual(everywhere);
  });

  it("is acknowledged, then handled with a note, each step audited; handled twice is refused", async () => {
    const alert = await store().alert.findFirstOrThrow({ where: { kind: "SURGE" } });
    await actOnAlert(store(), commander, alert.id, "ACKNOWLEDGE");
    const handled = await actOnAlert(store(), commander, alert.id, "HANDLE", {
      note: "联合执法检查，次日上午联合调解化解",
    });
    expect(handled).toMatchObject({
      status: "HANDLED",
      acknowledgedBy: "commander-1",
      handledBy: "commander-1",
      handlingNote: "联合执法检查，次日上午联合调解化解",
    });
    await expect(actOnAlert(store(), commander, alert.id, "HANDLE", { note: "again" })).rejects.toMatchObject({
      extensions: { code: "INVALID_STATE", reason: "ALREADY_HANDLED", status: "HANDLED" },
    });
    const audit = await store().auditEntry.findMany({
      where: { entity: "Alert", entityId: alert.id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["acknowledgeAlert", "handleAlert"]);
  });
});
