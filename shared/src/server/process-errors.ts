// What a OneDoor process does with an error nobody handled. One policy for the gateway and every subgraph.
import { AsyncLocalStorage } from "node:async_hooks";
import type { MiddlewareFn } from "type-graphql";
import type { Logger } from "../logger.js";
import { tracingActive } from "../telemetry/tracing.js";

/**
 * The request a piece of work belongs to, so an error found later can name it exactly. Entered only where the
 * process pays for AsyncLocalStorage anyway: on Node 20 the first `run()` of any AsyncLocalStorage installs
 * promise hooks that every promise of the process then pays (5–15 % of a department's CPU per operation,
 * test/bench/results/profile.md), so a request on the normal path enters none.
 */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Runs each resolver in its request's scope while the process traces (OpenTelemetry carries the active span
 * in an AsyncLocalStorage of its own) or when `alreadyScoped` says this request enters one anyway (a request
 * at a simulated time, clock/now.ts). Otherwise the resolver runs as it is, and the log of an error nobody
 * handled names the requests in flight instead.
 */
export function inRequestScope<Context extends { requestId: string }>(
  alreadyScoped: (context: Context) => boolean,
): MiddlewareFn<Context> {
  return ({ context }, next) =>
    tracingActive() || alreadyScoped(context) ? requestScope.run({ requestId: context.requestId }, next) : next();
}

/** Ids of the requests being answered, with how many times each (the gateway may call a subgraph twice for one). */
const inFlight = new Map<string, number>();

/**
 * Notes that this process is answering `requestId` until `response` closes. Without a request scope this is
 * what names the request: work nobody awaited fails while, or soon after, the request that started it is
 * answered (the `no-floating-promises` lint forbids the usual way of leaving work behind).
 */
export function answering(requestId: string, response: { once(event: "close", listener: () => void): unknown }): void {
  inFlight.set(requestId, (inFlight.get(requestId) ?? 0) + 1);
  response.once("close", () => {
    const left = inFlight.get(requestId)! - 1;
    if (left > 0) inFlight.set(requestId, left);
    else inFlight.delete(requestId);
  });
}

/** The request that started the failed work: its scope's id if it had one, else the suspects in flight. */
function culprit(): { requestId: string } | { requestsInFlight: string[] } | undefined {
  const scope = requestScope.getStore();
  if (scope) return { requestId: scope.requestId };
  return inFlight.size > 0 ? { requestsInFlight: [...inFlight.keys()].slice(0, 20) } : undefined;
}

let installed = false;

/**
 * - A promise rejected with no handler is a bug, but one with a known extent: some work failed and no
 *   one waited for it. The request that started it has had its answer (its resolver failed or went on
 *   without the result), and the process holds no half-done state of it. Log it with the request and
 *   keep serving: one caller's bad luck must not shut a department for everyone.
 * - An exception nobody caught unwound the stack at an unknown point: a transaction, a lock or an
 *   in-memory structure may be half-changed. Continuing could serve wrong answers, so log it and exit
 *   (code 1); the supervisor (npm start, or systemd/Kubernetes in production) starts a clean process.
 *
 * Node calls both handlers in the async context of the failed work, so a request scope there names the
 * request that started it (and while tracing, the logger adds its trace id).
 */
export function installProcessErrorPolicy(log: Logger): void {
  if (installed) return;
  installed = true;
  process.on("unhandledRejection", (reason) => {
    log.error({ err: reason, ...culprit() }, "unhandled promise rejection: logged, still serving");
  });
  process.on("uncaughtException", (error, origin) => {
    log.fatal({ err: error, origin, ...culprit() }, "uncaught exception: exiting");
    process.exit(1);
  });
}
