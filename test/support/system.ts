// The system under test: the real gateway and five subgraphs as separate processes, on throwaway
// databases: embedded PGlite by default, PostgreSQL when TEST_DATABASE_URL is set (CI does both).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { SUBGRAPH_NAMES } from "@onedoor/shared/config";
import { databaseLocation, dropDatabase } from "@onedoor/shared/db/database";
import { launchSystem, type LaunchOptions, type RunningSystem } from "@onedoor/shared/system/launcher";
import { as, defaultCaller } from "./callers.js";

export interface TestDatabases {
  env: NodeJS.ProcessEnv;
  kind: "pglite" | "postgres";
  drop(): Promise<void>;
}

/** Fresh databases for one test file; they survive restarts of the system until `drop`. */
export async function testDatabases(): Promise<TestDatabases> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const base = new URL(server);
    base.pathname = `/onedoor_test_${randomBytes(4).toString("hex")}`;
    const env = { DATABASE_BASE_URL: base.toString() };
    return {
      env,
      kind: "postgres",
      drop: async () => {
        for (const name of SUBGRAPH_NAMES) {
          const location = databaseLocation(name, env);
          if (location.kind === "postgres") await dropDatabase(location.url);
        }
      },
    };
  }
  const dir = await mkdtemp(join(tmpdir(), "onedoor-test-"));
  return { env: { DATA_DIR: dir }, kind: "pglite", drop: () => rm(dir, { recursive: true, force: true }) };
}

export function startSystem(databases: TestDatabases, options: LaunchOptions = {}): Promise<RunningSystem> {
  return launchSystem({
    // Each process binds a free port and reports it: no race with other systems on the machine.
    ports: "any",
    output: "capture",
    ...options,
    env: { NODE_ENV: "test", LOG_LEVEL: "info", ...databases.env, ...options.env },
  });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
  headers: Headers;
}

/**
 * A request through the gateway. Without an `authorization` header it acts as the default caller
 * (callers.ts: the owning department's staff for mutations, the commander for queries);
 * pass `await as(caller)` to be someone else, `await as(null)` to be anonymous.
 */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const caller = "authorization" in headers ? {} : await as(defaultCaller(query));
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...caller, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as GraphQLResponse<T>["body"],
    headers: response.headers,
  };
}

/** Client for the system started once by the global setup (see global-setup.ts). */
export function sharedGateway(url: string) {
  return <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => graphql<T>(url, query, variables, headers);
}
