// A department's section of the audit log (shared/src/audit), run on the schema in process over its real table:
// newest first by (at, id), paged by cursor, filtered, counted only when asked, and read by auditors only.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { encodeCursor } from "@onedoor/shared/graphql/connection";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";

const AUDITOR = caller("auditor");
const SECTION = `query ($filter: AuditEntryFilter, $sort: AuditEntrySort, $first: Int, $after: String) {
  _entities(representations: [{ __typename: "AuditLog", id: "center" }]) {
    ... on AuditLog {
      administrativeReview(filter: $filter, sort: $sort, first: $first, after: $after) {
        edges { cursor node { entityId action actor at } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
        ...Counted
      }
    }
  }
}
fragment Counted on AuditEntryConnection { totalCount }`;

interface Section {
  edges: { cursor: string; node: { entityId: string; action: string; actor: string; at: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  totalCount: number | null;
}

describe("the audit log section", () => {
  const { store, run } = useSubgraphKit(subgraph);
  // Entries of one record of this file's own, on days of their own (China time), two at the same instant.
  const record = randomUUID();
  const entries = [
    { at: "2026-03-01T02:00:00Z", action: "receiveAdministrativeReviewCase", actor: "officer-a" },
    { at: "2026-03-02T02:00:00Z", action: "READ_PERSONAL_DATA", actor: "officer-b" },
    { at: "2026-03-02T02:00:00Z", action: "READ_PERSONAL_DATA", actor: "officer-a" },
    { at: "2026-03-03T02:00:00Z", action: "acceptAdministrativeReviewCase", actor: "officer-a" },
    { at: "2026-03-04T02:00:00Z", action: "READ_PERSONAL_DATA", actor: "officer-b" },
  ];

  const section = async (variables: Record<string, unknown>): Promise<Section> => {
    const result = await run(AUDITOR, SECTION, variables);
    expect(result.errors).toEqual([]);
    return result.data!._entities[0].administrativeReview as Section;
  };
  const everyPage = async (variables: Record<string, unknown>): Promise<string[]> => {
    const seen: string[] = [];
    for (let after: string | null = null; ;) {
      const page: Section = await section({ ...variables, first: 2, after });
      seen.push(...page.edges.map((e) => `${e.node.at} ${e.node.actor}`));
      if (!page.pageInfo.hasNextPage) return seen;
      expect(page.pageInfo.endCursor).not.toBeNull();
      after = page.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    for (const entry of entries)
      await store().auditEntry.create({
        data: {
          ...entry,
          at: new Date(entry.at),
          roles: ["reviewOfficer"],
          entity: "AdministrativeReviewCase",
          entityId: record,
          fields: [],
          requestId: randomUUID(),
        },
      });
  });

  it("pages one record's entries newest first, or oldest first, each once, with its count", async () => {
    const filter = { entity: "AdministrativeReviewCase", entityId: record };
    const newest = await everyPage({ filter });
    expect(newest).toHaveLength(entries.length);
    expect(new Set(newest).size).toBe(entries.length);
    expect(newest.map((e) => e.slice(0, 10))).toEqual([
      "2026-03-04",
      "2026-03-03",
      "2026-03-02",
      "2026-03-02",
      "2026-03-01",
    ]);
    expect(await everyPage({ filter, sort: "OLDEST_FIRST" })).toEqual([...newest].reverse());

    const first = await section({ filter, first: 2 });
    expect(first.totalCount).toBe(entries.length);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it("filters by day (China time), actor and action", async () => {
    const filter = { entityId: record, from: "2026-03-02", to: "2026-03-03" };
    expect((await section({ filter })).totalCount).toBe(3);
    expect((await section({ filter: { ...filter, actor: "officer-b" } })).totalCount).toBe(1);
    expect((await section({ filter: { entityId: record, action: "READ_PERSONAL_DATA" } })).totalCount).toBe(3);
    const backwards = await run(AUDITOR, SECTION, { filter: { from: "2026-03-03", to: "2026-03-02" } });
    expect(backwards.codes).toEqual(["BAD_USER_INPUT"]);
  });

  it("refuses forged cursors, pages beyond 100, and everyone but auditors", async () => {
    const forged = encodeCursor({ sort: "2026-03-02T02:00:00.000Z", id: "not-a-uuid" });
    expect((await run(AUDITOR, SECTION, { after: forged })).codes).toEqual(["BAD_USER_INPUT"]);
    expect((await run(AUDITOR, SECTION, { first: 101 })).codes).toEqual(["BAD_USER_INPUT"]);
    for (const identity of [caller("reviewOfficer", { department: "administrative-review" }), caller("commander")])
      expect((await run(identity, SECTION, {})).codes).toEqual(["FORBIDDEN"]);
  });
});
