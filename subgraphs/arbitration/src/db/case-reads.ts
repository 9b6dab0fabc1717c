// What a registry detail reads of arbitration (`_entities`: the cases of a dispute, their applicants for the
// access check and their claims): through the driver adapter, mapped as Prisma's findMany maps them
// (shared/src/db/adapter-reads.ts), every scalar field the client knows. Tests compare both reads.
import { selectList } from "@onedoor/shared/db/adapter-reads";
import { Prisma } from "../generated/prisma/client.js";
import type { ApplicantRow, CaseRow, ClaimRow } from "./rows.js";
import type { ArbitrationStore } from "./store.js";

const CASES_SQL =
  `SELECT ${selectList(Prisma.ArbitrationCaseScalarFieldEnum)} FROM "ArbitrationCase" ` +
  `WHERE "disputeCode" = ANY($1) ORDER BY "receivedAt" ASC, "id" ASC`;
const APPLICANTS_SQL =
  `SELECT ${selectList(Prisma.ApplicantScalarFieldEnum)} FROM "Applicant" ` +
  `WHERE "caseId" = ANY($1::uuid[]) ORDER BY "caseId" ASC, "position" ASC`;
const CLAIMS_SQL =
  `SELECT ${selectList(Prisma.ClaimScalarFieldEnum)} FROM "Claim" ` +
  `WHERE "caseId" = ANY($1::uuid[]) ORDER BY "caseId" ASC, "position" ASC`;

/** The cases of the given disputes, first received first, as the equivalent `findMany`. */
export const casesOfDisputes = (store: ArbitrationStore, disputeCodes: readonly string[]): Promise<CaseRow[]> =>
  store.rawQuery<CaseRow>(CASES_SQL, [disputeCodes]);

/** The applicants of the given cases, by case and position, as the equivalent `findMany`. */
export const applicantsOfCases = (store: ArbitrationStore, caseIds: readonly string[]): Promise<ApplicantRow[]> =>
  store.rawQuery<ApplicantRow>(APPLICANTS_SQL, [caseIds]);

/** The claims of the given cases, by case and position, as the equivalent `findMany`. */
export const claimsOfCases = (store: ArbitrationStore, caseIds: readonly string[]): Promise<ClaimRow[]> =>
  store.rawQuery<ClaimRow>(CLAIMS_SQL, [caseIds]);
