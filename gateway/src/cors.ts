// CORS (跨域访问): a browser app served from another origin may call /graphql only if its origin is
// listed in CORS_ALLOWED_ORIGINS. Production allows none unless configured; development also allows the
// gateway's own origin. Callers authenticate with a bearer token, never a cookie, so no credentials mode.
import type express from "express";
import { runtimeMode } from "@onedoor/shared/config";
import { SIMULATED_TIME_HEADER } from "./simulated-time.js";
import { CLIENT_NAME_HEADER } from "./trusted-documents.js";

export interface CorsPolicy {
  /** Exact origins (`scheme://host[:port]`) allowed to call. */
  origins: ReadonlySet<string>;
  /** Development: the origin the request was addressed to is allowed too. */
  allowOwnOrigin: boolean;
  /** Request headers a browser may send. */
  headers: readonly string[];
}

const BASE_HEADERS = [
  "authorization",
  "content-type",
  CLIENT_NAME_HEADER,
  "apollographql-client-version",
  // Apollo's CSRF prevention accepts a GET carrying one of these.
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "x-request-id",
];

/** Headers a browser app may read from the answer. */
const EXPOSED_HEADERS = "x-request-id, retry-after";

/** An origin as browsers send it: scheme, host and port only. */
function normalisedOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`CORS_ALLOWED_ORIGINS: "${text}" is not an origin such as https://app.example.gov.cn`);
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.origin !== text.replace(/\/$/, ""))
    throw new Error(`CORS_ALLOWED_ORIGINS: "${text}" is not an origin (scheme://host[:port], no path)`);
  return url.origin;
}

/** From `CORS_ALLOWED_ORIGINS` (comma-separated origins); `*` is refused: name the apps. */
export function corsPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): CorsPolicy {
  const production = runtimeMode(env) === "production";
  const listed = (env.CORS_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  return {
    origins: new Set(listed.map(normalisedOrigin)),
    allowOwnOrigin: !production,
    headers: production ? BASE_HEADERS : [...BASE_HEADERS, SIMULATED_TIME_HEADER],
  };
}

/**
 * Answers preflights (OPTIONS) and marks answers to allowed origins. A request from another origin gets
 * no CORS headers, so the browser keeps the answer from the page; the request itself is not refused here,
 * since requests from outside a browser carry no Origin worth trusting anyway.
 */
export function cors(policy: CorsPolicy): express.RequestHandler {
  const allowHeaders = policy.headers.join(", ");
  return (req, res, next) => {
    const origin = req.header("origin");
    res.vary("Origin");
    const allowed =
      origin !== undefined &&
      (policy.origins.has(origin) || (policy.allowOwnOrigin && origin === `${req.protocol}://${req.header("host")}`));
    if (allowed) {
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
    }
    if (req.method !== "OPTIONS" || !req.header("access-control-request-method")) return next();
    if (allowed) {
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
      res.setHeader("access-control-allow-headers", allowHeaders);
      res.setHeader("access-control-max-age", "600");
    }
    res.status(204).end();
  };
}
