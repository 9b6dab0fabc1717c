import { decodeCursor } from "@onedoor/shared/graphql/connection";

/** Prisma `where` for "after this cursor" in ascending (sortField, id) order, for alphabetical directories. */
export function afterCursorAsc(sortField: string, after: string | null | undefined) {
  if (!after) return {};
  const { sort, id } = decodeCursor(after);
  return { OR: [{ [sortField]: { gt: sort } }, { [sortField]: sort, id: { gt: id } }] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUID columns: anything else cannot name a row (and must not reach the database as one). */
export const isUuid = (id: string): boolean => UUID.test(id);
