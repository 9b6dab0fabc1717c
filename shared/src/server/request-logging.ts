import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "../logger.js";
import { nameActiveSpan } from "../telemetry/tracing.js";

/**
 * One log line per GraphQL request, carrying the request id so a request can be followed across processes;
 * while tracing, the request's span takes the operation's name.
 */
export function requestLoggingPlugin<Context extends { log: Logger }>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didResolveOperation({ operation, operationName }) {
          nameActiveSpan(operation?.operation, operationName);
        },
        async willSendResponse({ operationName, errors }) {
          contextValue.log.info(
            {
              operationName,
              durationMs: Math.round(performance.now() - started),
              errors: errors?.map((e) => e.message),
            },
            "graphql request",
          );
        },
      };
    },
  };
}
