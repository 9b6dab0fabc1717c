// 名录: the registry's copy of the bodies each department published (shared/src/directory/publication.ts), which
// routing and dispatch read so that they name only bodies that exist, take new matters and are staffed.
import type { DirectoryPublication, PublishedBody } from "@onedoor/shared/directory/publication";
import { DEPARTMENT_SUBGRAPH } from "@onedoor/shared/config";
import type { Department } from "../generated/prisma/enums.js";
import type { DirectoryBody } from "../generated/prisma/client.js";
import { defaultBody, DIRECTORY_DEPARTMENTS } from "../domain/routing.js";
import type { PetitionsStore } from "./store.js";

const departmentOf = (source: string): Department | undefined =>
  (Object.keys(DEPARTMENT_SUBGRAPH) as Department[]).find(
    (d) => DEPARTMENT_SUBGRAPH[d] === source && d !== "COMPREHENSIVE_WINDOW",
  );

/**
 * Replaces the department's bodies with the publication's, unless a later publication is already held (the
 * check and the replacement under the publication row's lock, so two replicas' publications apply in order).
 * Bodies missing from the publication are gone from routing too.
 */
export async function applyDirectoryPublication(
  store: PetitionsStore,
  publication: DirectoryPublication,
): Promise<{ applied: boolean }> {
  const department = departmentOf(publication.source);
  if (!department) return { applied: false };
  const publishedAt = new Date(publication.publishedAt);
  return store.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "DirectoryPublication" ("department", "publishedAt")
      VALUES (${department}::"Department", to_timestamp(0)) ON CONFLICT DO NOTHING`;
    const [held] = await tx.$queryRaw<{ publishedAt: Date }[]>`SELECT "publishedAt" FROM "DirectoryPublication"
      WHERE "department" = ${department}::"Department" FOR UPDATE`;
    if (held && held.publishedAt >= publishedAt) return { applied: false };
    await tx.directoryBody.deleteMany({ where: { department } });
    await tx.directoryBody.createMany({
      data: publication.bodies.map((b) => ({ department, ...b, publishedAt })),
    });
    await tx.directoryPublication.update({ where: { department }, data: { publishedAt, receivedAt: new Date() } });
    return { applied: true };
  });
}

/** The demo's directories, as their departments would publish them, for a registry seeded before they publish. */
export async function seedDirectory(
  tx: Pick<PetitionsStore, "directoryBody" | "directoryPublication">,
  department: Department,
  bodies: readonly PublishedBody[],
  publishedAt: Date,
): Promise<void> {
  await tx.directoryBody.createMany({ data: bodies.map((b) => ({ department, ...b, publishedAt })) });
  await tx.directoryPublication.create({ data: { department, publishedAt } });
}

/** Bodies of the departments that publish a directory, serving the counties (their own code or an area within). */
export function directoryOfCounties(
  store: Pick<PetitionsStore, "directoryBody">,
  counties: readonly string[],
): Promise<DirectoryBody[]> {
  return store.directoryBody.findMany({
    where: { OR: counties.map((county) => ({ regionCode: { startsWith: county } })) },
    orderBy: [{ department: "asc" }, { name: "asc" }],
  });
}

export function directoryBody(
  store: Pick<PetitionsStore, "directoryBody">,
  department: Department,
  id: string,
): Promise<DirectoryBody | null> {
  return store.directoryBody.findUnique({ where: { department_id: { department, id } } });
}

/**
 * The body a hand-off or referral names, by id where its department publishes a directory: the named body of the
 * dispute's county, or the department's default for the dispute when none is named. Null where the department
 * publishes none, or the name is not in its directory (a department's own hand-off is kept, not refused: the
 * receiving department then checks the name).
 */
export async function publishedBodyOf(
  tx: Pick<PetitionsStore, "directoryBody">,
  department: Department,
  dispute: { regionCode: string; category: string },
  name: string | null,
): Promise<{ id: string; name: string } | null> {
  if (!DIRECTORY_DEPARTMENTS.includes(department)) return null;
  const directory = await directoryOfCounties(tx, [dispute.regionCode.slice(0, 6)]);
  const body =
    name !== null
      ? directory.find((b) => b.department === department && b.name === name)
      : defaultBody(department, dispute, directory);
  return body ? { id: body.id, name: body.name } : null;
}

/** Every body the departments that publish a directory have published (the save-time check of routing rules). */
export function directoryOfDepartments(
  store: Pick<PetitionsStore, "directoryBody">,
  departments: readonly Department[],
): Promise<DirectoryBody[]> {
  return store.directoryBody.findMany({
    where: { department: { in: [...departments] } },
    orderBy: [{ department: "asc" }, { id: "asc" }],
  });
}
