// Append-only audit log (审计日志) kept by every subgraph in its own database: who did what, to
// which record, when and from where; written in the same transaction as every mutation and for
// every read of unmasked personal data. It never holds the personal data itself.
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver } from "type-graphql";
import { actorId, type Identity } from "../auth/identity.js";
import { hasRole } from "../auth/policy.js";
import { forbidden } from "../graphql/errors.js";

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
  client: string | null;
}

// PromiseLike: a Prisma client (or transaction client) fits as it is, its calls return PrismaPromise.
export interface AuditStore {
  auditEntry: {
    create(args: { data: Omit<AuditRow, "id" | "at"> }): PromiseLike<unknown>;
    findMany(args: { where: object; orderBy: object[]; take: number }): PromiseLike<AuditRow[]>;
  };
}

/**
 * Names of the input fields a caller gave, never their values: the `fields` of a mutation's audit entry.
 * `nested` also names the fields inside object inputs, one level deep (e.g. `applicant.residentId`).
 */
export function givenFields(
  input: object | null | undefined,
  { prefix = "", nested = false }: { prefix?: string; nested?: boolean } = {},
): string[] {
  if (!input) return [];
  return Object.entries(input).flatMap(([key, value]) => {
    if (value === undefined || value === null) return [];
    if (nested && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date))
      return givenFields(value, { prefix: `${prefix}${key}.` });
    return [`${prefix}${key}`];
  });
}

export interface AuditFact {
  /** A mutation name (e.g. registerDispute) or READ_PERSONAL_DATA. */
  action: string;
  entity: string;
  entityId?: string;
  /** Field names touched or read, never their values. */
  fields?: string[];
}

/** Who acts, from the request context. */
export interface AuditActor {
  identity: Identity;
  requestId: string;
}

/** Call with the transaction of the change (or the store, for an audited read). */
export async function recordAudit(tx: AuditStore, ctx: AuditActor, fact: AuditFact): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actor: actorId(ctx.identity),
      roles: ctx.identity.roles,
      action: fact.action,
      entity: fact.entity,
      entityId: fact.entityId ?? null,
      fields: fact.fields ?? [],
      requestId: ctx.requestId,
      client: ctx.identity.client ?? null,
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

  @Field(() => String, {
    description: "Request id: follow the request through the gateway's and other subgraphs' logs.",
  })
  requestId!: string;

  @Field(() => String, { nullable: true, description: "Client address and name as the gateway saw them." })
  client!: string | null;
}

/**
 * The center's audit log as one entity: `Query.auditLog` (registry) gives its key, and each department
 * adds its own section, read from its own database (`auditLog { petitions mediation ... }`).
 */
@Directive('@key(fields: "id")')
@ObjectType("AuditLog", {
  description: "审计日志: one section per department, each from its own database. Auditors only.",
})
export class AuditLogStub {
  @Field(() => ID)
  id!: string;
}

export const AUDIT_LOG_ID = "center";
export const auditLogStubReference = {
  __resolveReference: (reference: { id: string }): AuditLogStub => ({ id: reference.id }),
};

const MAX_ENTRIES = 200;

/** A department's section: newest first, `before` an instant to page back. Only auditors read it. */
export async function readAuditLog(
  store: AuditStore,
  ctx: AuditActor,
  first?: number | null,
  before?: Date | null,
): Promise<AuditRow[]> {
  if (!hasRole(ctx.identity, "auditor"))
    throw forbidden("Only auditors read the audit log", "仅审计人员可查看审计日志");
  const take = Math.min(Math.max(first ?? 50, 1), MAX_ENTRIES);
  return store.auditEntry.findMany({
    where: before ? { at: { lt: before } } : {},
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
  });
}

/** The resolver class a department adds to its schema for its section of the audit log. */
export function auditLogSection(fieldName: string, departmentZh: string) {
  @Resolver(() => AuditLogStub)
  class AuditLogSectionResolver {
    // Nullable: the audit log spans every department, and one department down costs only its own section.
    @FieldResolver(() => [AuditEntryView], {
      name: fieldName,
      nullable: true,
      description: `${departmentZh}的审计记录, newest first (at most ${MAX_ENTRIES}).`,
    })
    async section(
      @Ctx() ctx: AuditActor & { store: unknown },
      @Arg("first", () => Int, { nullable: true }) first?: number,
      @Arg("before", () => Date, { nullable: true, description: "Entries before this instant (paging back)." })
      before?: Date,
    ): Promise<AuditRow[]> {
      return readAuditLog(ctx.store as AuditStore, ctx, first, before);
    }
  }
  return AuditLogSectionResolver;
}
