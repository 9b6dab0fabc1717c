import { describe, expect, it } from "vitest";
import { Field, ID, Int, ObjectType, Query, Resolver, Arg, buildSchema } from "type-graphql";
import { graphql, printSchema } from "graphql";
import {
  Connection,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  afterCursor,
  scanPage,
  countScanned,
} from "./connection.js";

@ObjectType()
class Visit {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  seq!: number;
}

@ObjectType()
class VisitConnection extends Connection(Visit) {}

const rows = Array.from({ length: 5 }, (_, i) => ({ id: `v${5 - i}`, seq: 5 - i })); // newest first
let counts = 0;

@Resolver()
class VisitResolver {
  @Query(() => VisitConnection)
  visits(@Arg("first", () => Int) first: number, @Arg("after", () => String, { nullable: true }) after: string | null) {
    const size = pageSize(first);
    const start = after ? rows.findIndex((r) => r.seq < Number(decodeCursor(after).sort)) : 0;
    return toConnection(rows.slice(start, start + size + 1), size, (r) => r.seq, {
      count: async () => ++counts && rows.length,
    });
  }
}

describe("Relay connections", async () => {
  const schema = await buildSchema({ resolvers: [VisitResolver], validate: false });

  it("declares Connection and Edge types under the node's name", () => {
    const sdl = printSchema(schema);
    expect(sdl).toContain("type VisitConnection {\n  edges: [VisitEdge!]!\n  pageInfo: PageInfo!");
    expect(sdl).toContain("type VisitEdge {\n  cursor: String!\n  node: Visit!");
  });

  it("pages through a list with opaque cursors and a correct hasNextPage", async () => {
    const page = async (after: string | null) =>
      (
        await graphql({
          schema,
          source: `query ($after: String) { visits(first: 2, after: $after) { edges { cursor node { seq } } pageInfo { hasNextPage endCursor } } }`,
          variableValues: { after },
        })
      ).data as {
        visits: { edges: { node: { seq: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
    const first = await page(null);
    expect(first.visits.edges.map((e) => e.node.seq)).toEqual([5, 4]);
    expect(first.visits.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.visits.pageInfo.endCursor);
    expect(second.visits.edges.map((e) => e.node.seq)).toEqual([3, 2]);
    const third = await page(second.visits.pageInfo.endCursor);
    expect(third.visits.edges.map((e) => e.node.seq)).toEqual([1]);
    expect(third.visits.pageInfo.hasNextPage).toBe(false);
  });

  it("rejects page sizes out of range and forged cursors with BAD_USER_INPUT", () => {
    expect(() => pageSize(0)).toThrow(/between 1 and 100/);
    expect(() => pageSize(101)).toThrow();
    expect(pageSize(null, 200, 500)).toBe(200);
    expect(() => pageSize(501, 200, 500)).toThrow(/between 1 and 500/);
    expect(() => decodeCursor("not-a-cursor")).toThrow(/Invalid cursor/);
  });

  it("builds a keyset condition: strictly older, or same sort value with a smaller id", () => {
    const cursor = encodeCursor({ sort: "2026-11-01T00:00:00.000Z", id: "b" });
    expect(afterCursor("registeredAt", cursor, "desc", (s) => new Date(String(s)))).toEqual({
      OR: [
        { registeredAt: { lt: new Date("2026-11-01T00:00:00.000Z") } },
        { registeredAt: new Date("2026-11-01T00:00:00.000Z"), id: { lt: "b" } },
      ],
    });
    expect(afterCursor("registeredAt", null, "desc")).toEqual({});
    expect(afterCursor("name", encodeCursor({ sort: "张", id: "b" }), "asc")).toEqual({
      OR: [{ name: { gt: "张" } }, { name: "张", id: { gt: "b" } }],
    });
  });

  it("scans in batches for a condition computed in code, and resumes after the last row it read", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ id: `id-${String(i).padStart(2, "0")}`, n: i }));
    const asked: object[] = [];
    // Ascending by n; a position is either {} or the afterKey fragment on "n".
    const fetch = async (position: object, take: number) => {
      asked.push(position);
      const after = (position as { OR?: [{ n: { gt: number } }] }).OR?.[0].n.gt ?? -1;
      return rows.filter((r) => r.n > after).slice(0, take);
    };
    const page = await scanPage({
      fetch,
      sortField: "n",
      sortValue: (r) => r.n,
      direction: "asc",
      after: null,
      keep: (r) => r.n % 5 === 0,
      size: 3,
      batch: 4,
    });
    // size + 1 matches, for toConnection to know there is a next page.
    expect(page.map((r) => r.n)).toEqual([0, 5, 10, 15]);
    expect(asked).toHaveLength(4);
    expect(asked[1]).toEqual({ OR: [{ n: { gt: 3 } }, { n: 3, id: { gt: "id-03" } }] });
  });
  it("keeps only the rows an asynchronous access check lets through, batch by batch, in order", async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: `id-${i}`, n: i }));
    const checked: number[][] = [];
    const page = await scanPage({
      fetch: async (position: object, take: number) => {
        const after = (position as { OR?: [{ n: { gt: number } }] }).OR?.[0].n.gt ?? -1;
        return rows.filter((r) => r.n > after).slice(0, take);
      },
      sortField: "n",
      sortValue: (r) => r.n,
      direction: "asc",
      after: null,
      keep: (r) => r.n !== 4,
      visible: async (batch) => {
        checked.push(batch.map((r) => r.n));
        return batch.filter((r) => r.n % 2 === 0);
      },
      size: 2,
      batch: 3,
    });
    expect(page.map((r) => r.n)).toEqual([0, 2, 6]);
    // `keep` runs first (4 never reaches the check); reading stops once size + 1 rows are visible.
    expect(checked).toEqual([
      [0, 1, 2],
      [3, 5],
      [6, 7, 8],
    ]);
  });

  it("counts for totalCount once, and only when the query selects it", async () => {
    counts = 0;
    const page = await graphql({ schema, source: `{ visits(first: 2) { edges { cursor } } }` });
    expect(page.errors).toBeUndefined();
    expect(counts).toBe(0);
    const counted = await graphql({ schema, source: `{ visits(first: 2) { totalCount again: totalCount } }` });
    expect(counted.data).toEqual({ visits: { totalCount: 5, again: 5 } });
    expect(counts).toBe(1);
  });

  it("counts a scanned list as paging reads it: in the database when nothing is filtered in code", async () => {
    type Row = { id: string; n: number };
    const numbers: Row[] = Array.from({ length: 10 }, (_, i) => ({ id: `id-${i}`, n: i }));
    const scan = {
      fetch: async (position: object, take: number) => {
        const after = (position as { OR?: [{ n: { gt: number } }] }).OR?.[0].n.gt ?? -1;
        return numbers.filter((r) => r.n > after).slice(0, take);
      },
      sortField: "n",
      sortValue: (r: Row) => r.n,
      direction: "asc" as const,
      batch: 3,
    };
    expect(await countScanned<Row>({ ...scan, countInDatabase: async () => 42 })).toBe(42);
    expect(await countScanned<Row>({ ...scan, keep: (r) => r.n !== 4, countInDatabase: async () => 42 })).toBe(9);
    expect(
      await countScanned<Row>({
        ...scan,
        keep: (r) => r.n !== 4,
        visible: async (batch) => batch.filter((r) => r.n % 2),
      }),
    ).toBe(5);
  });
});
