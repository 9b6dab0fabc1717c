// Tokens signed with the development key (dev-keys/): for `npm run token`, `npm start` and tests.
import { readFile } from "node:fs/promises";
import { importJWK, SignJWT, type JWK } from "jose";
import type { Role } from "@onedoor/shared/auth/identity";
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEVELOPMENT_PRIVATE_KEY_PATH } from "./jwt.js";

export interface DevelopmentClaims {
  roles: Role[];
  department?: string;
  party?: string;
  sub?: string;
  /** jose time span, e.g. "8h", "15m". */
  ttl?: string;
}

export async function developmentToken(claims: DevelopmentClaims): Promise<string> {
  const jwk = JSON.parse(await readFile(DEVELOPMENT_PRIVATE_KEY_PATH, "utf8")) as JWK;
  const key = await importJWK(jwk, "EdDSA");
  return new SignJWT({ roles: claims.roles, department: claims.department, party: claims.party })
    .setProtectedHeader({ alg: "EdDSA", kid: jwk.kid })
    .setSubject(claims.sub ?? `dev-${claims.roles[0]}`)
    .setIssuer(DEFAULT_ISSUER)
    .setAudience(DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.ttl ?? "8h")
    .sign(key);
}
