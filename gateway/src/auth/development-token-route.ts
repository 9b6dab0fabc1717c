// `GET /dev/token?role=cockpitViewer|commander`: lets whoever runs `npm start` open the cockpit page and
// try the graph in GraphiQL without a sign-in service. Only where the gateway trusts the development key,
// never in production: that key's private half is in the repository, so whoever can reach such a gateway
// can already sign any token with `npm run token`; this saves the copying. Other roles: `npm run token`.
import { resolve } from "node:path";
import express, { type Router } from "express";
import { runtimeMode } from "@onedoor/shared/config";
import type { Role } from "@onedoor/shared/auth/identity";
import { developmentToken, withDefaultJurisdiction } from "./development-token.js";
import { DEFAULT_ISSUER, DEVELOPMENT_JWKS_PATH } from "./jwt.js";

const OFFERED_ROLES: readonly Role[] = ["cockpitViewer", "commander"];
const TTL = "8h";

/** True when tokens signed with the development key would be accepted by this gateway. */
export function developmentTokensTrusted(env: NodeJS.ProcessEnv = process.env): boolean {
  return (
    runtimeMode(env) !== "production" &&
    !env.JWKS_URL &&
    (!env.JWKS_FILE || resolve(env.JWKS_FILE) === DEVELOPMENT_JWKS_PATH) &&
    (env.JWT_ISSUER ?? DEFAULT_ISSUER) === DEFAULT_ISSUER
  );
}

export function developmentTokenRouter(): Router {
  const router = express.Router();
  router.get("/dev/token", async (req, res, next) => {
    const role = req.query.role ?? "cockpitViewer";
    if (typeof role !== "string" || !OFFERED_ROLES.includes(role as Role)) {
      res.status(400).json({
        error: `only ${OFFERED_ROLES.join(", ")} tokens are offered here; use npm run token for other roles`,
        messageZh: `此处只提供 ${OFFERED_ROLES.join("、")} 的开发令牌，其他角色请用 npm run token`,
      });
      return;
    }
    try {
      // In the demo county: the demo stories are there (withDefaultJurisdiction).
      const token = await developmentToken(
        withDefaultJurisdiction({ roles: [role as Role], sub: `dev-${role}`, ttl: TTL }),
      );
      res.setHeader("cache-control", "no-store");
      res.json({ token, role, expiresIn: TTL });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
