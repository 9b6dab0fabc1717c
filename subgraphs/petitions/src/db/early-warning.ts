// Complaint counts per respondent organisation, place and category in a window: three grouped queries.
import { countyPrefix } from "@onedoor/shared/cockpit/scope";
import type { GroupCount } from "../domain/early-warning.js";
import { respondentKey } from "../domain/early-warning.js";
import type { PetitionsStore } from "./store.js";

/** Every registered complaint counts, merged duplicates included: the volume is the signal. */
export async function complaintCounts(
  store: PetitionsStore,
  window: { start: Date; end: Date },
  regionCode: string | null,
): Promise<GroupCount[]> {
  const inWindow = {
    registeredAt: { gte: window.start, lte: window.end },
    // A county, prefecture or province: the counties under it; a town or village: by the place recorded.
    ...(regionCode
      ? regionCode.length === 6
        ? { regionCode: { startsWith: countyPrefix(regionCode)! } }
        : { localityCode: { startsWith: regionCode } }
      : {}),
  };
  const [respondents, places, categories] = await Promise.all([
    // Organisations only: a person complained about is not shown on a cockpit.
    store.disputeParty.groupBy({
      by: ["creditCode", "name"],
      where: { role: "RESPONDENT", kind: "ORGANISATION", dispute: inWindow },
      _count: { _all: true },
    }),
    store.dispute.groupBy({ by: ["regionCode", "localityCode"], where: inWindow, _count: { _all: true } }),
    store.dispute.groupBy({ by: ["category"], where: inWindow, _count: { _all: true } }),
  ]);
  const merged = new Map<string, GroupCount>();
  const add = (g: GroupCount) => {
    const id = `${g.dimension}|${g.key}`;
    const seen = merged.get(id);
    merged.set(id, seen ? { ...seen, count: seen.count + g.count } : g);
  };
  for (const r of respondents)
    add({ dimension: "RESPONDENT", key: respondentKey(r.name, r.creditCode), label: r.name, count: r._count._all });
  for (const p of places)
    add({
      dimension: "REGION",
      key: p.localityCode ?? p.regionCode,
      label: p.localityCode ?? p.regionCode,
      count: p._count._all,
    });
  for (const c of categories) add({ dimension: "CATEGORY", key: c.category, label: c.category, count: c._count._all });
  return [...merged.values()];
}
