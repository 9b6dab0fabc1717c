// A dispute's timeline as its steps: `Dispute.timeline` is a connection, and most tests want the whole story.
import type { GraphQLResponse, sharedGateway } from "./system.js";

type Gateway = ReturnType<typeof sharedGateway>;

interface TimelinePage<Step> {
  edges: { node: Step }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every step of a dispute's timeline, oldest first, reading page after page (an ordinary dispute's timeline is
 * one page); `fields` are the step's fields to select. Null when the dispute is null; a GraphQL error throws.
 */
export async function timelineOf<Step>(
  gql: Gateway,
  code: string,
  fields: string,
  headers: Record<string, string> = {},
): Promise<Step[] | null> {
  const steps: Step[] = [];
  let after: string | null = null;
  for (;;) {
    const { body }: GraphQLResponse<{ dispute: { timeline: TimelinePage<Step> } | null }> = await gql(
      `query ($code: ID!, $after: String) {
        dispute(code: $code) { timeline(after: $after) { edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } }
      }`,
      { code, after },
      headers,
    );
    if (body.errors) throw new Error(`timeline of ${code}: ${JSON.stringify(body.errors)}`);
    const timeline: TimelinePage<Step> | undefined = body.data?.dispute?.timeline;
    if (!timeline) return null;
    steps.push(...timeline.edges.map((edge) => edge.node));
    if (!timeline.pageInfo.hasNextPage) return steps;
    after = timeline.pageInfo.endCursor;
  }
}
