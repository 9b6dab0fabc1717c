import type { SubgraphContext } from "@onedoor/shared/server/subgraph";
import type { PetitionsLoaders, PetitionsStore } from "../db/store.js";

export type PetitionsContext = SubgraphContext<PetitionsStore, PetitionsLoaders>;
