import type { SubgraphContext } from "@onedoor/shared/server/subgraph";
import type { MediationLoaders, MediationStore } from "../db/store.js";

export type MediationContext = SubgraphContext<MediationStore, MediationLoaders>;
