// Mediator assignment suggestions: best fit first by specialty, committee, region and current load.
// Staff choose; the suggestion only orders the list and says why.

/** How many suggestions a caller may ask for, and gets when not saying. */
export const MAX_SUGGESTIONS = 20;
export const DEFAULT_SUGGESTIONS = 5;

export interface MediatorCandidate {
  id: string;
  committeeId: string;
  committeeRegionCode: string;
  specialties: readonly string[];
  available: boolean;
  currentLoad: number;
}

export interface CaseNeeds {
  committeeId: string;
  /** County code of the dispute (first six digits of its 解纷码). */
  regionCode: string;
  specialties: readonly string[];
  /** Mediators already on the case or recused from it are not suggested again. */
  excludedMediatorIds: readonly string[];
}

export interface MediatorSuggestion {
  mediatorId: string;
  score: number;
  reasons: string[];
}

const WEIGHTS = { specialty: 3, sameCommittee: 2, sameRegion: 1, perOpenCase: 0.5 } as const;

export function suggestMediators(
  needs: CaseNeeds,
  candidates: readonly MediatorCandidate[],
  limit: number,
): MediatorSuggestion[] {
  const excluded = new Set(needs.excludedMediatorIds);
  const loads = new Map(candidates.map((c) => [c.id, c.currentLoad]));
  const load = (s: MediatorSuggestion) => loads.get(s.mediatorId) ?? 0;
  return candidates
    .filter((c) => c.available && !excluded.has(c.id))
    .map((c) => {
      const reasons: string[] = [];
      let score = 0;
      const matching = c.specialties.filter((s) => needs.specialties.includes(s));
      if (matching.length > 0) {
        score += WEIGHTS.specialty * matching.length;
        reasons.push(`专长匹配：${matching.join("、")}`);
      }
      if (c.committeeId === needs.committeeId) {
        score += WEIGHTS.sameCommittee;
        reasons.push("本调委会调解员");
      }
      if (c.committeeRegionCode === needs.regionCode) {
        score += WEIGHTS.sameRegion;
        reasons.push("同一县区");
      }
      score -= WEIGHTS.perOpenCase * c.currentLoad;
      reasons.push(`在办案件 ${c.currentLoad} 件`);
      return { mediatorId: c.id, score, reasons };
    })
    .sort((a, b) => b.score - a.score || load(a) - load(b) || a.mediatorId.localeCompare(b.mediatorId))
    .slice(0, limit);
}
