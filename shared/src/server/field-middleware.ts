// The checks and scopes every subgraph puts around its resolvers, applied only to fields that run code of
// their own. type-graphql's global middlewares wrap every field, a plain column included, in an async chain
// (several promises per field): on a page of 50 records that chain was most of a department's CPU. Here the
// same middlewares run synchronously, chosen once per field when the schema is built, and a plain column
// keeps type-graphql's own resolver.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage, type MiddlewareFn, type ResolverData } from "type-graphql";

/** What the schema says about a field that runs code, for choosing its middlewares. */
export interface FieldWithCode {
  /** A root field the subgraph declares (federation's `_entities`/`_service` are not among them). */
  root: boolean;
  hasArguments: boolean;
}

/**
 * Wraps, in place, the resolvers of `schema` (built from type-graphql classes) that run code: root
 * fields, field resolvers and any field with arguments (entities hold no getters that read the clock). The
 * middlewares must call `next` at most once and not rely on it being asynchronous: it returns the
 * resolver's own result.
 */
export function applyFieldMiddlewares<Context extends object>(
  schema: GraphQLSchema,
  middlewaresFor: (field: FieldWithCode) => MiddlewareFn<Context>[],
): void {
  const storage = getMetadataStorage();
  const roots = new Map<string | undefined, Set<string>>([
    [schema.getQueryType()?.name, new Set(storage.queries.map((q) => q.schemaName))],
    [schema.getMutationType()?.name, new Set(storage.mutations.map((m) => m.schemaName))],
    [schema.getSubscriptionType()?.name, new Set(storage.subscriptions.map((s) => s.schemaName))],
  ]);
  // By name across types: an interface's resolver serves every type implementing it; a name shared with a
  // plain column elsewhere only costs that column the wrapping.
  const resolverFields = new Set(storage.fieldResolvers.map((r) => r.schemaName));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const rootFields = roots.get(type.name);
    for (const field of Object.values(type.getFields())) {
      const hasArguments = field.args.length > 0;
      const runsCode = rootFields ? rootFields.has(field.name) : resolverFields.has(field.name) || hasArguments;
      if (!runsCode || !field.resolve) continue;
      const chain = middlewaresFor({ root: rootFields !== undefined, hasArguments });
      if (chain.length > 0) field.resolve = compose(chain, field.resolve);
    }
  }
}

function compose<Context extends object>(
  chain: MiddlewareFn<Context>[],
  resolve: GraphQLFieldResolver<unknown, Context>,
): GraphQLFieldResolver<unknown, Context> {
  return (root, args, context, info) => {
    const data: ResolverData<Context> = { root, args, context, info };
    let position = 0;
    // Synchronous on purpose (see above); type-graphql's NextFn type promises a promise it need not be.
    const next = (): Promise<unknown> =>
      position < chain.length
        ? chain[position++]!(data, next)
        : (resolve(root, args, context, info) as Promise<unknown>);
    return next();
  };
}
