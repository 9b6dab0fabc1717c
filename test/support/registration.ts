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

/** The registry's departments as `dispatchDispute(input: { to })` names them. */
export type DispatchTarget = "MEDIATION" | "ARBITRATION" | "LITIGATION" | "LEGAL_AID" | "ADMINISTRATIVE_REVIEW";

/**
 * Dispatches a registered dispute to a department (as the window's staff), so the department may open a case
 * on it: a department takes only what the registry sent it. A dispatch the rules would not suggest is an
 * override, and carries its reason.
 */
export async function sentTo(gql: Gql, code: string, to: DispatchTarget, body?: string): Promise<void> {
  const { body: response } = await gql<{ dispatchDispute: { code: string } }>(
    `mutation ($code: ID!, $to: Department!, $body: String, $reason: String) {
      dispatchDispute(input: { code: $code, to: $to, body: $body, reason: $reason }) { code }
    }`,
    { code, to, body: body ?? null, reason: "按当事人意愿及案件性质派单" },
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
}

/** Registers a dispute and dispatches it to `to`: the usual start of a department's own story. */
export async function registeredAndSentTo(
  gql: Gql,
  input: Record<string, unknown>,
  to: DispatchTarget,
  body?: string,
): Promise<string> {
  const code = await registerDispute(gql, input);
  await sentTo(gql, code, to, body);
  return code;
}
