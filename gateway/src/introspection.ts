// Operations that only read the schema (`__schema`, `__type`) are answered by graphql-js from the graph's API
// schema, not by the gateway's query planner: the planner's model of introspection lacks newer fields such as
// `__Type.isOneOf`, which graphql-js's own `getIntrospectionQuery({ oneOf: true })` asks for, and no department
// has anything to add. Only outside production: there introspection is refused before this.
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import {
  execute,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

const SCHEMA_FIELDS = new Set(["__schema", "__type"]);

/** The root fields an operation selects, through fragments (each fragment once). */
function rootFieldNames(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const names: string[] = [];
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return names;
}

export function introspectionPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      responseForOperation: async ({ schema, document, operation, request }) => {
        if (operation?.operation !== "query") return null;
        const names = rootFieldNames(operation, document);
        if (!names.some((name) => SCHEMA_FIELDS.has(name)) || !names.every((n) => n.startsWith("__"))) return null;
        const result = await execute({
          schema,
          document,
          operationName: request.operationName,
          variableValues: request.variables,
        });
        return {
          http: { status: undefined, headers: new HeaderMap() },
          body: {
            kind: "single",
            singleResult: {
              data: result.data,
              ...(result.errors ? { errors: result.errors.map((error) => error.toJSON()) } : {}),
            },
          },
        };
      },
    }),
  };
}
