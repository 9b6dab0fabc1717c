// The supergraph the gateway serves comes from a file; a changed file is picked up without a restart.
import { readFile } from "node:fs/promises";
import { unwatchFile, watchFile } from "node:fs";
import type { SupergraphSdlHook } from "@apollo/gateway";
import type { Logger } from "@onedoor/shared/logger";
import { envPrefix } from "@onedoor/shared/config";

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/** Subgraph URLs named in a supergraph (`@join__graph(name:, url:)`), after `<SUBGRAPH>_URL` overrides. */
export function subgraphEndpoints(supergraphSdl: string, env: NodeJS.ProcessEnv = process.env): SubgraphEndpoint[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g)].map(([, name, url]) => ({
    name: name!,
    url: subgraphUrl(name!, url!, env),
  }));
}

export function subgraphUrl(name: string, supergraphUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${envPrefix(name)}_URL`] || supergraphUrl;
}

/**
 * A supergraph hook for ApolloGateway: serves the file and polls it for changes. A new version is
 * swapped in by the gateway between requests (in-flight ones finish on the old plan); a file that
 * does not load keeps the previous supergraph in service.
 */
export function supergraphFromFile(
  path: string,
  log: Logger,
  onChange: (sdl: string) => void,
  pollIntervalMs = 500,
): SupergraphSdlHook {
  return async ({ update }) => {
    let current = await readFile(path, "utf8");
    onChange(current);
    watchFile(path, { interval: pollIntervalMs }, () => {
      readFile(path, "utf8")
        .then((next) => {
          if (next === current) return;
          update(next);
          current = next;
          onChange(next);
          log.info({ path }, "supergraph reloaded");
        })
        .catch((error: unknown) =>
          log.error({ err: error, path }, "supergraph change rejected; keeping the previous one"),
        );
    });
    return { supergraphSdl: current, cleanup: async () => unwatchFile(path) };
  };
}
