// Registering a dispute at the window, the first step of most stories the end-to-end tests tell.
import { expect, vi } from "vitest";
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

/** The departments that publish their bodies to the registry (名录发布), which dispatches to them by id. */
const DIRECTORY_TARGETS: readonly DispatchTarget[] = [
  "MEDIATION",
  "ARBITRATION",
  "LITIGATION",
  "LEGAL_AID",
  "ADMINISTRATIVE_REVIEW",
];

/**
 * Dispatches a registered dispute to a department (as the window's staff), so the department may open a case
 * on it: a department takes only what the registry sent it. A dispatch the rules would not suggest is an
 * override, and carries its reason.
 */
export async function sentTo(gql: Gql, code: string, to: DispatchTarget, body?: string): Promise<void> {
  const dispatch = () =>
    gql<{ dispatchDispute: { code: string } }>(
      `mutation ($code: ID!, $to: Department!, $body: String, $reason: String) {
        dispatchDispute(input: { code: $code, to: $to, body: $body, reason: $reason }) { code }
      }`,
      { code, to, body: body ?? null, reason: "按当事人意愿及案件性质派单" },
    );
  let { body: response } = await dispatch();
  // A body added a moment ago may not have reached the registry yet: once it has, dispatch again.
  if (response.errors && DIRECTORY_TARGETS.includes(to) && body !== undefined) {
    await untilDispatchable(gql, code, to, body);
    ({ body: response } = await dispatch());
  }
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
}

/**
 * The id of the body the registry sent the dispute to (a mediation committee's, an arbitration commission's, a court
 * body's, a legal aid centre's, a review office's id), which alone may accept it.
 */
export async function handlingBodyOf(gql: Gql, code: string): Promise<string> {
  const { body } = await gql<{ dispute: { handlingBodyId: string | null } }>(
    `query ($code: ID!) { dispute(code: $code) { handlingBodyId } }`,
    { code },
  );
  expect(body.data?.dispute.handlingBodyId, JSON.stringify(body.errors)).toBeTruthy();
  return body.data!.dispute.handlingBodyId!;
}

/**
 * A directory department publishes its directory to the registry just after a change (名录发布): a body added or
 * changed a moment ago reaches the registry's routing shortly after. Waits (bounded) until the registry can send
 * the dispute to `body`; if it never can, the dispatch that follows says why.
 */
async function untilDispatchable(gql: Gql, code: string, department: DispatchTarget, body: string): Promise<void> {
  const suitable = async () => {
    const { body: response } = await gql<{ dispute: { suitableBodies: { name: string }[] } }>(
      `query ($code: ID!, $department: Department!) {
        dispute(code: $code) { suitableBodies(department: $department) { name } }
      }`,
      { code, department },
    );
    return response.data?.dispute.suitableBodies.some((b) => b.name === body) ?? false;
  };
  // vi.waitFor rather than expect.poll: stories dispatch in beforeAll too.
  await vi
    .waitFor(
      async () => {
        if (!(await suitable())) throw new Error(`${body} is not yet in the registry's copy of the directory`);
      },
      { timeout: 15_000, interval: 100 },
    )
    .catch(() => undefined);
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
