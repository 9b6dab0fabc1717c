// Counts the SQL statements a subgraph sends to its database, so a test can show that a list costs a
// fixed number of statements however many rows it holds (no N+1). It sits between Prisma and the
// driver adapter, so it sees every statement Prisma sends, batched or not, including the
// transaction control statements (BEGIN, COMMIT, ROLLBACK), and the loaders' own reads through the
// adapter (db/adapter-reads.ts).
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { hookStatements } from "../db/statement-hook.js";

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
  const adapterFactory = hookStatements(factory, (sql, send) => {
    tally.record(sql);
    return send();
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
