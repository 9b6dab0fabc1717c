// What an app imports: the typed documents and types of the registered operations, and a typed request.
export * from "./generated/graphql.js";
export { graphql } from "./generated/gql.js";
export { request, type Answer, type RequestOptions } from "./request.js";
