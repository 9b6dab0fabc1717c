import type { SubgraphContext } from "@onedoor/shared/server/subgraph";
import type { AdministrativeReviewLoaders, AdministrativeReviewStore } from "../db/store.js";

export type AdministrativeReviewContext = SubgraphContext<AdministrativeReviewStore, AdministrativeReviewLoaders>;
