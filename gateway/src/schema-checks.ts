// What a change to the graph must not do to client apps: break an operation they registered, or remove or
// change what they may use without deprecating it first (a deprecated field or enum value may then go).
import { buildSchema, parse, validate, type GraphQLSchema } from "graphql";
import { CriticalityLevel, diff, DiffRule, type Change } from "@graphql-inspector/core";
import type { RegisteredDocument } from "./trusted-documents.js";

/** GraphQL Inspector's breaking changes from one API schema to the next, removals of deprecated members apart. */
export async function breakingChanges(before: string, after: string): Promise<Change[]> {
  const changes = await diff(buildSchema(before), buildSchema(after), [DiffRule.suppressRemovalOfDeprecatedField]);
  return changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
}

export interface InvalidOperation {
  list: string;
  hash: string;
  name: string;
  errors: string[];
}

/** Registered documents that no longer validate against the schema, with graphql-js's reasons. */
export function invalidOperations(schema: GraphQLSchema, documents: readonly RegisteredDocument[]): InvalidOperation[] {
  return documents.flatMap(({ list, hash, document }) => {
    const parsed = parse(document);
    const errors = validate(schema, parsed).map((error) => error.message);
    if (errors.length === 0) return [];
    const operation = parsed.definitions.find((d) => d.kind === "OperationDefinition");
    return [{ list, hash, name: operation?.name?.value ?? "(anonymous)", errors }];
  });
}
