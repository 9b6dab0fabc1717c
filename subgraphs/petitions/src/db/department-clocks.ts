// 期限上报, the registry's side: each department's procedure clocks as it last reported them with a case event.
import type { CaseEvent } from "@onedoor/shared/events/case-event";
import type { ReportedClock } from "@onedoor/shared/events/reported-clock";
import { selectList } from "@onedoor/shared/db/adapter-reads";
import { Prisma, type DepartmentClock } from "../generated/prisma/client.js";
import type { EventSource } from "../generated/prisma/enums.js";
import { EVENT_SOURCE } from "./event-sources.js";
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

// Read for every dispute of a detail or a page (its clocks): through the driver adapter (adapter-reads.ts), mapped
// as Prisma's findMany maps it; the source is stored under its `@map` name.
const CLOCKS_SQL =
  `SELECT ${selectList(Prisma.DepartmentClockScalarFieldEnum)} FROM "DepartmentClock" ` +
  `WHERE "disputeCode" = ANY($1) ORDER BY "sequence" ASC, "id" ASC`;
const CLOCKS_SHAPE = { renamed: { source: EVENT_SOURCE } };

/**
 * The reported clocks of disputes (for a batch loader), in a stable order; `disputeClocks` shows them by their
 * start, since sequences are counted per department and order nothing across departments.
 */
export const departmentClocksOf = (
  store: PetitionsStore,
  disputeCodes: readonly string[],
): Promise<StoredDepartmentClock[]> => store.rawQuery<StoredDepartmentClock>(CLOCKS_SQL, [disputeCodes], CLOCKS_SHAPE);
