import type { ApolloServerPlugin } from "@apollo/server";
import { requestDuration } from "./metrics.js";

export function metricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      let operationType = "unknown";
      return {
        async didResolveOperation({ operation }) {
          operationType = operation?.operation ?? "unknown";
        },
        async willSendResponse({ errors, response }) {
          const hasErrors =
            Boolean(errors?.length) ||
            (response.body.kind === "single" && Boolean(response.body.singleResult.errors?.length));
          requestDuration.observe(
            { operation_type: operationType, outcome: hasErrors ? "error" : "ok" },
            (performance.now() - started) / 1000,
          );
        },
      };
    },
  };
}
