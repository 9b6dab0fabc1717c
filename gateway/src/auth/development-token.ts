// Tokens signed with the development key (dev-keys/): for `npm run token`, `npm start` and tests.
import { readFile } from "node:fs/promises";
import { importJWK, SignJWT, type JWK } from "jose";
import type { Role } from "@onedoor/shared/auth/identity";
import { isCountyRegion, mainBodyIn } from "@onedoor/shared/auth/jurisdiction";
import { STAFF_ROLES } from "@onedoor/shared/auth/policy";
import { SUBGRAPH_NAMES } from "@onedoor/shared/config";
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEVELOPMENT_PRIVATE_KEY_PATH } from "./jwt.js";

export interface DevelopmentClaims {
  roles: Role[];
  department?: string;
  party?: string;
  /** The staff member's body, by its directory name. */
  organization?: string;
  /** GB/T 2260 county code, or a prefecture/province code for aggregate roles. */
  region?: string;
  sub?: string;
  /** jose time span, e.g. "8h", "15m". */
  ttl?: string;
}

/** The demo county (桐庐县): where a development token's staff work unless told otherwise. */
export const DEMO_COUNTY = "330122";

/**
 * Jurisdiction for a development token that names none: staff, commanders and leaders in the demo county,
 * department staff at their department's main body there (e.g. 桐庐县联合人民调解委员会).
 */
export function withDefaultJurisdiction(claims: DevelopmentClaims): DevelopmentClaims {
  const regional = claims.roles.some((role) => role !== "resident" && role !== "auditor");
  if (!regional) return claims;
  const region = claims.region ?? DEMO_COUNTY;
  const department = SUBGRAPH_NAMES.find((name) => name === claims.department);
  const staff = claims.roles.some((role) => STAFF_ROLES[role] !== undefined);
  const organization =
    claims.organization ?? (staff && department && isCountyRegion(region) ? mainBodyIn(department, region) : undefined);
  return { ...claims, region, ...(organization ? { organization } : {}) };
}

export async function developmentToken(claims: DevelopmentClaims): Promise<string> {
  const jwk = JSON.parse(await readFile(DEVELOPMENT_PRIVATE_KEY_PATH, "utf8")) as JWK;
  const key = await importJWK(jwk, "EdDSA");
  return new SignJWT({
    roles: claims.roles,
    department: claims.department,
    party: claims.party,
    organization: claims.organization,
    region: claims.region,
  })
    .setProtectedHeader({ alg: "EdDSA", kid: jwk.kid })
    .setSubject(claims.sub ?? `dev-${claims.roles[0]}`)
    .setIssuer(DEFAULT_ISSUER)
    .setAudience(DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.ttl ?? "8h")
    .sign(key);
}
