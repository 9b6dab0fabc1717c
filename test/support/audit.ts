// A department's section of the audit log as its entries: `AuditLog.<section>` is a connection, and a test reads
// the entries of its own records (a filter), whole, whatever other tests have written meanwhile.
import { AUDITOR, as } from "./callers.js";
import type { GraphQLResponse, sharedGateway } from "./system.js";

type Gateway = ReturnType<typeof sharedGateway>;

export type AuditSection =
  "petitions" | "mediation" | "arbitration" | "litigation" | "legalAid" | "administrativeReview";

/** What `AuditEntryFilter` takes. */
export interface AuditFilter {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  requestId?: string;
}

interface AuditPage<Entry> {
  edges: { node: Entry }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every entry of a section matching `filter`, newest first, read page after page as an auditor; `fields` are the
 * entry's fields to select. A GraphQL error throws.
 */
export async function auditEntries<Entry>(
  gql: Gateway,
  section: AuditSection,
  filter: AuditFilter,
  fields: string,
): Promise<Entry[]> {
  const headers = await as(AUDITOR);
  const entries: Entry[] = [];
  let after: string | null = null;
  for (;;) {
    const { body }: GraphQLResponse<{ auditLog: Record<string, AuditPage<Entry> | null> }> = await gql(
      `query ($filter: AuditEntryFilter, $after: String) {
        auditLog { ${section}(filter: $filter, first: 100, after: $after) { edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } }
      }`,
      { filter, after },
      headers,
    );
    if (body.errors) throw new Error(`audit log ${section}: ${JSON.stringify(body.errors)}`);
    const page: AuditPage<Entry> = body.data!.auditLog[section]!;
    entries.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return entries;
    after = page.pageInfo.endCursor;
  }
}
