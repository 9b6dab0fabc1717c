import type { SubgraphContext } from "@onedoor/shared/server/subgraph";
import type { LegalAidLoaders, LegalAidStore } from "../data/store.js";

export type LegalAidContext = SubgraphContext<LegalAidStore, LegalAidLoaders>;
