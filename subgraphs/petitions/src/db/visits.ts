// A dispute's in-person visits (来访), keyset-paged on (visitedAt, id): a petitioner may come back many times.
import { afterCursor, type SortDirection } from "@onedoor/shared/graphql/connection";
import { dayRangeWhere } from "@onedoor/shared/graphql/party-records";
import type { LocalDate } from "@onedoor/shared/clock/local-date";
import { selectList } from "@onedoor/shared/db/adapter-reads";
import type { Attendance } from "@onedoor/shared/events/attendance";
import type { CaseEvent } from "@onedoor/shared/events/case-event";
import { Prisma, type Visit } from "../generated/prisma/client.js";
import type { VisitSource } from "../generated/prisma/enums.js";
import type { PetitionsStore } from "./store.js";
import type { Tx } from "./write.js";

const parseInstant = (sort: string | number) => new Date(String(sort));

// The visits a dispute's counts read (visitCount, runs): through the driver adapter (adapter-reads.ts), mapped as
// Prisma's findMany maps them.
const VISITS_SQL =
  `SELECT ${selectList(Prisma.VisitScalarFieldEnum)} FROM "Visit" ` +
  `WHERE "disputeId" = ANY($1::uuid[]) ORDER BY "visitedAt" ASC, "id" ASC`;

/** The visits of the given disputes, earliest first, as the equivalent `findMany`. */
export const visitsOfDisputes = (store: PetitionsStore, disputeIds: readonly string[]): Promise<Visit[]> =>
  store.rawQuery<Visit>(VISITS_SQL, [disputeIds]);

/** One page (`size + 1` rows at most, for `toConnection`) of a dispute's visits, and the count of all. */
export async function visitPage(
  store: PetitionsStore,
  disputeId: string,
  filter: { from?: LocalDate | null; to?: LocalDate | null } | null | undefined,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
): Promise<{ rows: Visit[]; count: () => Promise<number> }> {
  const where: Prisma.VisitWhereInput = { disputeId, visitedAt: dayRangeWhere(filter) };
  const rows = await store.visit.findMany({
    where: { AND: [where, afterCursor("visitedAt", page.after, page.direction, parseInstant)] },
    orderBy: [{ visitedAt: page.direction }, { id: page.direction }],
    take: page.size + 1,
  });
  return { rows, count: () => store.visit.count({ where }) };
}

/** The department a reported attendance comes from, as a visit's source (the registry records its own as WINDOW). */
const ATTENDANCE_SOURCE: Record<Exclude<CaseEvent["source"], "petitions">, VisitSource> = {
  mediation: "MEDIATION",
  arbitration: "ARBITRATION",
  litigation: "LITIGATION",
  "legal-aid": "LEGAL_AID",
  "administrative-review": "ADMINISTRATIVE_REVIEW",
};

/**
 * 到场: a department's step the parties attended in person becomes a visit of the dispute, in the transaction that
 * stores the event. The (source, event id) pair is unique, so a redelivered event adds no second visit; an event on
 * a dispute the registry does not know adds none. One attendance at one place and time is one visit, however many
 * bodies report it (a joint session of two committees).
 */
export async function recordAttendance(
  tx: Tx,
  event: Pick<CaseEvent, "id" | "source" | "disputeCode" | "summary">,
  attendance: Attendance,
): Promise<void> {
  if (event.source === "petitions") return;
  const dispute = await tx.dispute.findUnique({ where: { code: event.disputeCode }, select: { id: true } });
  if (!dispute) return;
  const source = ATTENDANCE_SOURCE[event.source];
  const visitedAt = new Date(attendance.at);
  const same = await tx.visit.findFirst({
    where: { disputeId: dispute.id, visitedAt, place: attendance.place, source: { not: "WINDOW" } },
    select: { id: true },
  });
  if (same) return;
  await tx.visit.upsert({
    where: { source_eventId: { source, eventId: event.id } },
    create: {
      disputeId: dispute.id,
      visitedAt,
      place: attendance.place,
      // The step's own timeline line (e.g. 召开第2次调解会（现场）): free of personal data by the event's rule.
      purpose: event.summary,
      recordedBy: `service:${event.source}`,
      source,
      eventId: event.id,
    },
    update: {},
  });
}
