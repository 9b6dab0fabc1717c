// The court's cockpit figures for one scope: ONE grouped count over the cases registered in the scope's days
// (index [filedAt, procedure, status, online]; a region also by [disputeCode, filedAt]), folded by the domain.
// Aggregates only: no party, claim or case number leaves here.
import { scopeInstants, type CockpitScope } from "@onedoor/shared/cockpit/scope";
import { courtFigures, disputeCodeSelection, type CourtFigures } from "../domain/cockpit.js";
import type { LitigationStore } from "./store.js";

export async function courtCockpitFigures(store: LitigationStore, scope: CockpitScope): Promise<CourtFigures> {
  const { start, end } = scopeInstants(scope);
  const codes = disputeCodeSelection(scope.regionCode);
  const groups = await store.courtCase.groupBy({
    by: ["procedure", "status", "online"],
    where: { filedAt: { gte: start, lte: end }, ...(codes ? { disputeCode: codes } : {}) },
    _count: { _all: true },
    orderBy: [{ procedure: "asc" }, { status: "asc" }, { online: "asc" }],
  });
  return courtFigures(
    groups.map((g) => ({ procedure: g.procedure, status: g.status, online: g.online, count: g._count._all })),
  );
}
