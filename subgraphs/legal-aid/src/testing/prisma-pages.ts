// Legal aid's consultation page as Prisma read it before it moved to SQL through the driver adapter
// (db/consultations.ts): the reference its comparison test checks the SQL against.
import { afterCursor, type SortDirection } from "@onedoor/shared/graphql/connection";
import { dayRangeWhere } from "@onedoor/shared/graphql/party-records";
import type { LegalConsultation, Prisma } from "../generated/prisma/client.js";
import type { ConsultationFilter } from "../db/consultations.js";
import { parseIsoSort } from "../db/paging.js";
import type { LegalAidStore } from "../db/store.js";

/** `consultationRows` through Prisma's findMany. */
export function consultationRowsThroughPrisma(
  store: LegalAidStore,
  filter: ConsultationFilter,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
): Promise<LegalConsultation[]> {
  const where: Prisma.LegalConsultationWhereInput[] = [
    afterCursor("consultedAt", page.after, page.direction, parseIsoSort),
  ];
  if (filter.disputeCode) where.push({ disputeCode: filter.disputeCode });
  if (filter.within) {
    const { county, ownCenter } = filter.within;
    where.push(
      ownCenter ? { OR: [{ disputeCode: null }, { disputeCode: { startsWith: county } }] } : { disputeCode: null },
    );
  }
  if (filter.channel) where.push({ channel: filter.channel });
  const consultedAt = dayRangeWhere(filter);
  if (consultedAt) where.push({ consultedAt });
  return store.legalConsultation.findMany({
    where: { AND: where },
    orderBy: [{ consultedAt: page.direction }, { id: page.direction }],
    take: page.size + 1,
  });
}
