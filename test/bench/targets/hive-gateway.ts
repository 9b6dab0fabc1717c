// Hive Gateway (@graphql-hive/gateway) on the same supergraph, with its defaults. Upstream headers are
// added by an `onFetch` plugin, where the subgraph and the body are known: the caller's token is verified
// once per client request, and every subgraph call gets its own hop signature.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createGatewayRuntime } from "@graphql-hive/gateway";
import { internalSecret, signHop } from "@onedoor/shared/auth/internal-hop";
import { reportToLauncher } from "@onedoor/shared/system/parent-link";
import type { Identity } from "@onedoor/shared/auth/identity";
import { jwtVerifierFromEnv } from "../../../gateway/src/auth/jwt.js";

const secret = internalSecret();
const jwt = await jwtVerifierFromEnv();
const identities = new WeakMap<Request, Promise<Identity>>();
const requestIds = new WeakMap<Request, string>();
// Hive Gateway sends its own request id header to subgraphs; the hop signature must cover that one.
const requestIdOf = (request: Request) => {
  let id = request.headers.get("x-request-id") ?? requestIds.get(request);
  if (!id) requestIds.set(request, (id = randomUUID()));
  return id;
};

// The signature is sealed to its subgraph and the bytes sent, so it is made where both are known.
const subgraphOfUrl = new Map(
  [
    ...readFileSync(process.env.SUPERGRAPH_PATH!, "utf8").matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g),
  ].map(([, name, url]) => [url!, name!]),
);

const runtime = createGatewayRuntime({
  supergraph: process.env.SUPERGRAPH_PATH!,
  logging: false,
  requestId: { generateRequestId: ({ request }) => requestIdOf(request) },
  plugins: () => [
    {
      async onFetch({ url, options, setOptions, context }) {
        const request = (context as { request?: Request }).request;
        if (!request) return;
        let identity = identities.get(request);
        if (!identity)
          identities.set(request, (identity = jwt.verify(request.headers.get("authorization") ?? undefined)));
        const headers = new Headers(options.headers as Record<string, string>);
        const hop = signHop(secret, await identity, requestIdOf(request), {
          audience: subgraphOfUrl.get(url) ?? url,
          body: String(options.body ?? ""),
        });
        for (const [name, value] of Object.entries(hop)) headers.set(name, value);
        setOptions({ ...options, headers: Object.fromEntries(headers) });
      },
    },
  ],
});
const port = Number(process.env.PORT);
// PORT=0 binds any free port; the benchmark learns it over the IPC channel.
const server = http.createServer((request, response) => void runtime(request, response));
server.listen(port, "127.0.0.1", () => {
  const bound = (server.address() as AddressInfo).port;
  console.log(`Hive Gateway on ${bound}`);
  void reportToLauncher({ onedoor: "ready", port: bound });
});
process.once("SIGTERM", () => void Promise.resolve(runtime.dispose()).then(() => process.exit(0)));
