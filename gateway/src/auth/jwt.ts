// Who is calling: a bearer JWT verified against configured public keys (asymmetric only).
// No token = anonymous; a bad token is refused, never downgraded to anonymous.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { GraphQLError } from "graphql";
import { runtimeMode } from "@onedoor/shared/config";
import { ANONYMOUS, isIdentity, type Identity } from "@onedoor/shared/auth/identity";
import { isStaff } from "@onedoor/shared/auth/policy";

export const DEVELOPMENT_KEY_ID = "onedoor-development-key-1";
export const DEVELOPMENT_JWKS_PATH = resolve(import.meta.dirname, "../../dev-keys/development-jwks.json");
export const DEVELOPMENT_PRIVATE_KEY_PATH = resolve(import.meta.dirname, "../../dev-keys/development-private-key.json");
export const DEFAULT_ISSUER = "onedoor-development";
export const DEFAULT_AUDIENCE = "onedoor";
/** Asymmetric algorithms only: an HMAC key could be guessed from a public JWKS, and `none` is never allowed. */
const ALGORITHMS = ["EdDSA", "ES256", "ES384", "RS256", "PS256"];

export interface JwtVerifier {
  verify(authorization: string | undefined): Promise<Identity>;
}

export async function jwtVerifierFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<JwtVerifier> {
  const production = runtimeMode(env) === "production";
  let keys: JWTVerifyGetKey;
  if (env.JWKS_URL) {
    keys = createRemoteJWKSet(new URL(env.JWKS_URL));
  } else {
    const path = env.JWKS_FILE ?? (production ? undefined : DEVELOPMENT_JWKS_PATH);
    if (!path) throw new Error("JWKS_URL or JWKS_FILE must be set in production");
    const jwks = JSON.parse(await readFile(path, "utf8")) as JSONWebKeySet;
    if (production && jwks.keys.some((key) => key.kid === DEVELOPMENT_KEY_ID)) {
      throw new Error("the development signing key is not trusted in production: remove it from JWKS_FILE");
    }
    keys = createLocalJWKSet(jwks);
  }
  const issuer = env.JWT_ISSUER ?? (production ? undefined : DEFAULT_ISSUER);
  if (!issuer) throw new Error("JWT_ISSUER must be set in production");
  const audience = env.JWT_AUDIENCE ?? DEFAULT_AUDIENCE;

  return {
    async verify(authorization) {
      if (!authorization) return ANONYMOUS;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match) throw unauthenticated("malformed Authorization header");
      try {
        const { payload } = await jwtVerify(match[1]!, keys, {
          issuer,
          audience,
          algorithms: ALGORITHMS,
          requiredClaims: ["sub", "exp"],
        });
        const identity = {
          userId: payload.sub,
          roles: payload.roles,
          ...(typeof payload.department === "string" ? { department: payload.department } : {}),
          ...(typeof payload.party === "string" ? { partyId: payload.party } : {}),
          ...(typeof payload.organization === "string" ? { organization: payload.organization } : {}),
          ...(typeof payload.region === "string" ? { region: payload.region } : {}),
        };
        if (!isIdentity(identity)) throw new Error("unknown role in token");
        if (production && !hasJurisdiction(identity)) throw new Error("staff token without jurisdiction");
        return identity;
      } catch {
        // Which check failed is not told to the caller.
        throw unauthenticated("invalid or expired token");
      }
    },
  };
}

/**
 * Production tokens of staff, commanders and leaders name their region, and department staff their body:
 * a staff token without them would open every county (jurisdiction.ts narrows only what a token names).
 */
export function hasJurisdiction(identity: Identity): boolean {
  const regional = identity.roles.some((role) => role === "commander" || role === "cockpitViewer") || isStaff(identity);
  if (regional && identity.region === undefined) return false;
  return !isStaff(identity) || identity.organization !== undefined;
}

function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Unauthenticated: ${reason}`, {
    extensions: { code: "UNAUTHENTICATED", messageZh: "身份验证失败，请重新登录", http: { status: 401 } },
  });
}
