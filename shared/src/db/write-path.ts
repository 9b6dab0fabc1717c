// The one way a record changes, in every department: load it by id → ask the department's pure state
// machine → update it only if it still has the version it was read at → its case events into the outbox →
// the audit entry, all in one transaction. Of two concurrent edits one wins; the other gets CONFLICT.
import { givenFields, recordAudit, type AuditActor, type AuditStore } from "../audit/audit.js";
import { recordCaseEvent, type NewCaseEvent, type OutboxStore } from "../events/outbox.js";
import { conflict, invalidState, notFound } from "../graphql/errors.js";
import { isUuid } from "../graphql/input-bounds.js";

/** What a department's state machine answers for a step: the next status, or why not (bilingual). */
export type Transition<Status extends string> =
  { ok: true; status: Status } | { ok: false; reason: string; messageEn: string; messageZh: string };

/** Raises the one INVALID_STATE every department raises: `reason` (machine-readable) and `status` (the current one). */
export function refused(transition: Extract<Transition<string>, { ok: false }>, currentStatus: string) {
  return invalidState(transition.messageEn, transition.messageZh, {
    reason: transition.reason,
    status: currentStatus,
  });
}

export interface VersionedRow {
  id: string;
  version: number;
  status: string;
}

/** A Prisma model delegate of a versioned table: every generated client's fits as it is. */
export interface VersionedTable<Row, Update> {
  findUnique(args: { where: { id: string } }): PromiseLike<Row | null>;
  findUniqueOrThrow(args: { where: { id: string } }): PromiseLike<Row>;
  updateMany(args: { where: { id: string; version: number }; data: Update }): PromiseLike<{ count: number }>;
}

/** A Prisma client: what the write path needs of it. Its transaction client is `Tx`. */
export interface TransactionalStore<Tx> {
  $transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R>;
}

/** How one kind of record is found and named, declared once per department (e.g. the mediation case). */
export interface RecordKind<Row extends VersionedRow, Tx, Update> {
  /** GraphQL type name: NOT_FOUND, CONFLICT and the audit entry name it. */
  entity: string;
  /** Its Chinese name, for messages (调解案件). */
  nameZh: string;
  table(db: Tx): VersionedTable<Row, Update>;
  /** The outbox of a department that reports to the registry; the registry itself writes its own timeline. */
  outbox?(tx: Tx): OutboxStore;
  audit(tx: Tx): AuditStore;
}

/** The case events of a step: the dispute code and record id default to the changed row's. */
export type StepEvent = Omit<NewCaseEvent, "disputeCode"> & { disputeCode?: string };

/**
 * The audit entry of a step: the mutation and its input (field names only; `nested` also names the fields of
 * object inputs, e.g. `applicant.residentId`); the record itself unless another is named, possibly by what
 * only the committed row knows (a code allocated in the transaction).
 */
export interface AuditSpec<Row> {
  action: string;
  input?: object | null;
  nested?: boolean;
  entity?: string;
  entityId?: string | ((row: Row) => string);
}

export interface RecordChange<Row extends VersionedRow, Tx, Update, Status extends string> {
  id: string;
  /** The version the client read; a different current version is a CONFLICT before anything runs. */
  expectedVersion?: number | null;
  /** The department's pure state machine, given the row (and whatever else it loads). */
  decide(row: Row): Transition<Status> | Promise<Transition<Status>>;
  /** Columns set with the step; status and version are set by the write path. */
  columns?(row: Row, next: Status): Omit<Update, "status" | "version">;
  /** Other rows written in the same transaction, after the guarded update. */
  write?(tx: Tx, before: Row, next: Status): Promise<void>;
  /** The step's reports to the registry's timeline, written to the outbox in the transaction. */
  events?(step: { tx: Tx; before: Row; after: Row }): readonly StepEvent[] | Promise<readonly StepEvent[]>;
  audit: AuditSpec<Row>;
}

const staleVersion = (kind: { entity: string }, id: string, version: number) =>
  conflict(
    `The ${kind.entity} was changed by someone else since you read it; reload it and try again`,
    "记录已被他人修改，请刷新后重试",
    { entity: kind.entity, id, currentVersion: version },
  );

