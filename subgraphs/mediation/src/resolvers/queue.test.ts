// The queue reads a fixed number of queries however many cases a page holds (no N+1): every
// relation and computed field goes through the request's DataLoaders.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type GraphQLSchema } from "graphql";
import { buildSubgraphGraphQLSchema, type SubgraphDefinition } from "@onedoor/shared/server/subgraph";
import { createLogger } from "@onedoor/shared/logger";
import { openMigratedStore, type MigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { createLoaders, type MediationStore } from "../db/store.js";
import { seedDemoData } from "../db/demo-data.js";

const QUEUE = /* GraphQL */ `
  query ($first: Int!) {
    mediationCases(first: $first) {
      edges {
        node {
          committee
          mediatorName
          status
          deemedFailed
          mayApplyForArbitration
          committeeRef {
            name
            mediators {
              name
              currentLoad
            }
          }
          mediators {
            lead
            mediator {
              name
              currentLoad
              committee {
                name
              }
            }
          }
          sessions {
            mode
            attendees
          }
          clockPauses {
            reason
          }
          expertPicks {
            expert {
              name
            }
          }
          clock {
            kind
            state
            deadline
          }
          agreement {
            totalAmount
            performanceStatus
            eligibleForJudicialRemedy
            obligations {
              amount
            }
            followUps {
              status
            }
            case {
              id
            }
          }
        }
      }
    }
  }
`;

describe("mediation case queue", () => {
  let database: MigratedStore<MediationStore>;
  let store: MediationStore;
  let schema: GraphQLSchema;
  let queries = 0;
  const log = createLogger("mediation-queue-test");

  beforeAll(async () => {
    database = await openMigratedStore(subgraph);
    await seedDemoData(database.store, log);
    store = database.store.$extends({
      query: {
        $allModels: {
          $allOperations({ args, query }) {
            queries++;
            return query(args);
          },
        },
      },
    }) as unknown as MediationStore;
    ({ schema } = await buildSubgraphGraphQLSchema(subgraph as unknown as SubgraphDefinition<never, unknown>));
  }, 120_000);

  afterAll(() => database?.close());

  async function execute(source: string, variableValues: Record<string, unknown>) {
    queries = 0;
    const result = await graphql({
      schema,
      source,
      variableValues,
      contextValue: {
        identity: { userId: "commander-1", roles: ["commander"] },
        subgraph: "mediation",
        requestId: "queue-test",
        log,
        store,
        loaders: createLoaders(store),
      },
    });
    expect(result.errors).toBeUndefined();
    return { data: result.data as { mediationCases: Page }, queries };
  }

  async function countQueries(first: number): Promise<{ rows: number; queries: number }> {
    const { data, queries } = await execute(QUEUE, { first });
    return { rows: data.mediationCases.edges.length, queries };
  }

  it("costs the same number of queries for three cases as for all six seeded ones", async () => {
    // Newest first: the two wage cases and the beauty-salon case, which has an agreement, so every
    // relation is already being read on the smaller page.
    const three = await countQueries(3);
    const six = await countQueries(6);
    expect([three.rows, six.rows]).toEqual([3, 6]);
    expect(six.queries).toBe(three.queries);
  });

  it("counts the whole queue for totalCount only when it is asked for, as many as paging through gives", async () => {
    const PAGE = `query ($filter: MediationCaseFilter, $after: String) {
      mediationCases(first: 2, filter: $filter, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
    }`;
    const all = await database.store.mediationCase.count();
    const counted = await execute(PAGE, {});
    expect(counted.data.mediationCases.totalCount).toBe(all);
    const uncounted = await execute(PAGE.replace("totalCount ", ""), {});
    expect(counted.queries).toBe(uncounted.queries + 1);
    // Overdue is the clock's answer, computed in code: its count reads the queue the way paging does.
    for (const overdue of [true, false]) {
      const ids: string[] = [];
      let after: string | null = null;
      let totalCount: number | null | undefined;
      do {
        const page: Page = (await execute(PAGE, { filter: { overdue }, after })).data.mediationCases;
        ids.push(...page.edges.map((e) => e.node.id));
        totalCount = page.totalCount;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(totalCount).toBe(ids.length);
    }
  });
});

interface Page {
  totalCount?: number | null;
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
