// Reads of legal consultations (法律咨询记录).
import { endOfLocalDay, startOfLocalDay, type LocalDate } from "@onedoor/shared/clock/index";
import { SqlArguments, selectList } from "@onedoor/shared/db/adapter-reads";
import {
  instantCursor,
  toConnection,
  type ConnectionShape,
  type SortDirection,
} from "@onedoor/shared/graphql/connection";
import { Prisma, type LegalConsultation as ConsultationRow } from "../generated/prisma/client.js";
import type { ConsultationChannel } from "../generated/prisma/enums.js";
import type { LegalAidContext } from "../resolvers/context.js";
import type { ListScope } from "../domain/access.js";
import { isoSort } from "./paging.js";
import type { LegalAidStore } from "./store.js";

export interface ConsultationFilter {
  disputeCode: string | null;
  channel?: ConsultationChannel | null;
  /** Consulted on or after this day (China time). */
  from?: LocalDate | null;
  /** Consulted on or before this day (China time). */
  to?: LocalDate | null;
  /** The caller's jurisdiction (resolvers/access.ts `listScope`); undefined: not narrowed. */
  within?: ListScope;
}

/** One consultation by its id; null when there is none. */
export function consultationById(ctx: LegalAidContext, id: string): Promise<ConsultationRow | null> {
  return ctx.store.legalConsultation.findUnique({ where: { id } });
}

// A dispute's detail reads a page of its consultations: through the driver adapter (adapter-reads.ts), mapped as
// Prisma's findMany maps it. The Prisma formulation it replaces is the tests' reference (testing/prisma-pages.ts).
const CONSULTATION_COLUMNS = selectList(Prisma.LegalConsultationScalarFieldEnum);

/** One page of consultations (`size + 1` rows at most, for `toConnection`), keyset on (consultedAt, id). */
export async function consultationRows(
  store: LegalAidStore,
  filter: ConsultationFilter,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
): Promise<ConsultationRow[]> {
  const args = new SqlArguments();
  const where: string[] = [];
  // A cursor this list never gave out is refused as the caller's mistake, never sent to the database.
  const position = instantCursor(page.after);
  if (position) {
    const beyond = page.direction === "desc" ? "<" : ">";
    const [at, id] = [args.add(position.sort), args.add(position.id, "uuid")];
    where.push(`"consultedAt" ${beyond} ${at} OR ("consultedAt" = ${at} AND "id" ${beyond} ${id})`);
  }
  if (filter.disputeCode) where.push(`"disputeCode" = ${args.add(filter.disputeCode)}`);
  if (filter.within) {
    // Consultations without a dispute are the center's own and have no county.
    const { county, ownCenter } = filter.within;
    where.push(
      ownCenter ? `"disputeCode" IS NULL OR starts_with("disputeCode", ${args.add(county)})` : `"disputeCode" IS NULL`,
    );
  }
  if (filter.channel) where.push(`"channel" = ${args.add(filter.channel, '"ConsultationChannel"')}`);
  if (filter.from) where.push(`"consultedAt" >= ${args.add(startOfLocalDay(filter.from))}`);
  if (filter.to) where.push(`"consultedAt" <= ${args.add(endOfLocalDay(filter.to))}`);
  const order = page.direction === "desc" ? "DESC" : "ASC";
  const conditions = where.length ? ` WHERE ${where.map((c) => `(${c})`).join(" AND ")}` : "";
  return store.rawQuery<ConsultationRow>(
    `SELECT ${CONSULTATION_COLUMNS} FROM "LegalConsultation"${conditions} ` +
      `ORDER BY "consultedAt" ${order}, "id" ${order} LIMIT ${args.add(page.size + 1)}`,
    args.values,
  );
}

/** Consultations, keyset-paged on (consultedAt, id) in either direction. */
export async function consultationPage(
  ctx: LegalAidContext,
  filter: ConsultationFilter,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
): Promise<ConnectionShape<ConsultationRow>> {
  const rows = await consultationRows(ctx.store, filter, page);
  return toConnection(rows, page.size, (row) => isoSort(row.consultedAt), { hasPreviousPage: Boolean(page.after) });
}
