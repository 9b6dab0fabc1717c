// What the data cockpit (数据驾驶舱) is asked about: a period, optionally a region and a category.
// Every subgraph computes its own section for the same scope, carried in the `Cockpit` entity's key.
import { isLocalDate, startOfLocalDay, endOfLocalDay, type LocalDate } from "../clock/index.js";
import type { Identity } from "../auth/identity.js";
import { forbidden } from "../graphql/errors.js";
import { cockpitRegionFor } from "./region.js";
import { regionPrefix } from "../auth/jurisdiction.js";

export interface CockpitScope {
  /** First and last day, China time, inclusive. */
  from: LocalDate;
  to: LocalDate;
  /**
   * County, prefecture or province (6 digits; the latter two cover the counties under them); a town (9) or
   * village (12) code where a department records it.
   */
  regionCode: string | null;
  category: string | null;
}

const SEPARATOR = "|";

/** Canonical key of a scope: the same question always has the same key (and the same cache entry). */
export function cockpitKey(scope: CockpitScope): string {
  return [scope.from, scope.to, scope.regionCode ?? "", scope.category ?? ""].join(SEPARATOR);
}

export function parseCockpitKey(key: string): CockpitScope {
  const [from, to, regionCode, category] = key.split(SEPARATOR);
  if (
    !from ||
    !to ||
    !isLocalDate(from) ||
    !isLocalDate(to) ||
    from > to ||
    regionCode === undefined ||
    category === undefined
  ) {
    throw new Error(`malformed cockpit key: ${key}`);
  }
  return { from, to, regionCode: regionCode || null, category: category || null };
}

/**
 * The digits every county code in the scope's region starts with (null: every county): the county itself,
 * 4 digits for a prefecture, 2 for a province. A town or village selects its county, for departments that
 * record no finer place than the county (or the county in a 解纷码).
 */
export function countyPrefix(regionCode: string | null): string | null {
  return regionCode ? regionPrefix(regionCode.slice(0, 6)) : null;
}

/** Instants bounding the scope's days: [start, end]. */
export function scopeInstants(scope: Pick<CockpitScope, "from" | "to">): { start: Date; end: Date } {
  return { start: startOfLocalDay(scope.from), end: endOfLocalDay(scope.to) };
}

/** The same days one year earlier (同比). 29 February maps to 28 February. */
export function sameperiodLastYear(scope: CockpitScope): CockpitScope {
  const back = (d: LocalDate): LocalDate => {
    const [y, m, day] = d.split("-");
    const year = Number(y) - 1;
    const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const dd = m === "02" && day === "29" && !isLeap ? "28" : day;
    return `${year}-${m}-${dd}` as LocalDate;
  };
  return { ...scope, from: back(scope.from), to: back(scope.to) };
}

/** numerator / denominator, or null when there is nothing to divide by (not 0: "no data" is not "0 %"). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * A section's scope from the cockpit's key, which the root field made for the same caller: a key whose
 * region the caller's claim would not have given (another region, or none for a narrowed caller) is FORBIDDEN.
 */
export function cockpitScopeFor(identity: Identity, key: string): CockpitScope {
  const scope = parseCockpitKey(key);
  if (cockpitRegionFor(identity, scope.regionCode) !== scope.regionCode)
    throw forbidden(
      "The cockpit shows your own region's figures only: this scope covers more",
      "驾驶舱仅可查看本辖区的数据：该统计范围超出您的辖区",
    );
  return scope;
}
