// One place that sits between Prisma and the driver adapter and sees every statement: batched or not, in a
// transaction or not, with the transaction control statements (BEGIN, COMMIT, ROLLBACK). Tracing gives each
// statement a span through it, and tests count statements through it.
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

/** Called for each statement with its SQL text (placeholders, never values) and the call that sends it. */
export type StatementHook = <T>(sql: string, send: () => Promise<T>) => Promise<T>;

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

function hookedQueries<T extends SqlDriverAdapter | Transaction>(
  target: T,
  hook: StatementHook,
): Partial<Record<keyof T, unknown>> {
  return {
    queryRaw: (query: SqlQuery) => hook(query.sql, () => target.queryRaw(query)),
    executeRaw: (query: SqlQuery) => hook(query.sql, () => target.executeRaw(query)),
  } as Partial<Record<keyof T, unknown>>;
}

function hookedTransaction(transaction: Transaction, hook: StatementHook): Transaction {
  return withMethods(transaction, {
    ...hookedQueries(transaction, hook),
    commit: () => hook("COMMIT", () => transaction.commit()),
    rollback: () => hook("ROLLBACK", () => transaction.rollback()),
  });
}

function hookedAdapter(adapter: SqlDriverAdapter, hook: StatementHook): SqlDriverAdapter {
  return withMethods(adapter, {
    ...hookedQueries(adapter, hook),
    startTransaction: (...args: Parameters<SqlDriverAdapter["startTransaction"]>) =>
      hook("BEGIN", async () => hookedTransaction(await adapter.startTransaction(...args), hook)),
  });
}

/** The factory, with `hook` around every statement of the adapters it connects. */
export function hookStatements(
  factory: SqlMigrationAwareDriverAdapterFactory,
  hook: StatementHook,
): SqlMigrationAwareDriverAdapterFactory {
  return withMethods(factory, {
    connect: async () => hookedAdapter(await factory.connect(), hook),
    connectToShadowDb: async () => hookedAdapter(await factory.connectToShadowDb(), hook),
  });
}
