import type { SubgraphContext } from "@onedoor/shared/server/subgraph";
import type { ArbitrationLoaders, ArbitrationStore } from "../db/store.js";

export type ArbitrationContext = SubgraphContext<ArbitrationStore, ArbitrationLoaders>;
