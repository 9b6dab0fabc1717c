// The SQL counter on a real subgraph: mediation's case queue costs the same statements for a page of
// 5 as for a page of 50, because every relation on the page is read through the request's loaders, and so do
// the cases of 5 disputes and of 50, read through the driver adapter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type GraphQLSchema } from "graphql";
import { pino } from "pino";
import { openDatabase, type Database } from "../db/database.js";
import { applyMigrations, prismaProject } from "../db/schema-engine.js";
import { buildSubgraphGraphQLSchema, type SubgraphDefinition } from "../server/subgraph.js";
import { countingAdapterFactory, statementsDuring, type SqlCounter } from "./sql-counter.js";
import { subgraph as mediation } from "../../../subgraphs/mediation/src/subgraph.js";
import { createLoaders, type MediationStore } from "../../../subgraphs/mediation/src/db/store.js";

const QUEUE = /* GraphQL */ `
  query ($first: Int!) {
    mediationCases(first: $first) {
      edges {
        node {
          id
          status
          committee
          mediatorName
          committeeRef {
            name
          }
          mediators {
            lead
            mediator {
              name
              committee {
                name
              }
            }
          }
          sessions {
            mode
            startsAt
          }
          clockPauses {
            reason
          }
          clock {
            kind
            deadline
          }
        }
      }
    }
  }
`;

const CASES = 50;

describe("SQL statement counter", () => {
  let database: Database;
  let store: MediationStore;
  let counter: SqlCounter;
  let schema: GraphQLSchema;
  const log = pino({ level: "silent" });

  beforeAll(async () => {
    database = await openDatabase({ kind: "pglite", dataDir: "memory" });
    await applyMigrations(prismaProject(mediation.prismaDir), database);
    const counting = countingAdapterFactory(database.adapterFactory);
    counter = counting.counter;
    store = mediation.openStore(counting.adapterFactory);
    // 50 cases in two committees, each with a lead mediator, a session and, for some, a clock pause.
    const committees = await Promise.all(
      ["桐庐县联合人民调解委员会", "桐庐县劳动争议人民调解委员会"].map((name, i) =>
        store.committee.create({
          data: {
            name,
            type: i ? "LABOUR" : "JOINT",
            level: "COUNTY",
            regionCode: "330122",
            specialties: ["劳动争议"],
          },
        }),
      ),
    );
    const mediators = await Promise.all(
      ["何建华", "钱卫东", "蒋晓燕"].map((name, i) =>
        store.mediator.create({
          data: { committeeId: committees[i % 2]!.id, name, role: "FULL_TIME", specialties: [], dialects: ["桐庐话"] },
        }),
      ),
    );
    for (let i = 0; i < CASES; i++) {
      const acceptedAt = new Date(Date.UTC(2026, 9, 1) + i * 3_600_000);
      await store.mediationCase.create({
        data: {
          disputeCode: `33012226${String(i + 1).padStart(6, "0")}0`,
          committeeId: committees[i % 2]!.id,
          source: "DISPATCH",
          clockKind: i % 2 ? "LABOUR" : "PEOPLE",
          status: "IN_MEDIATION",
          participatingDepartments: [],
          acceptedAt,
          acceptedBy: "staff-mediation",
          mediators: {
            create: {
              mediatorId: mediators[i % 3]!.id,
              lead: true,
              assignedAt: acceptedAt,
              assignedBy: "staff-mediation",
            },
          },
          sessions: {
            create: {
              mode: "IN_PERSON",
              startsAt: acceptedAt,
              place: "矛调中心调解室",
              attendees: ["申请人", "被申请人"],
              notes: "首次调解",
              recordedBy: "staff-mediation",
            },
          },
          ...(i % 5 === 0 ? { pauses: { create: { from: acceptedAt, reason: "医疗损害鉴定" } } } : {}),
        },
      });
    }
    ({ schema } = await buildSubgraphGraphQLSchema(mediation as unknown as SubgraphDefinition<never, unknown>));
  }, 120_000);

  afterAll(async () => {
    await store?.$disconnect();
    await database?.close();
  });

  async function queuePage(first: number) {
    return statementsDuring(counter, async () => {
      const result = await graphql({
        schema,
        source: QUEUE,
        variableValues: { first },
        contextValue: {
          subgraph: "mediation",
          identity: { userId: "commander-1", roles: ["commander"] },
          requestId: "sql-counter-test",
          log,
          store,
          loaders: createLoaders(store),
        },
      });
      expect(result.errors).toBeUndefined();
      return (result.data as { mediationCases: { edges: unknown[] } }).mediationCases.edges.length;
    });
  }

  it("counts each statement, transaction control included", async () => {
    const single = await statementsDuring(counter, () => store.committee.findMany());
    expect(single.statements).toBe(1);
    const transaction = await statementsDuring(counter, () =>
      store.$transaction(async (tx) => {
        await tx.committee.count();
        await tx.mediator.count();
      }),
    );
    expect(transaction.sql).toEqual([
      "BEGIN",
      expect.stringMatching(/count/i),
      expect.stringMatching(/count/i),
      "COMMIT",
    ]);
  });

  it("sees the loaders' reads through the driver adapter: the cases of 5 disputes cost what those of 50 do", async () => {
    const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Dispute { mediationCases { id status } } } }`;
    const casesOf = (count: number) =>
      statementsDuring(counter, async () => {
        const result = await graphql({
          schema,
          source: ENTITIES,
          variableValues: {
            representations: Array.from({ length: count }, (_, i) => ({
              __typename: "Dispute",
              code: `33012226${String(i + 1).padStart(6, "0")}0`,
            })),
          },
          contextValue: {
            subgraph: "mediation",
            identity: { userId: "commander-1", roles: ["commander"] },
            requestId: "sql-counter-test",
            log,
            store,
            loaders: createLoaders(store),
          },
        });
        expect(result.errors).toBeUndefined();
        const entities = (result.data as { _entities: { mediationCases: unknown[] }[] })._entities;
        return entities.reduce((sum, dispute) => sum + dispute.mediationCases.length, 0);
      });
    const five = await casesOf(5);
    const fifty = await casesOf(50);
    expect([five.result, fifty.result]).toEqual([5, 50]);
    // The cases, then their committees, both through the adapter.
    expect(five.sql).toEqual([
      expect.stringMatching(/FROM "MediationCase" WHERE "disputeCode" = ANY/),
      expect.stringMatching(/FROM "Committee" WHERE "id" = ANY/),
    ]);
    expect(fifty.sql).toEqual(five.sql);
  });

  it("sees the same statements for a queue page of 5 cases as for one of 50", async () => {
    const five = await queuePage(5);
    const fifty = await queuePage(50);
    expect([five.result, fifty.result]).toEqual([5, 50]);
    expect(five.statements).toBeGreaterThan(1);
    expect(fifty.statements).toBe(five.statements);
  });
});
