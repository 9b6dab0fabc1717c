// Append-only audit log (审计日志) kept by every subgraph in its own database: who did what, to
// which record, when and from where; written in the same transaction as every mutation and for
// every read of unmasked personal data. It never holds the personal data itself.
import { Directive, Field, ID, ObjectType } from "type-graphql";
import type { RequestContext } from "../server/subgraph.js";
import { hasRole } from "../auth/policy.js";
import { forbidden } from "../graphql/errors.js";
import { Connection, afterCursorDesc, pageSize, toConnection } from "../graphql/connection.js";

/** The `AuditEntry` model every subgraph declares in its schema.prisma (same columns everywhere). */
export interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  roles: string[];
  action: string;
  entity: string;
  entityId: string | null;
  fields: string[];
  requestId: string;
}

export interface AuditStore {
  auditEntry: {
    create(args: { data: Omit<AuditRow, "id" | "at"> }): Promise<unknown>;
    findMany(args: { where: object; orderBy: object[]; take: number }): Promise<AuditRow[]>;
  };
}

export interface AuditFact {
  /** A mutation name (e.g. registerDispute) or READ_PERSONAL_DATA. */
  action: string;
  entity: string;
  entityId?: string;
  /** Field names touched or read, never their values. */
  fields?: string[];
}

/** Call with the transaction of the change (or the store, for an audited read). */
export async function recordAudit(tx: AuditStore, ctx: RequestContext, fact: AuditFact): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actor: ctx.identity.userId ?? "anonymous",
      roles: ctx.identity.roles,
      action: fact.action,
      entity: fact.entity,
      entityId: fact.entityId ?? null,
      fields: fact.fields ?? [],
      requestId: ctx.requestId,
    },
  });
}

@Directive("@shareable")
@ObjectType("AuditEntry", { description: "One audited action or read of personal data (审计记录)." })
export class AuditEntryView {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { description: "User id of whoever acted." })
  actor!: string;

  @Field(() => [String])
  roles!: string[];

  @Field(() => String)
  action!: string;

  @Field(() => String)
  entity!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => [String])
  fields!: string[];

  @Field(() => String, { description: "Request id: follow the request through the gateway's and other subgraphs' logs." })
  requestId!: string;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntryView, "AuditEntry") {}

/** The auditor's (and the commander's) page of this subgraph's log, newest first. */
export async function readAuditLog(store: AuditStore, ctx: RequestContext, first?: number | null, after?: string | null) {
  if (!hasRole(ctx.identity, "auditor", "commander")) throw forbidden("Only auditors read the audit log", "仅审计人员可查看审计日志");
  const size = pageSize(first);
  const rows = await store.auditEntry.findMany({
    where: afterCursorDesc("at", after, (sort) => new Date(String(sort))),
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: size + 1,
  });
  return toConnection(rows, size, (row) => row.at.toISOString());
}
