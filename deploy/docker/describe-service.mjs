// Build stage of an image (`node --import tsx deploy/docker/describe-service.mjs <service>`): prints what the
// image runs, read from the sources rather than repeated in the Dockerfiles: the service's bundle, the
// variable that sets its port and the default port (shared/src/config.ts; the gateway's from its main.ts).
// The health check reads it. An unknown service ends the build, so a misspelt DEPARTMENT cannot build.
import { readFileSync } from "node:fs";
import process from "node:process";
import { URL } from "node:url";
import { envPrefix, SUBGRAPHS } from "../../shared/src/config.ts";

export function describeService(service) {
  if (service === "gateway") {
    const main = readFileSync(new URL("../../gateway/src/main.ts", import.meta.url), "utf8");
    const port = /intFromEnv\("GATEWAY_PORT", (\d+)\)/.exec(main)?.[1];
    if (!port) throw new Error("gateway/src/main.ts no longer reads GATEWAY_PORT with a default");
    return { service, bundle: "gateway/dist/main.js", portVariable: "GATEWAY_PORT", port: Number(port) };
  }
  if (!Object.hasOwn(SUBGRAPHS, service)) {
    throw new Error(`unknown service "${service}": gateway or one of ${Object.keys(SUBGRAPHS).join(", ")}`);
  }
  return {
    service,
    bundle: `subgraphs/${service}/dist/main.js`,
    portVariable: `${envPrefix(service)}_PORT`,
    port: SUBGRAPHS[service],
  };
}

if (import.meta.filename === process.argv[1]) {
  process.stdout.write(`${JSON.stringify(describeService(process.argv[2] ?? ""))}\n`);
}
