// Reads of the roster of lawyers and legal aid workers (承办人员名册).
import { scanPage, toConnection, type ConnectionShape, type SortDirection } from "@onedoor/shared/graphql/connection";
import type { LegalAidProvider as ProviderRow, Prisma } from "../generated/prisma/client.js";
import type { DirectoryStatus, LegalSpecialty, ProviderKind } from "../generated/prisma/enums.js";
import type { LegalAidContext } from "../resolvers/context.js";
import { isoSort, parseIsoSort } from "./paging.js";

export interface ProviderFilter {
  /** Null: every status. */
  statuses: readonly DirectoryStatus[] | null;
  specialty?: LegalSpecialty | null;
  kind?: ProviderKind | null;
  regionCode?: string | null;
  centreId?: string | null;
}

/**
 * A provider's specialties are an enum list, which Prisma's list filters (`has`, `hasSome`) cannot send
 * through the PGlite driver adapter ("malformed array literal"): the specialty is matched in code.
 */
const hasSpecialty = (specialty: LegalSpecialty) => (row: ProviderRow) => row.specialties.includes(specialty);

/** The roster, keyset-paged on (createdAt, id) in either direction. */
export async function providerPage(
  ctx: LegalAidContext,
  filter: ProviderFilter,
  page: { after: string | null | undefined; size: number; direction: SortDirection },
): Promise<ConnectionShape<ProviderRow>> {
  const where: Prisma.LegalAidProviderWhereInput[] = [];
  if (filter.statuses) where.push({ status: { in: [...filter.statuses] } });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.regionCode) where.push({ regionCode: filter.regionCode });
  if (filter.centreId) where.push({ centreId: filter.centreId });
  const rows = await scanPage({
    fetch: (position, take) =>
      ctx.store.legalAidProvider.findMany({
        where: { AND: [...where, position] },
        orderBy: [{ createdAt: page.direction }, { id: page.direction }],
        take,
      }),
    sortField: "createdAt",
    sortValue: (row) => isoSort(row.createdAt),
    direction: page.direction,
    after: page.after,
    parse: parseIsoSort,
    keep: filter.specialty ? hasSpecialty(filter.specialty) : null,
    size: page.size,
  });
  return toConnection(rows, page.size, (row) => isoSort(row.createdAt), { hasPreviousPage: Boolean(page.after) });
}

/** Who may be assigned a case of the county with this specialty: the active providers on its roster (the
 * assignment rule checks the status again). */
export async function assignableProviders(
  ctx: LegalAidContext,
  county: string,
  specialty: LegalSpecialty,
): Promise<ProviderRow[]> {
  const roster = await ctx.store.legalAidProvider.findMany({ where: { status: "ACTIVE", regionCode: county } });
  return roster.filter(hasSpecialty(specialty));
}
