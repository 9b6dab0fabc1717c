import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import type { Logger } from "@onedoor/shared/logger";
import type { MediationStore } from "./store.js";

/** This department's part of the demo stories, written once into an empty database. */
export async function seedDemoData(store: MediationStore, log: Logger): Promise<void> {
  if ((await store.mediationCase.count()) > 0) return;
  const { count } = await store.mediationCase.createMany({
    data: DEMO_DISPUTES.flatMap((d) => d.mediation.map((c) => ({ ...c, disputeCode: d.code, acceptedAt: new Date(c.acceptedAt) }))),
  });
  log.info({ count }, "seeded demo data");
}
