// A dispute's links with others (possible duplicates flagged at intake, links, merges), from either end,
// keyset-paged on (createdAt, id) in SQL: a mass complaint can link or merge hundreds.
import { afterCursor, type SortDirection } from "@onedoor/shared/graphql/connection";
import type { DisputeLink, Prisma } from "../generated/prisma/client.js";
import type { DisputeLinkKind } from "../generated/prisma/enums.js";
import type { PetitionsStore } from "./store.js";

export type LinkDirection = "OUTGOING" | "INCOMING";

export interface LinkFilter {
  kinds?: DisputeLinkKind[] | null;
  directions?: LinkDirection[] | null;
}

/** A link seen from one dispute: which end it is and the other dispute's code. */
export type LinkView = DisputeLink & { direction: LinkDirection; otherCode: string };

const parseInstant = (sort: string | number) => new Date(String(sort));

/** One page (`size + 1` rows at most, for `toConnection`) of the links at `code`, and the count of all. */
export async function linkPage(
  store: PetitionsStore,
  code: string,
  filter: LinkFilter | null | undefined,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
): Promise<{ rows: LinkView[]; count: () => Promise<number> }> {
  const ends: Prisma.DisputeLinkWhereInput[] = [];
  const directions = filter?.directions?.length ? filter.directions : ["OUTGOING", "INCOMING"];
  if (directions.includes("OUTGOING")) ends.push({ fromCode: code });
  if (directions.includes("INCOMING")) ends.push({ toCode: code });
  const where: Prisma.DisputeLinkWhereInput = {
    OR: ends,
    ...(filter?.kinds?.length ? { kind: { in: filter.kinds } } : {}),
  };
  const rows = await store.disputeLink.findMany({
    where: { AND: [where, afterCursor("createdAt", page.after, page.direction, parseInstant)] },
    orderBy: [{ createdAt: page.direction }, { id: page.direction }],
    take: page.size + 1,
  });
  return {
    rows: rows.map((link) =>
      link.fromCode === code
        ? { ...link, direction: "OUTGOING", otherCode: link.toCode }
        : { ...link, direction: "INCOMING", otherCode: link.fromCode },
    ),
    count: () => store.disputeLink.count({ where }),
  };
}
