import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { signHop } from "@onedoor/shared/auth/internal-hop";
import type { GatewayContext } from "./context.js";

/** Every subgraph request carries the caller's identity and request id, signed with the internal secret. */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, private readonly secret: string) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and schema loads run without a request context.
    const identity = "identity" in context && context.identity ? context.identity : { roles: [] };
    const requestId = "requestId" in context && context.requestId ? context.requestId : "gateway";
    for (const [name, value] of Object.entries(signHop(this.secret, identity, requestId))) {
      request.http?.headers.set(name, value);
    }
  }
}
