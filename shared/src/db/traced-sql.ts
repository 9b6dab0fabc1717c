// One span per SQL statement a subgraph sends, a child of the request's span. It sits between Prisma and the
// driver adapter (statement-hook.ts), so it sees every statement, batched or in a transaction,
// whichever store sends it. The statement's text carries placeholders, never the values.
import { SpanKind, trace } from "@opentelemetry/api";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { hookStatements } from "./statement-hook.js";
import { inSpan, tracingActive } from "../telemetry/tracing.js";

/**
 * The span of one statement, named by its verb (SELECT, INSERT, BEGIN…) as the semantic conventions suggest.
 * Only within a trace: migrations and the outbox's polling would otherwise make a one-span trace per statement.
 */
function statement<T>(sql: string, send: () => Promise<T>): Promise<T> {
  if (!trace.getActiveSpan()) return send();
  const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "SQL";
  return inSpan(
    verb,
    {
      kind: SpanKind.CLIENT,
      attributes: { "db.system.name": "postgresql", "db.operation.name": verb, "db.query.text": sql },
    },
    send,
  );
}

/**
 * The factory, tracing the statements of the adapters it connects when this process traces (tracing starts
 * before the database opens); the factory itself otherwise, so an untraced process pays nothing.
 */
export function tracedAdapterFactory(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  return tracingActive() ? hookStatements(factory, statement) : factory;
}
