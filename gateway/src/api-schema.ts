// The public API schema (对外接口模式): the graph as a client sees it, without federation's machinery
// (join__/link__ definitions, @inaccessible fields) and with the gateway's own Subscription type. Client
// teams generate types from the committed file; CI compares a new one with it to catch breaking changes.
// `npm run schema:api` writes it (refusing a breaking change unless `--allow-breaking`); `--check` fails
// when it is stale.
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { composeSupergraph } from "./compose.js";
import { breakingChanges } from "./schema-checks.js";
import { withSubscriptions } from "./subscriptions/schema.js";

export const API_SCHEMA_PATH = resolve(import.meta.dirname, "../schema/api.graphql");

/** The schema the gateway serves for a supergraph (what ApolloGateway derives, plus subscriptions). */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return withSubscriptions(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}

/** Printed with types and fields sorted, so a change to the graph shows as a small diff in review. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** The API schema of the graph composed now from the committed subgraph SDLs. */
export async function composeApiSchema(): Promise<string> {
  return printApiSchema(apiSchemaOf(await composeSupergraph()));
}

if (import.meta.filename === process.argv[1]) {
  const schema = await composeApiSchema();
  const committed = await readFile(API_SCHEMA_PATH, "utf8").catch(() => undefined);
  if (process.argv.includes("--check")) {
    if (committed !== schema) {
      console.error("gateway/schema/api.graphql is stale: run `npm run schema:api`");
      process.exit(1);
    }
    console.log("gateway/schema/api.graphql is up to date");
  } else {
    // A change that breaks clients needs a deprecation first; writing it anyway must be asked for.
    const breaking = committed === undefined ? [] : await breakingChanges(committed, schema);
    if (breaking.length > 0 && !process.argv.includes("--allow-breaking")) {
      console.error(
        `breaking changes without a deprecation first (deprecate, ship, then remove; or --allow-breaking):\n${breaking
          .map((change) => `- ${change.message}`)
          .join("\n")}`,
      );
      process.exit(1);
    }
    await writeFile(API_SCHEMA_PATH, schema);
    console.log(`wrote ${API_SCHEMA_PATH}`);
  }
}
