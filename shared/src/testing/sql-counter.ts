// Counts the SQL statements a subgraph sends to its database, so a test can show that a list costs a
// fixed number of statements however many rows it holds (no N+1). It sits between Prisma and the
// driver adapter, so it sees every statement Prisma sends, batched or not, including the
// transaction control statements (BEGIN, COMMIT, ROLLBACK).
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

export interface SqlCounter {
  /** Statements sent since the last reset. */
  readonly count: number;
  /** Their SQL text, in order (transaction control as "BEGIN", "COMMIT", "ROLLBACK"). */
  readonly statements: readonly string[];
  reset(): void;
}

class Tally implements SqlCounter {
  statements: string[] = [];
  get count(): number {
    return this.statements.length;
  }
  reset(): void {
    this.statements = [];
  }
  record(sql: string): void {
    this.statements.push(sql);
  }
}

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

function countingQueries<T extends SqlDriverAdapter | Transaction>(
  target: T,
  tally: Tally,
): Partial<Record<keyof T, unknown>> {
  return {
    queryRaw: (query: SqlQuery) => {
      tally.record(query.sql);
      return target.queryRaw(query);
    },
    executeRaw: (query: SqlQuery) => {
      tally.record(query.sql);
      return target.executeRaw(query);
    },
  } as Partial<Record<keyof T, unknown>>;
}

function countingTransaction(transaction: Transaction, tally: Tally): Transaction {
  return withMethods(transaction, {
    ...countingQueries(transaction, tally),
    commit: () => {
      tally.record("COMMIT");
      return transaction.commit();
    },
    rollback: () => {
      tally.record("ROLLBACK");
      return transaction.rollback();
    },
  });
}

function countingAdapter(adapter: SqlDriverAdapter, tally: Tally): SqlDriverAdapter {
  return withMethods(adapter, {
    ...countingQueries(adapter, tally),
    startTransaction: async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) => {
      tally.record("BEGIN");
      return countingTransaction(await adapter.startTransaction(...args), tally);
    },
  });
}

/**
 * The given adapter factory, counting every statement sent through the adapters it connects.
 * Open the store with `adapterFactory` (e.g. `definition.openStore(adapterFactory)`) after the
 * migrations ran on the original, and read or reset `counter` around the request being measured.
 */
export function countingAdapterFactory(factory: SqlMigrationAwareDriverAdapterFactory): {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  counter: SqlCounter;
} {
  const tally = new Tally();
  const adapterFactory = withMethods(factory, {
    connect: async () => countingAdapter(await factory.connect(), tally),
    connectToShadowDb: async () => countingAdapter(await factory.connectToShadowDb(), tally),
  });
  return { adapterFactory, counter: tally };
}

/** Statements issued while `work` runs (the counter must not be shared with concurrent work). */
export async function statementsDuring<T>(
  counter: SqlCounter,
  work: () => Promise<T>,
): Promise<{ result: T; statements: number; sql: string[] }> {
  counter.reset();
  const result = await work();
  return { result, statements: counter.count, sql: [...counter.statements] };
}
