import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import type { Logger } from "@onedoor/shared/logger";
import type { LitigationStore } from "./store.js";

/** This department's part of the demo stories, written once into an empty database. */
export async function seedDemoData(store: LitigationStore, log: Logger): Promise<void> {
  if ((await store.courtCase.count()) > 0) return;
  const { count } = await store.courtCase.createMany({
    data: DEMO_DISPUTES.flatMap((d) => d.litigation.map((c) => ({ ...c, disputeCode: d.code, filedAt: new Date(c.filedAt) }))),
  });
  log.info({ count }, "seeded demo data");
}
