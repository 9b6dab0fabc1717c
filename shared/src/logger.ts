import { pino, type DestinationStream, type Logger } from "pino";
import { traceLogFields } from "./telemetry/tracing.js";

export type { Logger };

/**
 * JSON logs on stdout; one logger per process, children carry the request id. While tracing, each line also
 * names the trace and span it was written in, so a log line leads to its trace and back.
 */
export function createLogger(service: string, destination?: DestinationStream): Logger {
  return pino(
    {
      name: service,
      level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: traceLogFields,
    },
    destination,
  );
}
