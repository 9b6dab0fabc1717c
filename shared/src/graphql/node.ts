// Refetching by id (Relay's `Node`): one interface for every record a client keeps in its cache and reads
// again, served by the registry's `node(id:)` (node-id.ts says how an id names its type).
import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType("Node", {
  description:
    "A record a client can read again by its id alone with `node(id:)`: disputes, parties and every department's case and agreement.",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, {
    description:
      "Node id: names the record and its type, opaque to clients. Every argument that takes this record's id accepts it.",
  })
  id!: string;
}
