// What a registry detail or page reads of the court (`_entities`: the cases of disputes, and their parties for the
// access check): through the driver adapter, mapped as Prisma's findMany maps them
// (shared/src/db/adapter-reads.ts), every scalar field the client knows. Tests compare both reads.
import { selectList } from "@onedoor/shared/db/adapter-reads";
import { Prisma, type CourtCase, type CourtCaseParty } from "../generated/prisma/client.js";
import type { LitigationStore } from "./store.js";

const CASES_SQL =
  `SELECT ${selectList(Prisma.CourtCaseScalarFieldEnum)} FROM "CourtCase" ` +
  `WHERE "disputeCode" = ANY($1) ORDER BY "filedAt" ASC, "id" ASC`;
const PARTIES_SQL =
  `SELECT ${selectList(Prisma.CourtCasePartyScalarFieldEnum)} FROM "CourtCaseParty" ` +
  `WHERE "caseId" = ANY($1::uuid[]) ORDER BY "position" ASC`;

/** The cases of the given disputes, first filed first, as the equivalent `findMany`. */
export const casesOfDisputes = (store: LitigationStore, disputeCodes: readonly string[]): Promise<CourtCase[]> =>
  store.rawQuery<CourtCase>(CASES_SQL, [disputeCodes]);

/**
 * The parties of the given cases by position, as the equivalent `findMany` (which orders nothing across cases
 * either: the loader groups them by case).
 */
export const partiesOfCases = (store: LitigationStore, caseIds: readonly string[]): Promise<CourtCaseParty[]> =>
  store.rawQuery<CourtCaseParty>(PARTIES_SQL, [caseIds]);
