// One running system (gateway + five subgraphs, demo data seeded) shared by the end-to-end files
// that only add their own records. Files that stop or restart processes start their own system.
import type { TestProject } from "vitest/node";
import { SUBGRAPH_NAMES, type SubgraphName } from "@onedoor/shared/config";
import { startSystem, testDatabases } from "./system.js";

declare module "vitest" {
  export interface ProvidedContext {
    gatewayUrl: string;
    gatewayOrigin: string;
    /** For tests that call a department directly (they must be refused) or start a gateway of their own. */
    subgraphOrigins: Record<SubgraphName, string>;
  }
}

export default async function setup(project: TestProject) {
  const databases = await testDatabases();
  const system = await startSystem(databases, { env: { SEED_DEMO_DATA: "1" } });
  project.provide("gatewayUrl", system.gatewayUrl);
  project.provide("gatewayOrigin", system.gatewayOrigin);
  project.provide(
    "subgraphOrigins",
    Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, system.subgraphOrigin(name)])) as Record<
      SubgraphName,
      string
    >,
  );
  return async () => {
    await system.stop();
    await databases.drop();
  };
}
