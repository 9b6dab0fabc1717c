// "Direct": the floor of the benchmark. A client that makes exactly the subgraph calls the query plan
// needs (the plan is built once, by Apollo's own query planner, before the run) and nothing else: no
// parsing, validation, planning, token checks or response shaping per request. Each call is signed
// for the hop like the gateway's, with a fresh signature per call.
import { parse } from "graphql";
import type { GraphQLSchema } from "graphql";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlanSelectionNode } from "@apollo/query-planner";
import { signHop } from "@onedoor/shared/auth/internal-hop";
import type { Identity } from "@onedoor/shared/auth/identity";

type Json = Record<string, unknown>;

export interface DirectClient {
  /** The API schema of the supergraph (what clients see). */
  apiSchema: GraphQLSchema;
  /** Plans `query` once; the returned function runs the plan's subgraph calls. */
  prepare(
    query: string,
  ): (variables: Json, identity: Identity) => Promise<{ data: Json; errors: unknown[]; calls: number }>;
}

export function directClient(supergraphSdl: string, urls: Record<string, string>, secret: string): DirectClient {
  const supergraph = Supergraph.build(supergraphSdl);
  const api = supergraph.apiSchema();
  const planner = new QueryPlanner(supergraph);

  return {
    apiSchema: api.toGraphQLJSSchema(),
    prepare(query) {
      const plan = planner.buildQueryPlan(operationFromDocument(api, parse(query)));
      const root = plan.node;
      if (!root || root.kind === "Subscription") throw new Error("the direct client runs queries and mutations only");
      return async (variables, identity) => {
        const state = {
          data: {} as Json,
          errors: [] as unknown[],
          calls: 0,
          identity,
          variables,
          requestId: `direct-${Math.random().toString(36).slice(2)}`,
        };
        await run(root, state);
        return { data: state.data, errors: state.errors, calls: state.calls };
      };
    },
  };

  interface RunState {
    data: Json;
    errors: unknown[];
    calls: number;
    identity: Identity;
    variables: Json;
    requestId: string;
  }

  async function run(node: PlanNode, state: RunState, objects: Json[] = [state.data]): Promise<void> {
    switch (node.kind) {
      case "Sequence":
        for (const child of node.nodes) await run(child, state, objects);
        return;
      case "Parallel":
        await Promise.all(node.nodes.map((child) => run(child, state, objects)));
        return;
      case "Flatten":
        return run(node.node, state, objectsAt(state.data, node.path as string[]));
      case "Fetch":
        return fetchNode(node, state, objects);
      default:
        throw new Error(`plan node ${node.kind} is not supported by the direct client`);
    }
  }

  async function fetchNode(node: FetchNode, state: RunState, objects: Json[]): Promise<void> {
    const variables: Json = {};
    for (const name of node.variableUsages ?? []) variables[name] = state.variables[name];
    let targets = objects;
    if (node.requires) {
      const representations: Json[] = [];
      targets = [];
      for (const object of objects) {
        const representation = select(object, node.requires);
        if (representation && "__typename" in representation) {
          representations.push(representation);
          targets.push(object);
        }
      }
      if (!representations.length) return;
      variables.representations = representations;
    }
    state.calls++;
    const sent = JSON.stringify({ query: node.operation, variables });
    const response = await fetch(urls[node.serviceName]!, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...signHop(secret, state.identity, state.requestId, { audience: node.serviceName, body: sent }),
      },
      body: sent,
    });
    const body = (await response.json()) as { data?: Json; errors?: unknown[] };
    if (body.errors) state.errors.push(...body.errors);
    if (!body.data) return;
    if (node.requires) {
      const entities = body.data._entities as (Json | null)[];
      targets.forEach((target, i) => entities[i] && merge(target, entities[i]!));
    } else {
      merge(targets[0]!, body.data);
    }
  }
}

/** The objects at a plan path; "@" walks into a list. */
function objectsAt(data: Json, path: string[]): Json[] {
  let current: unknown[] = [data];
  for (const step of path) {
    const next: unknown[] = [];
    for (const value of current) {
      if (step === "@") {
        if (Array.isArray(value)) next.push(...value);
      } else if (value && typeof value === "object") {
        const child = (value as Json)[step];
        if (child !== null && child !== undefined) next.push(child);
      }
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v): v is Json => !!v && typeof v === "object");
}

/** The representation of an entity: the fields its `requires` selection names. */
function select(object: Json, selections: readonly QueryPlanSelectionNode[]): Json | undefined {
  const out: Json = {};
  for (const selection of selections) {
    if (selection.kind === "InlineFragment") {
      if (selection.typeCondition && object.__typename !== selection.typeCondition) continue;
      Object.assign(out, select(object, selection.selections));
      continue;
    }
    const value = object[selection.name];
    if (value === undefined) return undefined;
    out[selection.name] =
      selection.selections && value !== null
        ? Array.isArray(value)
          ? value.map((v) => select(v as Json, selection.selections!))
          : select(value as Json, selection.selections)
        : value;
  }
  return out;
}

function merge(target: Json, source: Json): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (Array.isArray(existing) && Array.isArray(value)) {
      value.forEach((v, i) =>
        existing[i] && typeof existing[i] === "object" && v && typeof v === "object"
          ? merge(existing[i] as Json, v as Json)
          : (existing[i] = v),
      );
    } else if (
      existing &&
      typeof existing === "object" &&
      value &&
      typeof value === "object" &&
      !Array.isArray(value)
    ) {
      merge(existing as Json, value as Json);
    } else {
      target[key] = value;
    }
  }
}
