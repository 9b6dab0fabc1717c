// What a OneDoor process does with an error nobody handled. One policy for the gateway and every subgraph.
import { AsyncLocalStorage } from "node:async_hooks";
import type { MiddlewareFn } from "type-graphql";
import type { Logger } from "../logger.js";

/** The request a piece of work belongs to, so an error found later can still name it. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs each resolver in its request's scope: promises it starts carry the request id. */
export const inRequestScope: MiddlewareFn<{ requestId: string }> = ({ context }, next) =>
  requestScope.run({ requestId: context.requestId }, next);

let installed = false;

/**
 * - A promise rejected with no handler is a bug, but one with a known extent: some work failed and no
 *   one waited for it. The request that started it has had its answer (its resolver failed or went on
 *   without the result), and the process holds no half-done state of it. Log it with the request id
 *   and keep serving: one caller's bad luck must not shut a department for everyone.
 * - An exception nobody caught unwound the stack at an unknown point: a transaction, a lock or an
 *   in-memory structure may be half-changed. Continuing could serve wrong answers, so log it and exit
 *   (code 1); the supervisor (npm start, or systemd/Kubernetes in production) starts a clean process.
 *
 * Node calls the rejection handler in the async context of the rejected promise, so `requestScope`
 * there names the request that created it.
 */
export function installProcessErrorPolicy(log: Logger): void {
  if (installed) return;
  installed = true;
  process.on("unhandledRejection", (reason) => {
    log.error(
      { err: reason, requestId: requestScope.getStore()?.requestId },
      "unhandled promise rejection: logged, still serving",
    );
  });
  process.on("uncaughtException", (error, origin) => {
    log.fatal({ err: error, origin, requestId: requestScope.getStore()?.requestId }, "uncaught exception: exiting");
    process.exit(1);
  });
}
