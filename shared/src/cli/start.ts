// `npm start`: the whole center on this machine, on embedded databases under ./data (or DATA_DIR).
// Prints each process's progress, restarts a process that exits (with back-off), and stops everything
// on Ctrl-C. Processes end with this one however it ends, kill -9 included (see parent-link.ts).
import { launchSystem, type SystemEvent } from "../system/launcher.js";
import { EXAMPLE_QUERY } from "../demo/example-query.js";

const started = Date.now();
const say = (name: string, text: string) => console.log(`[${name}] ${text}`);
const describe = (event: SystemEvent) => {
  switch (event.kind) {
    case "spawned":
      return say(event.name, `started, pid ${event.pid}`);
    case "progress":
      return say(event.name, event.phase);
    case "ready":
      return say(event.name, `ready on port ${event.port}`);
    case "exited":
      return event.expected ? undefined : say(event.name, `exited unexpectedly: ${event.reason.split("\n")[0]}`);
    case "restarting":
      return say(event.name, `restarting in ${event.delayMs / 1000} s`);
    case "stalled":
      return say(event.name, `stalled: no progress for ${Math.round(event.silentMs / 1000)} s while "${event.phase}"`);
  }
};

// Before the launch completes, Ctrl-C simply ends this process: the children see their channel close
// and exit, and an interrupted first start is continued by the next one.
const interrupt = () => process.exit(130);
process.once("SIGINT", interrupt);
process.once("SIGTERM", interrupt);

console.log("OneDoor 矛调中心: starting five subgraphs and the gateway ...");
const system = await launchSystem({
  env: { SEED_DEMO_DATA: process.env.SEED_DEMO_DATA ?? "1" },
  supervise: true,
  onEvent: describe,
}).catch((error: unknown) => {
  console.error(`\nOneDoor did not start:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
process.off("SIGINT", interrupt);
process.off("SIGTERM", interrupt);

console.log(`
OneDoor is ready in ${((Date.now() - started) / 1000).toFixed(1)} s.

  GraphQL endpoint : ${system.gatewayUrl}
  GraphiQL         : ${system.gatewayOrigin}/
  Health / ready   : ${system.gatewayOrigin}/health  ${system.gatewayOrigin}/ready

Try:
  curl -s ${system.gatewayUrl} -H 'content-type: application/json' \\
    -d '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, " ").trim() })}'

A process that exits is restarted. Ctrl-C stops everything.`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log("\nstopping ...");
    system.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
