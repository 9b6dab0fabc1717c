import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { intFromEnv } from "@onedoor/shared/config";
import { startGateway } from "./server.js";
import { SUPERGRAPH_PATH } from "./compose.js";

const { values } = parseArgs({ options: { supergraph: { type: "string" } } });
const supergraphPath = resolve(values.supergraph ?? process.env.SUPERGRAPH_PATH ?? SUPERGRAPH_PATH);
const running = await startGateway({ supergraphPath, port: intFromEnv("GATEWAY_PORT", 4000), host: process.env.HOST });

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