/** A record by id, or NOT_FOUND; a malformed id names no record and never reaches the database. */
export async function loadById<Row>(
  kind: { entity: string; nameZh: string },
  id: string,
  find: (id: string) => PromiseLike<Row | null | undefined>,
): Promise<Row> {
  const row = isUuid(id) ? await find(id) : null;
  if (!row) throw notFound(kind.entity, id, `${kind.nameZh}不存在`);
  return row;
}

async function recordStep<Row extends { id: string }, Tx>(
  tx: Tx,
  kind: Pick<RecordKind<VersionedRow, Tx, unknown>, "entity" | "outbox" | "audit">,
  actor: AuditActor,
  row: Row & { disputeCode?: string | null },
  events: readonly StepEvent[],
  audit: AuditSpec<Row>,
): Promise<void> {
  if (events.length > 0) {
    if (!kind.outbox) throw new Error(`${kind.entity} reports no case events: it has no outbox`);
    const outbox = kind.outbox(tx);
    for (const event of events) {
      const disputeCode = event.disputeCode ?? row.disputeCode;
      if (!disputeCode) throw new Error(`a case event of ${kind.entity} ${row.id} names no dispute`);
      await recordCaseEvent(outbox, { ...event, disputeCode, recordId: event.recordId ?? row.id });
    }
  }
  await recordAudit(kind.audit(tx), actor, {
    action: audit.action,
    entity: audit.entity ?? kind.entity,
    entityId: typeof audit.entityId === "function" ? audit.entityId(row) : (audit.entityId ?? row.id),
    fields: givenFields(audit.input, { nested: audit.nested }),
  });
}

/** Applies one step to a record through the write path and returns the row as committed. */
export async function changeRecord<
  Row extends VersionedRow & { disputeCode?: string | null },
  Tx,
  Update,
  Status extends string,
>(
  store: TransactionalStore<Tx> & Tx,
  actor: AuditActor,
  kind: RecordKind<Row, Tx, Update>,
  change: RecordChange<Row, Tx, Update, Status>,
): Promise<Row> {
  const before = await loadById(kind, change.id, (id) => kind.table(store).findUnique({ where: { id } }));
  if (change.expectedVersion != null && change.expectedVersion !== before.version)
    throw staleVersion(kind, before.id, before.version);
  const transition = await change.decide(before);
  if (!transition.ok) throw refused(transition, before.status);
  const next = transition.status;
  return store.$transaction(async (tx) => {
    const table = kind.table(tx);
    const data = { ...change.columns?.(before, next), status: next, version: { increment: 1 } } as Update;
    const { count } = await table.updateMany({ where: { id: before.id, version: before.version }, data });
    if (count === 0) throw staleVersion(kind, before.id, before.version + 1);
    await change.write?.(tx, before, next);
    const after = await table.findUniqueOrThrow({ where: { id: before.id } });
    const events = (await change.events?.({ tx, before, after })) ?? [];
    await recordStep(tx, kind, actor, after, events, change.audit);
    return after;
  });
}

export interface RecordCreation<Row, Tx> {
  create(tx: Tx): Promise<Row>;
  events?(step: { tx: Tx; after: NoInfer<Row> }): readonly StepEvent[] | Promise<readonly StepEvent[]>;
  // The row's type comes from `create`.
  audit: AuditSpec<NoInfer<Row>>;
}

/**
 * Creates a record with its case events and audit entry in one transaction. Records without a lifecycle of
 * their own (a consultation, a directory entry) are created this way too: only the kind's names, outbox and
 * audit log are used.
 */
export function createRecord<Row extends { id: string; disputeCode?: string | null }, Tx>(
  store: TransactionalStore<Tx>,
  actor: AuditActor,
  kind: Pick<RecordKind<VersionedRow, Tx, unknown>, "entity" | "outbox" | "audit">,
  creation: RecordCreation<Row, Tx>,
): Promise<Row> {
  return store.$transaction(async (tx) => {
    const after = await creation.create(tx);
    const events = (await creation.events?.({ tx, after })) ?? [];
    await recordStep(tx, kind, actor, after, events, creation.audit);
    return after;
  });
}
