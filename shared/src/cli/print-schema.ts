// Prints the subgraph SDL of the subgraph in the current folder to `schema.graphql`,
// or with `--check` fails when the committed file differs. One process per subgraph:
// type-graphql's metadata is global, so two subgraphs cannot be built in one process.
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildSubgraphGraphQLSchema, type SubgraphDefinition } from "../server/subgraph.js";

const dir = process.cwd();
const { subgraph } = (await import(pathToFileURL(resolve(dir, "src/subgraph.ts")).href)) as {
  subgraph: SubgraphDefinition<never, unknown>;
};
const { sdl } = await buildSubgraphGraphQLSchema(subgraph);
const target = resolve(dir, "schema.graphql");
if (process.argv.includes("--check")) {
  const committed = await readFile(target, "utf8").catch(() => "");
  if (committed !== sdl) {
    console.error(`${target} is stale: run \`npm run print-schema -w subgraphs/${subgraph.name}\``);
    process.exit(1);
  }
} else {
  await writeFile(target, sdl);
  console.log(`wrote ${target}`);
}
