// Append-only audit log (审计日志) kept by every subgraph in its own database: who did what, to
// which record, when and from where; written in the same transaction as every mutation and for
// every read of unmasked personal data. It never holds the personal data itself.
import {
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Resolver,
  registerEnumType,
} from "type-graphql";
import { actorId, type Identity } from "../auth/identity.js";
import { hasRole } from "../auth/policy.js";
import type { LocalDate } from "../clock/local-date.js";
import {
  afterKey,
  Connection,
  instantCursor,
  MAX_PAGE_SIZE,
  pageSize,
  toConnection,
  type ConnectionShape,
  type SortDirection,
} from "../graphql/connection.js";
import { forbidden, InputProblems } from "../graphql/errors.js";
import { dayRangeWhere } from "../graphql/party-records.js";
import { LocalDateScalar } from "../graphql/scalars.js";

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
    count(args: { where: object }): PromiseLike<number>;
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

/** A page of audit entries: small rows an auditor scrolls through, so more by default than a queue. */
const PAGE_SIZE = 50;

export enum AuditEntrySort {
  NEWEST_FIRST = "NEWEST_FIRST",
  OLDEST_FIRST = "OLDEST_FIRST",
}
registerEnumType(AuditEntrySort, {
  name: "AuditEntrySort",
  description: "审计记录排序, by when the entry was written.",
  valuesConfig: {
    NEWEST_FIRST: { description: "时间倒序 newest first (the default)" },
    OLDEST_FIRST: { description: "按时间先后 oldest first" },
  },
});

@InputType("AuditEntryFilter", { description: "What an auditor looks for; all given conditions apply." })
export class AuditEntryFilter {
  @Field(() => LocalDateScalar, { nullable: true, description: "Written on or after this day (China time)." })
  from?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Written on or before this day (China time)." })
  to?: LocalDate | null;

  @Field(() => String, { nullable: true, description: "User id of whoever acted." })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: "A mutation name (e.g. registerDispute) or READ_PERSONAL_DATA." })
  action?: string | null;

  @Field(() => String, { nullable: true, description: "GraphQL type of the record, e.g. MediationCase." })
  entity?: string | null;

  @Field(() => ID, { nullable: true, description: "The record's id: with entity, one record's whole history." })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: "One request, to follow it through every department's section." })
  requestId?: string | null;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => AuditEntryFilter, { nullable: true })
  filter?: AuditEntryFilter | null;

  @Field(() => AuditEntrySort, { nullable: true, defaultValue: AuditEntrySort.NEWEST_FIRST })
  sort?: AuditEntrySort | null;

  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

// Every department declares the same connection for its section; federation needs to be told that is intended.
@Directive("@shareable")
@ObjectType("AuditEntryConnection", { description: "A department's audit entries, page by page." })
export class AuditEntryConnection extends Connection(AuditEntryView, "AuditEntry", { shareable: true }) {}

export interface AuditPageArgs {
  first?: number | null;
  after?: string | null;
  filter?: AuditEntryFilter | null;
  sort?: AuditEntrySort | null;
}

function auditWhere(filter: AuditEntryFilter | null | undefined): object {
  if (filter?.from && filter.to && filter.to < filter.from) {
    const problems = new InputProblems();
    problems.add(["filter", "to"], "RANGE", "结束日期不能早于开始日期", "to is before from");
    problems.throwIfAny();
  }
  const at = dayRangeWhere(filter);
  return {
    ...(at ? { at } : {}),
    ...(filter?.actor ? { actor: filter.actor } : {}),
    ...(filter?.action ? { action: filter.action } : {}),
    ...(filter?.entity ? { entity: filter.entity } : {}),
    ...(filter?.entityId ? { entityId: filter.entityId } : {}),
    ...(filter?.requestId ? { requestId: filter.requestId } : {}),
  };
}

/** A department's section, keyset-paged on (at, id), newest first unless sorted otherwise. Only auditors read it. */
export async function readAuditLog(
  store: AuditStore,
  ctx: AuditActor,
  { first, after, filter, sort }: AuditPageArgs = {},
): Promise<ConnectionShape<AuditRow>> {
  if (!hasRole(ctx.identity, "auditor"))
    throw forbidden("Only auditors read the audit log", "仅审计人员可查看审计日志");
  const size = pageSize(first, PAGE_SIZE);
  const where = auditWhere(filter);
  const direction: SortDirection = sort === AuditEntrySort.OLDEST_FIRST ? "asc" : "desc";
  const rows = await store.auditEntry.findMany({
    where: { AND: [where, afterKey("at", instantCursor(after), direction)] },
    orderBy: [{ at: direction }, { id: direction }],
    take: size + 1,
  });
  return toConnection(rows, size, (row) => row.at.toISOString(), {
    hasPreviousPage: Boolean(after),
    count: () => store.auditEntry.count({ where }),
  });
}

/** The resolver class a department adds to its schema for its section of the audit log. */
export function auditLogSection(fieldName: string, departmentZh: string) {
  @Resolver(() => AuditLogStub)
  class AuditLogSectionResolver {
    // Nullable: the audit log spans every department, and one department down costs only its own section.
    @FieldResolver(() => AuditEntryConnection, {
      name: fieldName,
      nullable: true,
      description: `${departmentZh}的审计记录, newest first unless sorted otherwise, keyset-paged.`,
    })
    async section(
      @Ctx() ctx: AuditActor & { store: unknown },
      @Args(() => AuditLogArgs) { filter, sort, first, after }: AuditLogArgs,
    ): Promise<ConnectionShape<AuditRow>> {
      return readAuditLog(ctx.store as AuditStore, ctx, { first, after, filter, sort });
    }
  }
  return AuditLogSectionResolver;
}
