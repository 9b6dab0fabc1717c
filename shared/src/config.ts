// Environment shared by every process of OneDoor. Read once at start-up, never per request.

export type RuntimeMode = "development" | "production" | "test";

export function runtimeMode(env: NodeJS.ProcessEnv = process.env): RuntimeMode {
  const mode = env.NODE_ENV;
  if (mode === "production" || mode === "test") return mode;
  return "development";
}

/** Env var prefix of a subgraph: `legal-aid` → `LEGAL_AID`. */
export function envPrefix(subgraph: string): string {
  return subgraph.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
}

export function intFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/** The five resident bodies and their default ports (gateway: 4000). */
export const SUBGRAPHS = {
  petitions: 4001,
  mediation: 4002,
  arbitration: 4003,
  litigation: 4004,
  "legal-aid": 4005,
  "administrative-review": 4006,
} as const;
export type SubgraphName = keyof typeof SUBGRAPHS;
export const SUBGRAPH_NAMES = Object.keys(SUBGRAPHS) as SubgraphName[];

/**
 * The subgraph whose staff work for each routing department (部门) of the registry; the catch-all
 * comprehensive window (综合调处窗口) is the registry's own.
 */
export const DEPARTMENT_SUBGRAPH = {
  PETITIONS: "petitions",
  COMPREHENSIVE_WINDOW: "petitions",
  MEDIATION: "mediation",
  ARBITRATION: "arbitration",
  LITIGATION: "litigation",
  LEGAL_AID: "legal-aid",
  ADMINISTRATIVE_REVIEW: "administrative-review",
} as const satisfies Record<string, SubgraphName>;

export function subgraphPort(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): number {
  return intFromEnv(`${envPrefix(name)}_PORT`, SUBGRAPHS[name], env);
}
