import { runSubgraphProcess } from "@onedoor/shared/server/subgraph";
import { subgraph } from "./subgraph.js";

await runSubgraphProcess(subgraph);
