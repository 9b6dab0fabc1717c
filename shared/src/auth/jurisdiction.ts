// Jurisdiction (管辖): staff act within their own body (organisation) and county (region). Plain
// functions every subgraph's access module calls; `visibilityOf` (policy.ts) applies them to records.
//
// - region: a 6-digit GB/T 2260 code. A county code confines staff and the commander to that county's
//   records; a prefecture (xxxx00) or province (xx0000) code is for aggregate roles: it covers the
//   counties under it in aggregates and opens no records.
// - organisation: the name of a body in its department's directory (e.g. 桐庐县劳动争议人民调解委员会),
//   the same name the registry dispatches to. Department staff see a record only while their body was
//   sent it or holds a case on it.
import type { SubgraphName } from "../config.js";
import { lookupRegion } from "../validators/region-code.js";
import type { Identity } from "./identity.js";

const REGION_CODE = /^\d{6}$/;

export const isRegionCode = (value: string): boolean => REGION_CODE.test(value);

/** A county-level code: the last two digits are not 00 (xxxx00 is a prefecture, xx0000 a province). */
export const isCountyRegion = (region: string): boolean => isRegionCode(region) && !region.endsWith("00");

/** The digits every county under `region` starts with: the whole code for a county, 4 for a prefecture, 2 for a province. */
export function regionPrefix(region: string): string {
  if (region.endsWith("0000")) return region.slice(0, 2);
  if (region.endsWith("00")) return region.slice(0, 4);
  return region;
}

/** Whether `county` lies in `region` (a county is in itself, its prefecture and its province). */
export const regionCovers = (region: string, county: string): boolean => county.startsWith(regionPrefix(region));

/** The county of a dispute: the first six digits of its 解纷码. */
export const countyOfDisputeCode = (code: string): string => code.slice(0, 6);

/**
 * Whether the caller may read or act on records of `county`. Only a county-level region opens records,
 * and only its own county's; an identity without a region is not narrowed (the gateway refuses such
 * staff tokens in production, see gateway/src/auth/jwt.ts).
 */
export function inJurisdiction(identity: Identity, county: string): boolean {
  if (identity.region === undefined) return true;
  return isCountyRegion(identity.region) && identity.region === county;
}

/** Whether the caller's body is among `bodies` (those a record was sent to or that hold a case on it). */
export function servesBody(identity: Identity, bodies: readonly string[]): boolean {
  if (identity.organization === undefined) return true;
  return bodies.includes(identity.organization);
}

/**
 * For list queries filtered in SQL: the county the caller's records are confined to, `null` when the
 * caller may see no records at all (an aggregate-level region), `undefined` when not narrowed.
 */
export function recordCounty(identity: Identity): string | null | undefined {
  if (identity.region === undefined) return undefined;
  return isCountyRegion(identity.region) ? identity.region : null;
}

/** For aggregates (cockpit): the county-code prefix the caller's figures are confined to; undefined when not narrowed. */
export const aggregatePrefix = (identity: Identity): string | undefined =>
  identity.region === undefined ? undefined : regionPrefix(identity.region);

/**
 * The main body of each department in a county, by name: what a development token names when none is
 * given (`{county}` becomes the county's name, e.g. 桐庐县). A department added later names its own.
 */
export const MAIN_BODY: Partial<Record<SubgraphName, string>> = {
  petitions: "{county}信访局",
  mediation: "{county}联合人民调解委员会",
  arbitration: "{county}劳动人事争议仲裁院",
  litigation: "{county}人民法院诉讼服务中心",
  "legal-aid": "{county}法律援助中心",
  "administrative-review": "{county}人民政府行政复议办公室",
};

/**
 * A department's main body in a county, by its directory name (330122, arbitration → 桐庐县劳动人事争议仲裁院);
 * undefined for a department without one or a county the region table does not know. Departments with one
 * body per county (the commission, the court, the legal aid center, the review office) scope records by it.
 */
export function mainBodyIn(department: SubgraphName, county: string): string | undefined {
  const template = MAIN_BODY[department];
  const name = lookupRegion(county)?.name;
  return template && name ? template.replace("{county}", name) : undefined;
}
