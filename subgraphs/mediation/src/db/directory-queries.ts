// Who mediates: the directory's pages (committees, mediators, the expert pool, by name) and the
// candidates for a case's mediator suggestions.
import { afterCursor } from "@onedoor/shared/graphql/connection";
import type { Prisma } from "../generated/prisma/client.js";
import type {
  CommitteeLevel,
  CommitteeType,
  DirectoryStatus,
  ExpertKind,
  MediatorRole,
} from "../generated/prisma/enums.js";
import type { PublishedBody } from "@onedoor/shared/directory/publication";
import { takesAnyCategory } from "../domain/directory.js";
import type { WithStore } from "./store.js";

const byName = [{ name: "asc" as const }, { id: "asc" as const }];

/** `size + 1` rows at most after the cursor, for `toConnection`. */
interface Page {
  after: string | null;
  size: number;
}

export async function committeesPage(
  { store }: WithStore,
  filter: {
    regionCode?: string;
    type?: CommitteeType;
    level?: CommitteeLevel;
    specialty?: string;
    status?: DirectoryStatus;
  },
  { after, size }: Page,
) {
  const where: Prisma.CommitteeWhereInput = {
    ...(filter.regionCode ? { regionCode: filter.regionCode } : {}),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.level ? { level: filter.level } : {}),
    ...(filter.specialty ? { specialties: { has: filter.specialty } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
  const rows = await store.committee.findMany({
    where: { AND: [where, afterCursor("name", after, "asc")] },
    orderBy: byName,
    take: size + 1,
  });
  return { rows, count: () => store.committee.count({ where }) };
}

export async function mediatorsPage(
  { store }: WithStore,
  filter: {
    committeeId?: string;
    specialty?: string;
    dialect?: string;
    role?: MediatorRole;
    available?: boolean;
    status?: DirectoryStatus;
  },
  { after, size }: Page,
) {
  const where: Prisma.MediatorWhereInput = {
    ...(filter.committeeId ? { committeeId: filter.committeeId } : {}),
    ...(filter.specialty ? { specialties: { has: filter.specialty } } : {}),
    ...(filter.dialect ? { dialects: { has: filter.dialect } } : {}),
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.available !== undefined && filter.available !== null ? { available: filter.available } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
  const rows = await store.mediator.findMany({
    where: { AND: [where, afterCursor("name", after, "asc")] },
    orderBy: byName,
    take: size + 1,
  });
  return { rows, count: () => store.mediator.count({ where }) };
}

/** A county's pool is a few dozen people; a party chooses among at most this many, by name. */
export const MAX_EXPERT_CHOICES = 50;

/**
 * 点单: the experts a party may pick for a case, by name: ACTIVE, of the dispute's county's pool, with one of the
 * committee's specialties (the rule `checkExpertFits` enforces at the pick), not picked for the case yet.
 */
export function expertChoices(
  { store }: WithStore,
  mediation: { caseId: string; county: string; specialties: readonly string[] },
) {
  return store.expert.findMany({
    where: {
      status: "ACTIVE",
      regionCode: mediation.county,
      specialties: { hasSome: [...mediation.specialties] },
      picks: { none: { caseId: mediation.caseId } },
    },
    orderBy: byName,
    take: MAX_EXPERT_CHOICES,
  });
}

export async function expertsPage(
  { store }: WithStore,
  filter: { specialty?: string; kind?: ExpertKind; regionCode?: string; status?: DirectoryStatus },
  { after, size }: Page,
) {
  const where: Prisma.ExpertWhereInput = {
    ...(filter.specialty ? { specialties: { has: filter.specialty } } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.regionCode ? { regionCode: filter.regionCode } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
  const rows = await store.expert.findMany({
    where: { AND: [where, afterCursor("name", after, "asc")] },
    orderBy: byName,
    take: size + 1,
  });
  return { rows, count: () => store.expert.count({ where }) };
}

/** Available, active mediators of the case's committee and of every active committee in the dispute's county. */
export function mediatorCandidates({ store }: WithStore, committeeId: string, regionCode: string) {
  return store.mediator.findMany({
    where: {
      available: true,
      status: "ACTIVE",
      OR: [{ committeeId }, { committee: { regionCode, status: "ACTIVE" } }],
    },
    include: { committee: true },
  });
}

/** The directory as mediation publishes it to the registry: every committee, with how many can take a case now. */
export async function publishedDirectory(store: WithStore["store"]): Promise<PublishedBody[]> {
  const [committees, staffed] = await Promise.all([
    store.committee.findMany({ orderBy: byName }),
    store.mediator.groupBy({
      by: ["committeeId"],
      where: { status: "ACTIVE", available: true },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map(staffed.map((s) => [s.committeeId, s._count._all]));
  return committees.map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.type,
    regionCode: c.regionCode,
    categories: c.specialties,
    coversAllCategories: takesAnyCategory(c.type),
    status: c.status,
    staffed: counts.get(c.id) ?? 0,
  }));
}
