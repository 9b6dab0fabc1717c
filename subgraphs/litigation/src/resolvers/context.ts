import type { SubgraphContext } from "@onedoor/shared/server/subgraph";
import type { LitigationLoaders, LitigationStore } from "../db/store.js";

export type LitigationContext = SubgraphContext<LitigationStore, LitigationLoaders>;
