// The write path's order and guards, over a store that keeps rows in memory and commits a transaction's
// writes only if its function returns (as a database would).
import { describe, expect, it } from "vitest";
import type { GraphQLError } from "graphql";
import { changeRecord, createRecord, loadById, type RecordKind } from "./write-path.js";

interface Row {
  id: string;
  version: number;
  status: "OPEN" | "CLOSED";
  disputeCode: string;
  note?: string;
}
const ID = "00000000-0000-4000-8000-000000000001";

function memoryStore(initial: Row[]) {
  const committed = {
    rows: new Map(initial.map((r) => [r.id, { ...r }])),
    outbox: [] as object[],
    audit: [] as object[],
  };
  const tables = (state: typeof committed) => ({
    state,
    table: {
      findUnique: async ({ where }: { where: { id: string } }) => state.rows.get(where.id) ?? null,
      findUniqueOrThrow: async ({ where }: { where: { id: string } }) => state.rows.get(where.id)!,
      updateMany: async ({
        where,
        data,
      }: {
        where: { id: string; version: number };
        data: Record<string, unknown>;
      }) => {
        const row = state.rows.get(where.id);
        if (!row || row.version !== where.version) return { count: 0 };
        const { version, ...columns } = data as { version: { increment: number } };
        state.rows.set(row.id, { ...row, ...columns, version: row.version + version.increment } as Row);
        return { count: 1 };
      },
    },
    outboxEvent: {
      create: async ({ data }: { data: object }) => state.outbox.push(data),
      findMany: async () => [],
      updateMany: async () => ({ count: 0 }),
    },
    auditEntry: {
      create: async ({ data }: { data: object }) => state.audit.push(data),
      findMany: async () => [],
      count: async () => state.audit.length,
    },
  });
  type Db = ReturnType<typeof tables>;
  const store = {
    ...tables(committed),
    /** Another writer changes the row between our read and our update. */
    interfere: undefined as undefined | (() => void),
    async $transaction<R>(fn: (tx: Db) => Promise<R>): Promise<R> {
      store.interfere?.();
      const draft = {
        rows: new Map([...committed.rows].map(([k, v]) => [k, { ...v }])),
        outbox: [...committed.outbox],
        audit: [...committed.audit],
      };
      const result = await fn(tables(draft));
      Object.assign(committed, draft);
      return result;
    },
  };
  const kind: RecordKind<Row, Db, Partial<Row>> = {
    entity: "TestCase",
    nameZh: "测试案件",
    table: (db) => db.table,
    outbox: (db) => db,
    audit: (db) => db,
  };
  return { store, kind, committed };
}

const actor = { identity: { userId: "clerk-1", roles: [] }, requestId: "r-1" };
const close = (expectedVersion?: number) => ({
  id: ID,
  expectedVersion,
  decide: (row: Row) =>
    row.status === "OPEN"
      ? ({ ok: true, status: "CLOSED" } as const)
      : ({ ok: false, reason: "ALREADY_CLOSED", messageEn: "already closed", messageZh: "已结案" } as const),
  columns: () => ({ note: "调解成功" }),
  events: () => [{ type: "MEDIATION_AGREEMENT_REACHED" as const, summary: "结案" }],
  audit: { action: "closeTestCase", input: { note: "调解成功", secret: undefined } },
});

const codeOf = (error: unknown) => (error as GraphQLError).extensions.code;

describe("the shared write path", () => {
  it("applies the step, bumps the version, and writes the event and the audit entry with it", async () => {
    const { store, kind, committed } = memoryStore([
      { id: ID, version: 3, status: "OPEN", disputeCode: "330122260000016" },
    ]);
    const after = await changeRecord(store, actor, kind, close(3));
    expect(after).toMatchObject({ status: "CLOSED", version: 4, note: "调解成功" });
    expect(committed.outbox).toEqual([
      expect.objectContaining({ disputeCode: "330122260000016", recordId: ID, type: "MEDIATION_AGREEMENT_REACHED" }),
    ]);
    expect(committed.audit).toEqual([
      expect.objectContaining({
        action: "closeTestCase",
        entity: "TestCase",
        entityId: ID,
        fields: ["note"],
        actor: "clerk-1",
      }),
    ]);
  });

  it("refuses a stale expectedVersion with CONFLICT before anything runs", async () => {
    const { store, kind, committed } = memoryStore([{ id: ID, version: 3, status: "OPEN", disputeCode: "c" }]);
    await expect(changeRecord(store, actor, kind, close(2))).rejects.toSatisfy((e) => codeOf(e) === "CONFLICT");
    expect(committed.rows.get(ID)).toMatchObject({ status: "OPEN", version: 3 });
    expect(committed.audit).toHaveLength(0);
  });

  it("maps a lost race (the row changed between read and write) to CONFLICT and commits nothing", async () => {
    const { store, kind, committed } = memoryStore([{ id: ID, version: 1, status: "OPEN", disputeCode: "c" }]);
    store.interfere = () => void committed.rows.set(ID, { ...committed.rows.get(ID)!, version: 2 });
    await expect(changeRecord(store, actor, kind, close())).rejects.toSatisfy((e) => codeOf(e) === "CONFLICT");
    expect(committed.outbox).toHaveLength(0);
  });

  it("raises the state machine's refusal as INVALID_STATE with its reason and the current status", async () => {
    const { store, kind } = memoryStore([{ id: ID, version: 1, status: "CLOSED", disputeCode: "c" }]);
    const error = (await changeRecord(store, actor, kind, close()).catch((e: unknown) => e)) as GraphQLError;
    expect(error.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "ALREADY_CLOSED",
      status: "CLOSED",
      messageZh: "已结案",
    });
  });

  it("answers NOT_FOUND for an unknown id and for a malformed one, without asking the database", async () => {
    const { store, kind } = memoryStore([]);
    await expect(changeRecord(store, actor, kind, close())).rejects.toSatisfy((e) => codeOf(e) === "NOT_FOUND");
    let asked = false;
    await expect(loadById(kind, "x'; DROP TABLE", async () => ((asked = true), null))).rejects.toSatisfy(
      (e) => codeOf(e) === "NOT_FOUND",
    );
    expect(asked).toBe(false);
  });

  it("creates a record with its events and audit entry in one transaction", async () => {
    const { store, kind, committed } = memoryStore([]);
    const row = await createRecord(store, actor, kind, {
      create: async (tx) => {
        const created: Row = { id: ID, version: 1, status: "OPEN", disputeCode: "330122260000034" };
        tx.state.rows.set(ID, created);
        return created;
      },
      events: () => [{ type: "MEDIATION_ACCEPTED" as const, summary: "受理" }],
      audit: { action: "openTestCase", input: { disputeCode: "330122260000034" } },
    });
    expect(row.id).toBe(ID);
    expect(committed.outbox).toEqual([expect.objectContaining({ type: "MEDIATION_ACCEPTED", recordId: ID })]);
    expect(committed.audit).toEqual([expect.objectContaining({ action: "openTestCase", fields: ["disputeCode"] })]);
  });
});
