// 期限上报, the registry's side: each department's procedure clocks as it last reported them with a case event.
import type { CaseEvent } from "@onedoor/shared/events/case-event";
import type { ReportedClock } from "@onedoor/shared/events/reported-clock";
import type { DepartmentClock, Prisma } from "../generated/prisma/client.js";
import type { EventSource } from "../generated/prisma/enums.js";
import type { PetitionsStore } from "./store.js";
import type { Tx } from "./write.js";

/** A stored report with its clock typed (checked by `isReportedClock` when the event arrived). */
export type StoredDepartmentClock = Omit<DepartmentClock, "clock"> & { clock: ReportedClock };

/** Keeps the event's clocks as the record's latest report (events of a source arrive in their order). */
export async function storeReportedClocks(tx: Tx, source: EventSource, event: CaseEvent): Promise<void> {
  for (const clock of event.clocks ?? []) {
    const report = {
      disputeCode: event.disputeCode,
      clock: clock as unknown as Prisma.InputJsonValue,
      sequence: BigInt(event.sequence),
    };
    await tx.departmentClock.upsert({
      where: { source_recordId_kind: { source, recordId: clock.recordId, kind: clock.spec.kind } },
      create: { ...report, source, recordId: clock.recordId, kind: clock.spec.kind },
      update: report,
    });
  }
}

/**
 * The reported clocks of disputes (for a batch loader), in a stable order; `disputeClocks` shows them by their
 * start, since sequences are counted per department and order nothing across departments.
 */
export async function departmentClocksOf(
  store: PetitionsStore,
  disputeCodes: readonly string[],
): Promise<StoredDepartmentClock[]> {
  const rows = await store.departmentClock.findMany({
    where: { disputeCode: { in: [...disputeCodes] } },
    orderBy: [{ sequence: "asc" }, { id: "asc" }],
  });
  return rows as unknown as StoredDepartmentClock[];
}
