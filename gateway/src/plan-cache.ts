// Query plans by operation, kept warm across supergraph reloads. Planning is the costliest step of a
// new operation (tens of milliseconds for a queue page); Apollo's gateway keeps plans in the cache it
// is given here and empties it when a new supergraph comes into service, so every operation would pay
// again at once, just as traffic meets the new schema. This cache remembers which operations it held
// and plans them again on the new supergraph in the background, most recently used first.
import { createHash } from "node:crypto";
import { parse } from "graphql";
import { LRUCache } from "lru-cache";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { QueryPlanner, type QueryPlan, type QueryPlanCache } from "@apollo/query-planner";
import type { ApolloServerPlugin } from "@apollo/server";
import { planCacheLookups, plansWarmed } from "./metrics.js";

interface PlannedOperation {
  source: string;
  operationName?: string;
}

/**
 * The key Apollo's gateway stores a plan under (its executor computes it the same way): the query's
 * hash, combined with the operation name when the request names one.
 */
export function planKey(queryHash: string, operationName: string | null | undefined): string {
  return operationName ? createHash("sha256").update(queryHash).update(operationName).digest("hex") : queryHash;
}

export class PlanCache implements QueryPlanCache {
  private readonly plans: LRUCache<string, QueryPlan>;
  /** Each cached plan's operation text, to plan it again after a reload. */
  private readonly operations: LRUCache<string, PlannedOperation>;
  /** Counts reloads: a warm-up stops when a newer supergraph replaces the one it plans for. */
  private generation = 0;

  constructor(capacity = 1_000) {
    this.plans = new LRUCache({ max: capacity });
    this.operations = new LRUCache({ max: capacity });
  }

  async get(key: string): Promise<QueryPlan | undefined> {
    const plan = this.plans.get(key);
    planCacheLookups.inc({ result: plan ? "hit" : "miss" });
    return plan;
  }

  async set(key: string, plan: QueryPlan): Promise<void> {
    this.plans.set(key, plan);
  }

  async delete(key: string): Promise<boolean> {
    return this.plans.delete(key);
  }

  /** Apollo's gateway calls this when a new supergraph comes into service. */
  clear(): void {
    this.plans.clear();
    this.generation++;
  }

  /** Remembers each operation's text under the key its plan is stored with. */
  plugin(): ApolloServerPlugin {
    const operations = this.operations;
    return {
      async requestDidStart() {
        return {
          async didResolveOperation({ request, queryHash, source }) {
            const key = planKey(queryHash, request.operationName);
            if (!operations.get(key))
              operations.set(key, {
                source,
                ...(request.operationName ? { operationName: request.operationName } : {}),
              });
          },
        };
      },
    };
  }

  /**
   * Plans the remembered operations on a supergraph now in service, yielding to requests between
   * plans. Operations no longer valid on it are forgotten. Returns how many plans were made.
   */
  async warm(supergraphSdl: string): Promise<number> {
    const generation = this.generation;
    const supergraph = Supergraph.build(supergraphSdl);
    const apiSchema = supergraph.apiSchema();
    const planner = new QueryPlanner(supergraph);
    let warmed = 0;
    for (const [key, { source, operationName }] of [...this.operations.entries()]) {
      await new Promise((resolve) => setImmediate(resolve));
      if (generation !== this.generation) break;
      if (this.plans.has(key)) continue; // a request planned it meanwhile
      try {
        this.plans.set(key, planner.buildQueryPlan(operationFromDocument(apiSchema, parse(source), { operationName })));
        warmed++;
      } catch {
        this.operations.delete(key);
      }
    }
    plansWarmed.inc(warmed);
    return warmed;
  }
}
