import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { intFromEnv } from "@onedoor/shared/config";
import { reportToLauncher, runService } from "@onedoor/shared/system/parent-link";
import { createLogger } from "@onedoor/shared/logger";
import { installProcessErrorPolicy } from "@onedoor/shared/server/process-errors";
import { startTracing } from "@onedoor/shared/telemetry/tracing";
import { startGateway } from "./server.js";
import { SUPERGRAPH_PATH } from "./compose.js";

// A promise nobody awaited is logged and the gateway keeps serving; an uncaught exception ends it.
installProcessErrorPolicy(createLogger("gateway"));

const { values } = parseArgs({ options: { supergraph: { type: "string" } } });
const supergraphPath = resolve(values.supergraph ?? process.env.SUPERGRAPH_PATH ?? SUPERGRAPH_PATH);
// Runs until SIGTERM, SIGINT or the launcher ending; GATEWAY_PORT=0 binds any free port and reports it.
await runService(async () => {
  // Off unless the OTEL_* variables ask for it (shared/src/telemetry/tracing.ts).
  const tracing = await startTracing("gateway");
  const running = await startGateway({
    supergraphPath,
    port: intFromEnv("GATEWAY_PORT", 4000),
    host: process.env.HOST,
  });
  await reportToLauncher({ onedoor: "ready", port: running.port });
  return {
    stop: async () => {
      await running.stop();
      await tracing?.shutdown();
    },
  };
});
