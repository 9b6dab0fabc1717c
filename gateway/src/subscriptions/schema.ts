// The graph the gateway serves: the supergraph's API schema plus the gateway's own Subscription type, so
// clients introspect and validate one schema. Queries and mutations still run on Apollo's gateway; a
// subscription sent as a plain request is answered with where to send it instead.
import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import type { ApolloGateway } from "@apollo/gateway";
import { extendSchema, GraphQLError, parse, type GraphQLSchema } from "graphql";
import { SUBSCRIPTION_SDL } from "./fields.js";

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>["gateway"];

const SUBSCRIPTION_DOCUMENT = parse(SUBSCRIPTION_SDL);

export const withSubscriptions = (apiSchema: GraphQLSchema): GraphQLSchema =>
  extendSchema(apiSchema, SUBSCRIPTION_DOCUMENT);

const NOT_OVER_PLAIN_HTTP = new GraphQLError(
  "Subscriptions are served as Server-Sent Events (POST with Accept: text/event-stream) or over WebSocket (graphql-transport-ws)",
  {
    extensions: {
      code: "BAD_REQUEST",
      messageZh:
        "订阅请通过 Server-Sent Events（POST，Accept: text/event-stream）或 WebSocket（graphql-transport-ws）发送",
    },
  },
);

/**
 * Apollo's gateway as ApolloServer sees it, with the served schema extended; `onSchema` hears each
 * schema served (at start and after each supergraph reload); `onMutation` hears each mutation run.
 */
export function servedGateway(
  gateway: ApolloGateway,
  onSchema: (schema: GraphQLSchema) => void,
  onMutation: () => void,
): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) =>
      gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
        const schema = withSubscriptions(apiSchema);
        onSchema(schema);
        callback({ apiSchema: schema, coreSupergraphSdl });
      }),
    load: async (options) => {
      const { executor } = await gateway.load(options);
      if (!executor) return { executor };
      return {
        executor: async (requestContext) => {
          if (requestContext.operation.operation === "subscription") return { errors: [NOT_OVER_PLAIN_HTTP] };
          const result = await executor(requestContext);
          if (requestContext.operation.operation === "mutation") onMutation();
          return result;
        },
      };
    },
    stop: () => gateway.stop(),
  };
}
