import type { SubgraphContext } from "@onedoor/shared/server/subgraph";
import type { LegalAidLoaders, LegalAidStore } from "../db/store.js";

export type LegalAidContext = SubgraphContext<LegalAidStore, LegalAidLoaders>;
