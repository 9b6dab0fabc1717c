// Reads of legal consultations (法律咨询记录).
import type { LocalDate } from "@onedoor/shared/clock/index";
import {
  afterCursor,
  toConnection,
  type ConnectionShape,
  type SortDirection,
} from "@onedoor/shared/graphql/connection";
import { dayRangeWhere } from "@onedoor/shared/graphql/party-records";
import type { LegalConsultation as ConsultationRow, Prisma } from "../generated/prisma/client.js";
import type { ConsultationChannel } from "../generated/prisma/enums.js";
import type { LegalAidContext } from "../resolvers/context.js";
import type { ListScope } from "../domain/access.js";
import { isoSort, parseIsoSort } from "./paging.js";

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

/** Consultations, keyset-paged on (consultedAt, id) in either direction. */
export async function consultationPage(
  ctx: LegalAidContext,
  filter: ConsultationFilter,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
): Promise<ConnectionShape<ConsultationRow>> {
  const where: Prisma.LegalConsultationWhereInput[] = [
    afterCursor("consultedAt", page.after, page.direction, parseIsoSort),
  ];
  if (filter.disputeCode) where.push({ disputeCode: filter.disputeCode });
  if (filter.within) {
    // Consultations without a dispute are the center's own and have no county.
    const { county, ownCenter } = filter.within;
    where.push(
      ownCenter ? { OR: [{ disputeCode: null }, { disputeCode: { startsWith: county } }] } : { disputeCode: null },
    );
  }
  if (filter.channel) where.push({ channel: filter.channel });
  const consultedAt = dayRangeWhere(filter);
  if (consultedAt) where.push({ consultedAt });
  const rows = await ctx.store.legalConsultation.findMany({
    where: { AND: where },
    orderBy: [{ consultedAt: page.direction }, { id: page.direction }],
    take: page.size + 1,
  });
  return toConnection(rows, page.size, (row) => isoSort(row.consultedAt), { hasPreviousPage: Boolean(page.after) });
}
