// Loaded into each subgraph process by the benchmark (`node --import`), without changing the subgraph:
// counts the GraphQL requests answered and, while the benchmark asks (`GET /?counting=on`, `off`), the SQL
// statements sent while answering them (not the outbox relay's or health checks' own), and serves the
// running totals on a port it reports to the benchmark over the IPC channel. Statements are told apart by
// an AsyncLocalStorage, whose promise hooks every promise of the process pays once it has run: the benchmark
// counts them in a pass of its own and switches counting off (the hooks with it) before measuring the load.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";
import { join } from "node:path";

interface RequestTally {
  statements: number;
}

const totals = { requests: 0, statements: 0 };
const current = new AsyncLocalStorage<RequestTally>();
let counting = false;

// The subgraph's own copy of pg (hoisted in the workspace), patched before the subgraph loads it.
const pg = createRequire(join(process.cwd(), "package.json"))("pg") as typeof import("pg");
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
  const tally = current.getStore();
  if (tally) tally.statements++;
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

const emit = http.Server.prototype.emit as (this: http.Server, event: string, ...args: unknown[]) => boolean;
http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
  const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
  if (event !== "request" || !req.url?.startsWith("/graphql") || this === counterServer)
    return emit.call(this, event, ...args);
  const tally: RequestTally = { statements: 0 };
  res.once("finish", () => {
    totals.requests++;
    totals.statements += tally.statements;
  });
  return counting ? current.run(tally, () => emit.call(this, event, ...args)) : emit.call(this, event, ...args);
} as typeof http.Server.prototype.emit;

const counterServer = http.createServer((req, res) => {
  const asked = new URL(req.url ?? "/", "http://localhost").searchParams.get("counting");
  if (asked) {
    counting = asked === "on";
    // Disabled, it no longer keeps the promise hooks installed (the subgraph itself enters none under load).
    if (!counting) current.disable();
  }
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(totals));
});
// On any free port, told to the benchmark over the IPC channel (a message of its own, beside the service's).
counterServer.listen(0, "127.0.0.1", () => {
  process.send?.({ benchSqlCounterPort: (counterServer.address() as AddressInfo).port });
});
counterServer.unref();
