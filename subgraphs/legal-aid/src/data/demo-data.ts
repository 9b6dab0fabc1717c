import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import type { Logger } from "@onedoor/shared/logger";
import type { LegalAidStore } from "./store.js";

/** This department's part of the demo stories, written once into an empty database. */
export async function seedDemoData(store: LegalAidStore, log: Logger): Promise<void> {
  if ((await store.legalAidCase.count()) > 0) return;
  const { count } = await store.legalAidCase.createMany({
    data: DEMO_DISPUTES.flatMap((d) => d.legalAid.map((c) => ({ ...c, disputeCode: d.code, appliedAt: new Date(c.appliedAt) }))),
  });
  log.info({ count }, "seeded demo data");
}
