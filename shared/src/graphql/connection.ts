// Relay-style connections for every list that can grow: `edges { cursor node }` and `pageInfo`,
// paged by keyset (an opaque cursor holding the sort key and id), so page 1,000 costs what page 1 does.
import { Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { GraphQLError } from "graphql";
import { isUuid } from "./input-bounds.js";

// Every subgraph declares the same PageInfo; federation needs to be told that is intended.
@Directive("@shareable")
@ObjectType({ description: "Where a page sits in its list (Relay)." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/**
 * Base class of a connection: `@ObjectType() class MediationCaseConnection extends Connection(MediationCase) {}`
 * gives `MediationCaseConnection { edges: [MediationCaseEdge!]! pageInfo totalCount }`. `shareable` is for a node
 * every subgraph declares alike (`AuditEntry`): its edge type is then `@shareable`, and so must the subclass be.
 */
export function Connection<T extends object>(
  Node: ClassType<T>,
  name = Node.name,
  { shareable = false }: { shareable?: boolean } = {},
) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }
  if (shareable) Directive("@shareable")(EdgeType);

  // Not in the schema itself (never referenced): each subclass is, under its own name.
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { nullable: true, description: "Number of items matching the filter (when asked for)." })
    totalCount?: number;
  }
  return ConnectionType;
}

/** A cursor: the row's sort value and id, base64url-encoded so clients treat it as opaque. */
export interface CursorKey {
  sort: string | number;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.sort, key.id])).toString("base64url");
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const [sort, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    if ((typeof sort === "string" || typeof sort === "number") && typeof id === "string") return { sort, id };
  } catch {
    // fall through to the error below
  }
  throw invalidCursor();
}

/** A cursor the list never handed out (forged, or from another list). */
export function invalidCursor(): GraphQLError {
  return new GraphQLError("Invalid cursor", {
    extensions: { code: "BAD_USER_INPUT", field: ["after"], messageZh: "分页游标无效" },
  });
}

export const MAX_PAGE_SIZE = 100;

/** `first` checked against the list's bounds; a list of small rows read whole (a timeline) may allow more. */
export function pageSize(first: number | null | undefined, fallback = 20, max = MAX_PAGE_SIZE): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new GraphQLError(`first must be between 1 and ${max}`, {
      extensions: { code: "BAD_USER_INPUT", field: ["first"], messageZh: `每页条数须在 1 到 ${max} 之间` },
    });
  }
  return size;
}

/**
 * Builds a page from rows fetched with `take: size + 1` after the cursor, in a stable order
 * (sort value, then id). The extra row only tells whether there is a next page.
 */
export function toConnection<Row extends { id: string }, Node = Row>(
  rows: Row[],
  size: number,
  sortValue: (row: Row) => string | number,
  {
    hasPreviousPage = false,
    toNode = (row: Row) => row as unknown as Node,
    count,
  }: {
    hasPreviousPage?: boolean;
    toNode?: (row: Row) => Node;
    /** Counts every item matching the filter; run once, and only when the client selects `totalCount`. */
    count?: () => PromiseLike<number>;
  } = {},
): ConnectionShape<Node> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: encodeCursor({ sort: sortValue(row), id: row.id }), node: toNode(row) }));
  const connection: ConnectionShape<Node> = {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
  if (count) {
    // A getter, so the field's plain resolver starts the count only when the query reads it.
    let counted: PromiseLike<number> | undefined;
    Object.defineProperty(connection, "totalCount", { enumerable: true, get: () => (counted ??= count()) });
  }
  return connection;
}

export type SortDirection = "asc" | "desc";

/**
 * Prisma `where` fragment for "after this row" in (sortField, id) order: newest first for queues ("desc"),
 * alphabetical for directories ("asc"). Pair it with `orderBy: [{ [sortField]: direction }, { id: direction }]`
 * and an index on (sortField, id).
 */
