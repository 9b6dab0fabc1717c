// Registering a dispute at the window, the first step of most stories the end-to-end tests tell.
import { expect } from "vitest";
import type { GraphQLResponse } from "./system.js";

type Gql = <T>(query: string, variables: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

/** Registers a dispute as the window's staff (the tests' default caller) and returns its 解纷码. */
export async function registerDispute(gql: Gql, input: Record<string, unknown>): Promise<string> {
  const { body } = await gql<{ registerDispute: { code: string } }>(
    `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
    { input },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.registerDispute.code;
}
