import { pino, type Logger } from "pino";

export type { Logger };

/** JSON logs on stdout; one logger per process, children carry the request id. */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
