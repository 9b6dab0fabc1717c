// One typed request to the gateway: the document's variables are checked when the app compiles and its
// answer is typed. Any GraphQL client that takes TypedDocumentNode (Apollo Client, urql, graphql-request)
// does the same; this keeps the kit usable without one.
import { print, type GraphQLFormattedError } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

export interface Answer<Result> {
  data?: Result | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface RequestOptions {
  /** The app's name, sent as `apollographql-client-name`: it chooses the trusted-documents list that applies. */
  clientName: string;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

export async function request<Result, Variables>(
  url: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  { clientName, headers = {}, fetch: send = fetch }: RequestOptions,
): Promise<Answer<Result>> {
  const response = await send(url, {
    method: "POST",
    headers: { "content-type": "application/json", "apollographql-client-name": clientName, ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as Answer<Result>;
}
