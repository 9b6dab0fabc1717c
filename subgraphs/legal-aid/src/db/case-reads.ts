// What a registry detail or page reads of legal aid (`_entities`: the cases of disputes): through the driver
// adapter, mapped as Prisma's findMany maps them (shared/src/db/adapter-reads.ts), every scalar field the client
// knows. Tests compare both reads.
import { selectList } from "@onedoor/shared/db/adapter-reads";
import { Prisma, type LegalAidCase } from "../generated/prisma/client.js";
import type { LegalAidStore } from "./store.js";

const CASES_SQL =
  `SELECT ${selectList(Prisma.LegalAidCaseScalarFieldEnum)} FROM "LegalAidCase" ` +
  `WHERE "disputeCode" = ANY($1) ORDER BY "appliedAt" ASC, "id" ASC`;
// An enum array: the driver gives it as PostgreSQL's text literal.
const CASE_SHAPE = { lists: ["applicantGroups"] };

/** The cases of the given disputes, first applied for first, as the equivalent `findMany`. */
export const casesOfDisputes = (store: LegalAidStore, disputeCodes: readonly string[]): Promise<LegalAidCase[]> =>
  store.rawQuery<LegalAidCase>(CASES_SQL, [disputeCodes], CASE_SHAPE);