export function afterKey(sortField: string, key: { sort: unknown; id: string } | null, direction: SortDirection) {
  if (!key) return {};
  const beyond = direction === "desc" ? "lt" : "gt";
  return { OR: [{ [sortField]: { [beyond]: key.sort } }, { [sortField]: key.sort, id: { [beyond]: key.id } }] };
}

/** `afterKey` for a client's cursor; `parse` turns the cursor's sort value back into the column's type. */
export function afterCursor(
  sortField: string,
  after: string | null | undefined,
  direction: SortDirection,
  parse: (sort: string | number) => unknown = (s) => s,
) {
  if (!after) return {};
  const { sort, id } = decodeCursor(after);
  return afterKey(sortField, { sort: parse(sort), id }, direction);
}

/**
 * The keyset position of a cursor over (instant, UUID id): a cursor this list never gave out (a bad date, an id
 * that is not a UUID) is refused as the caller's mistake, never sent to the database.
 */
export function instantCursor(after: string | null | undefined): { sort: Date; id: string } | null {
  if (!after) return null;
  const { sort, id } = decodeCursor(after);
  const at = new Date(String(sort));
  if (Number.isNaN(at.getTime()) || !isUuid(id)) throw invalidCursor();
  return { sort: at, id };
}

export interface ScanOptions<Row extends { id: string }> {
  /** One batch in (sortField, id) order, `take` rows at most, where the row comes after `position`. */
  fetch(position: object, take: number): PromiseLike<Row[]>;
  sortField: string;
  sortValue(row: Row): unknown;
  direction: SortDirection;
  after: string | null | undefined;
  parse?: (sort: string | number) => unknown;
  /** Condition computed in code (a clock's state): rows are read in batches until the page is full. */
  keep?: ((row: Row) => boolean) | null;
  /**
   * The rows of a batch the caller may see, in order, as an access module answers it (it may read, e.g. the
   * bodies holding a record): applied after `keep`, batch by batch, so the page still fills from SQL.
   */
  visible?: ((rows: Row[]) => PromiseLike<readonly Row[]>) | null;
  size: number;
  batch?: number;
}

/**
 * `totalCount` of a scanned list: the database's count where nothing is filtered in code, otherwise every row
 * the scan would page through from the start, read in batches and kept as `keep` and `visible` keep them.
 */
export async function countScanned<Row extends { id: string }>(
  options: Omit<ScanOptions<Row>, "after" | "size"> & { countInDatabase?: () => PromiseLike<number> },
): Promise<number> {
  const { fetch, sortField, sortValue, direction, keep, visible, countInDatabase, batch = 200 } = options;
  if (!keep && !visible && countInDatabase) return countInDatabase();
  let position: object = {};
  let total = 0;
  for (;;) {
    const rows = await fetch(position, batch);
    const kept = keep ? rows.filter(keep) : rows;
    total += (visible && kept.length > 0 ? await visible(kept) : kept).length;
    const last = rows.at(-1);
    if (!last || rows.length < batch) return total;
    position = afterKey(sortField, { sort: sortValue(last), id: last.id }, direction);
  }
}

/**
 * Rows for one page (`size + 1` at most, for `toConnection`), keyset-paged, optionally filtered in code
 * (`keep`, `visible`).
 */
export async function scanPage<Row extends { id: string }>(options: ScanOptions<Row>): Promise<Row[]> {
  const { fetch, sortField, sortValue, direction, keep, visible, size, batch = 200 } = options;
  let position: object = afterCursor(sortField, options.after, direction, options.parse);
  if (!keep && !visible) return fetch(position, size + 1);
  const matches: Row[] = [];
  for (;;) {
    const rows = await fetch(position, batch);
    const kept = keep ? rows.filter(keep) : rows;
    matches.push(...(visible && kept.length > 0 ? await visible(kept) : kept));
    if (matches.length > size) return matches.slice(0, size + 1);
    const last = rows.at(-1);
    if (!last || rows.length < batch) return matches;
    position = afterKey(sortField, { sort: sortValue(last), id: last.id }, direction);
  }
}
