import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import type { Logger } from "@onedoor/shared/logger";
import type { ArbitrationStore } from "./store.js";

/** This department's part of the demo stories, written once into an empty database. */
export async function seedDemoData(store: ArbitrationStore, log: Logger): Promise<void> {
  if ((await store.arbitrationCase.count()) > 0) return;
  const { count } = await store.arbitrationCase.createMany({
    data: DEMO_DISPUTES.flatMap((d) => d.arbitration.map((c) => ({ ...c, disputeCode: d.code, receivedAt: new Date(c.receivedAt) }))),
  });
  log.info({ count }, "seeded demo data");
}
