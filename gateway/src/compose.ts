// Composes the five committed subgraph SDLs into gateway/supergraph.graphql at build time,
// so the gateway never needs a subgraph to be up to know the graph. `--check` fails when stale.
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { SUBGRAPH_NAMES, SUBGRAPHS, type SubgraphName } from "@onedoor/shared/config";
import { REPO_ROOT } from "@onedoor/shared/db/database";
import { namingProblems } from "./naming-guard.js";

export const SUPERGRAPH_PATH = resolve(import.meta.dirname, "../supergraph.graphql");

export interface SubgraphSdl {
  name: SubgraphName;
  sdl: string;
}

/** The committed SDL of every registered subgraph. */
export async function subgraphSdls(): Promise<SubgraphSdl[]> {
  return Promise.all(
    SUBGRAPH_NAMES.map(async (name) => ({
      name,
      sdl: await readFile(resolve(REPO_ROOT, "subgraphs", name, "schema.graphql"), "utf8"),
    })),
  );
}

/** Default URLs are baked in; each can be overridden at run time (`<SUBGRAPH>_URL`). */
export async function composeSupergraph(): Promise<string> {
  return composeSdls(await subgraphSdls());
}

/** Composes the given SDLs (tests compose altered copies to see what a change would do to the graph). */
export function composeSdls(sdls: readonly SubgraphSdl[]): string {
  const problems = namingProblems(sdls);
  if (problems.length > 0) throw new Error(`names collide:\n${problems.map((p) => `- ${p}`).join("\n")}`);
  const services = sdls.map(({ name, sdl }) => ({
    name,
    url: `http://127.0.0.1:${SUBGRAPHS[name]}/graphql`,
    typeDefs: parse(sdl),
  }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}

if (import.meta.filename === process.argv[1]) {
  const supergraph = await composeSupergraph();
  if (process.argv.includes("--check")) {
    const committed = await readFile(SUPERGRAPH_PATH, "utf8").catch(() => "");
    if (committed !== supergraph) {
      console.error("gateway/supergraph.graphql is stale: run `npm run compose`");
      process.exit(1);
    }
    console.log("gateway/supergraph.graphql is up to date");
  } else {
    await writeFile(SUPERGRAPH_PATH, supergraph);
    console.log(`wrote ${SUPERGRAPH_PATH}`);
  }
}
