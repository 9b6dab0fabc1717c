// type-graphql reads decorator metadata through this polyfill; it must load before any entity class.
import "reflect-metadata";
import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import { gql } from "graphql-tag";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";
import { NODE_TYPES, representationWithKey } from "../graphql/node-id.js";

/** Federation 2 directives a subgraph may use. */
const FEDERATION_LINK = `
extend schema
  @link(
    url: "https://specs.apollo.dev/federation/v2.7"
    import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"]
  )
`;

export type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

/**
 * type-graphql builds the schema from classes; @apollo/subgraph adds `_entities`/`_service`.
 * type-graphql's own checks are skipped because a subgraph may have no Query of its own.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck">,
  referenceResolvers: ReferenceResolvers = {},
): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const typeGraphQLSchema = await buildSchema({ ...options, skipCheck: true });
  const resolvers = createResolversMap(typeGraphQLSchema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  // A node type's representation arrives with the node id the graph resolved; resolvers see the record's key.
  for (const typeName of Object.keys(NODE_TYPES)) {
    if (!typeGraphQLSchema.getType(typeName)) continue;
    const own = resolvers[typeName]?.__resolveReference as
      ((representation: Record<string, unknown>, ...rest: unknown[]) => unknown) | undefined;
    resolvers[typeName] = {
      ...resolvers[typeName],
      __resolveReference: (representation: Record<string, unknown>, ...rest: unknown[]) => {
        const keyed = representationWithKey(typeName, representation);
        return own ? own(keyed, ...rest) : keyed;
      },
    };
  }
  // The SDL the department wrote, before @apollo/subgraph adds its own definitions: committed and composed.
  const sdl = `${FEDERATION_LINK.trim()}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}\n`;
  const schema = buildSubgraphSchema([{ typeDefs: gql(sdl), resolvers: resolvers as GraphQLResolverMap<unknown> }]);
  return { schema, sdl };
}
