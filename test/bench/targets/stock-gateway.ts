// Stock @apollo/gateway for comparison: `new ApolloGateway({ supergraphSdl })` with default options on
// the same Apollo Server and Express integration as ours. The only addition is what every request to
// a department needs now: the caller's verified identity, signed for the hop. The signature is sealed to
// the bytes sent, so the data source's fetcher signs them; willSendRequest only hands it the caller.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { internalSecret, signHop } from "@onedoor/shared/auth/internal-hop";
import { reportToLauncher } from "@onedoor/shared/system/parent-link";
import { ANONYMOUS, type Identity } from "@onedoor/shared/auth/identity";
import { jwtVerifierFromEnv } from "../../../gateway/src/auth/jwt.js";

interface Context {
  identity: Identity;
  requestId: string;
}

const secret = internalSecret();

// The caller, from willSendRequest to the fetcher, in a header the fetcher replaces with the signature.
const CALLER = "x-bench-caller";

class HopSigningDataSource extends RemoteGraphQLDataSource<Context> {
  constructor(audience: string, url: string) {
    super({
      url,
      fetcher: async (input, init) => {
        const headers = new Headers(init?.headers as Record<string, string>);
        const { identity, requestId } = JSON.parse(headers.get(CALLER) ?? "{}") as Context;
        headers.delete(CALLER);
        const body = String(init?.body ?? "");
        for (const [name, value] of Object.entries(signHop(secret, identity, requestId, { audience, body })))
          headers.set(name, value);
        return fetch(input, { method: init?.method, headers, body });
      },
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Context>): void {
    const identity = "identity" in context && context.identity ? context.identity : ANONYMOUS;
    const requestId = "requestId" in context && context.requestId ? context.requestId : "stock-gateway";
    request.http?.headers.set(CALLER, JSON.stringify({ identity, requestId }));
  }
}

process.env.APOLLO_TELEMETRY_DISABLED = "true";
const jwt = await jwtVerifierFromEnv();
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH!, "utf8"),
  buildService: ({ name, url }) => new HopSigningDataSource(name, url!),
});
const app = express();
const server = new ApolloServer<Context>({ gateway });
await server.start();
app.get("/ready", (_req, res) => void res.json({ ready: true }));
app.use(
  "/graphql",
  express.json({ limit: "1mb" }),
  expressMiddleware(server, {
    context: async ({ req }) => ({ identity: await jwt.verify(req.header("authorization")), requestId: randomUUID() }),
  }),
);
const port = Number(process.env.PORT);
// PORT=0 binds any free port; the benchmark learns it over the IPC channel.
const httpServer = http.createServer(app);
httpServer.listen(port, "127.0.0.1", () => {
  const bound = (httpServer.address() as AddressInfo).port;
  console.log(`stock @apollo/gateway on ${bound}`);
  void reportToLauncher({ onedoor: "ready", port: bound });
});
process.once("SIGTERM", () => void server.stop().then(() => process.exit(0)));
