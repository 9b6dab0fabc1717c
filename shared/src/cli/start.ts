// `npm start`: the whole center on this machine, on embedded databases under ./data.
import { launchSystem } from "../system/launcher.js";
import { EXAMPLE_QUERY } from "../demo/example-query.js";

const started = Date.now();
console.log("OneDoor 矛调中心: starting five subgraphs and the gateway ...");
const system = await launchSystem({ env: { SEED_DEMO_DATA: process.env.SEED_DEMO_DATA ?? "1" } });
console.log(`
OneDoor is ready in ${((Date.now() - started) / 1000).toFixed(1)} s.

  GraphQL endpoint : ${system.gatewayUrl}
  GraphiQL         : ${system.gatewayOrigin}/
  Health / ready   : ${system.gatewayOrigin}/health  ${system.gatewayOrigin}/ready

Try:
  curl -s ${system.gatewayUrl} -H 'content-type: application/json' \\
    -d '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, " ").trim() })}'

Ctrl-C stops everything.`);

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
