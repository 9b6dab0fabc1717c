// Whose figures the cockpit shows: the caller's region claim (auth/jurisdiction.ts) bounds the scope's
// region. The root field makes the bounded scope; each department's section checks the key it is given,
// and the live cockpit refuses at subscription time what the query would refuse. Free of the clock module, so
// the gateway can use it without the holiday calendars.
import { regionCovers } from "../auth/jurisdiction.js";
import type { Identity } from "../auth/identity.js";
import { forbidden } from "../graphql/errors.js";

export type RegionBound = { ok: true; regionCode: string | null } | { ok: false };

/**
 * The region a cockpit covers for a caller whose claim is `claim`, asked about `requested` (6, 9 or 12
 * digits, or none): no claim leaves the request as it is; no request gives the claim itself (a county
 * commander their county, a province leader their province); a request inside the claim stands, one
 * outside it (another county, a town of another county, a wider region) is refused.
 */
export function boundedRegion(claim: string | undefined, requested: string | null): RegionBound {
  if (claim === undefined) return { ok: true, regionCode: requested };
  if (requested === null) return { ok: true, regionCode: claim };
  return regionCovers(claim, requested.slice(0, 6)) ? { ok: true, regionCode: requested } : { ok: false };
}

/** The scope's region for this caller (boundedRegion); FORBIDDEN for a region outside their claim. */
export function cockpitRegionFor(identity: Identity, requested: string | null): string | null {
  const bound = boundedRegion(identity.region, requested);
  if (!bound.ok)
    throw forbidden(
      `The cockpit shows your own region's figures only: ${requested} is outside ${identity.region}`,
      `驾驶舱仅可查看本辖区的数据：${requested} 不在 ${identity.region} 辖区内`,
    );
  return bound.regionCode;
}
