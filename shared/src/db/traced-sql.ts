// One span per SQL statement a subgraph sends, a child of the request's span. It sits between Prisma and the
// driver adapter (as testing/sql-counter.ts does), so it sees every statement, batched or in a transaction,
// whichever store sends it. The statement's text carries placeholders, never the values.
import { SpanKind, trace } from "@opentelemetry/api";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { inSpan, tracingActive } from "../telemetry/tracing.js";

/** Wraps an object so that some of its methods are replaced; everything else reaches the original. */
function withMethods<T extends object>(target: T, overrides: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (Object.prototype.hasOwnProperty.call(overrides, property)) return overrides[property as keyof T];
      const value = Reflect.get(object, property, receiver) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}

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

function tracedQueries<T extends SqlDriverAdapter | Transaction>(target: T): Partial<Record<keyof T, unknown>> {
  return {
    queryRaw: (query: SqlQuery) => statement(query.sql, () => target.queryRaw(query)),
    executeRaw: (query: SqlQuery) => statement(query.sql, () => target.executeRaw(query)),
  } as Partial<Record<keyof T, unknown>>;
}

function tracedTransaction(transaction: Transaction): Transaction {
  return withMethods(transaction, {
    ...tracedQueries(transaction),
    commit: () => statement("COMMIT", () => transaction.commit()),
    rollback: () => statement("ROLLBACK", () => transaction.rollback()),
  });
}

function tracedAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return withMethods(adapter, {
    ...tracedQueries(adapter),
    executeScript: (script: string) => statement(script, () => adapter.executeScript(script)),
    startTransaction: (...args: Parameters<SqlDriverAdapter["startTransaction"]>) =>
      statement("BEGIN", async () => tracedTransaction(await adapter.startTransaction(...args))),
  });
}

/**
 * The factory, tracing the statements of the adapters it connects when this process traces (tracing starts
 * before the database opens); the factory itself otherwise, so an untraced process pays nothing.
 */
export function tracedAdapterFactory(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  if (!tracingActive()) return factory;
  return withMethods(factory, {
    connect: async () => tracedAdapter(await factory.connect()),
    connectToShadowDb: async () => tracedAdapter(await factory.connectToShadowDb()),
  });
}
