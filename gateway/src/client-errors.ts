// What a client is told when something failed inside the center: a code it can act on, a message in
// Chinese and English, the path of what is missing; never a department's address, body or stack. The
// details go to the gateway's log with the request id.
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "@onedoor/shared/logger";

/** A failure of the gateway's own call to a department that none of the coded failures describes. */
export function internalError(subgraph: string): GraphQLError {
  return new GraphQLError(`The ${subgraph} service could not be reached properly`, {
    extensions: {
      code: "INTERNAL_SERVER_ERROR",
      subgraph,
      messageZh: `调用${subgraph}服务时发生内部错误，请稍后再试`,
    },
  });
}

const NON_NULLABLE = /^Cannot return null for non-nullable field (.+?)\.?$/;

/** A value-completion failure as the client sees it: where, what, and a code. */
function completionError(failure: { message?: unknown; path?: unknown }): GraphQLFormattedError {
  const message = typeof failure.message === "string" ? failure.message : "Invalid value from a department";
  const field = NON_NULLABLE.exec(message)?.[1];
  const path = Array.isArray(failure.path) ? (failure.path as (string | number)[]) : undefined;
  return {
    message,
    ...(path ? { path } : {}),
    extensions: {
      code: "INTERNAL_SERVER_ERROR",
      messageZh: field
        ? `部门服务未给出必填字段 ${field} 的值，该部分无法显示`
        : "部门服务返回的数据与图谱定义不符，该部分无法显示",
    },
  };
}

/**
 * Apollo's gateway reports values a department returned that do not fit the schema (null for a
 * non-nullable field, an unknown __typename) only under `extensions.valueCompletion`, and nulls the
 * enclosing field: a client reading `errors` would see a null and no reason. They become ordinary
 * errors here, with their path and a code, before the response is sent (and before other plugins
 * look at its errors), and are logged with the request id.
 */
export function valueCompletionPlugin(): ApolloServerPlugin<{ log?: Logger }> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ response, contextValue }) {
          return {
            async executionDidEnd(error) {
              if (error || response.body?.kind !== "single") return;
              const result = response.body.singleResult;
              const failures = result.extensions?.valueCompletion;
              if (!Array.isArray(failures) || failures.length === 0) return;
              const errors = (failures as { message?: unknown; path?: unknown }[]).map(completionError);
              const { extensions: given, ...rest } = result;
              const { valueCompletion: _moved, ...extensions } = given!;
              response.body.singleResult = {
                ...rest,
                errors: [...(result.errors ?? []), ...errors],
                ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
              };
              contextValue.log?.error(
                { valueCompletion: errors.map(({ message, path }) => ({ message, path })) },
                "a department's data did not fit the schema",
              );
            },
          };
        },
      };
    },
  };
}
