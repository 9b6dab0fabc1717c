import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import type { Logger } from "@onedoor/shared/logger";
import type { PetitionsStore } from "./store.js";

/** This department's part of the demo stories, written once into an empty database. */
export async function seedDemoData(store: PetitionsStore, log: Logger): Promise<void> {
  if ((await store.dispute.count()) > 0) return;
  const { count } = await store.dispute.createMany({
    data: DEMO_DISPUTES.map(({ mediation, arbitration, litigation, legalAid, ...dispute }) => ({
    ...dispute,
    registeredAt: new Date(dispute.registeredAt),
  })),
  });
  log.info({ count }, "seeded demo data");
}
