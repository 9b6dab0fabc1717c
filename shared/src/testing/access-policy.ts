// Contract check for a subgraph's unit tests: every root query and mutation declares who may call it
// (`@Authorized<Policy>(...)`), so a new operation cannot ship open by forgetting to.
import { getMetadataStorage } from "type-graphql";

/** Names of root fields registered in this process without an `@Authorized` policy. */
export function operationsWithoutPolicy(): string[] {
  const storage = getMetadataStorage();
  const hasPolicy = (target: object, methodName: string) =>
    storage.authorizedFields.some((a) => a.target === target && a.fieldName === methodName) ||
    storage.authorizedResolver.some((a) => a.target === target);
  return [...storage.queries, ...storage.mutations]
    .filter((r) => !hasPolicy(r.target, r.methodName))
    .map((r) => r.schemaName);
}
