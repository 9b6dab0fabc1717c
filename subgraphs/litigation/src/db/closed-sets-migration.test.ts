// The migration that made the court's closed sets enums converts the rows already there in place, and
// stops (changing nothing) on a value outside a set rather than losing it.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@onedoor/shared/db/database";

const MIGRATIONS = resolve(import.meta.dirname, "../../prisma/migrations");
const names = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const closedSets = names.findIndex((name) => name.endsWith("_closed_sets"));
const sql = (name: string) => readFileSync(join(MIGRATIONS, name, "migration.sql"), "utf8");

const MEDIATION = "00000000-0000-4000-8000-000000000001";
const ENFORCEMENT = "00000000-0000-4000-8000-000000000002";

// A story in steps: the refused run first, then the one that converts.
describe("the closed_sets migration", { shuffle: false }, () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({ kind: "pglite", dataDir: "memory" });
    for (const name of names.slice(0, closedSets)) await database.executeScript(sql(name));
    await database.executeScript(`
      INSERT INTO "CourtCase" ("id", "disputeCode", "caseNumber", "courtCode", "procedure", "status", "filedAt",
        "updatedAt", "mediatorKind", "outcome")
      VALUES ('${MEDIATION}', '330122260000034', '(2026)浙0122民诉前调1号', '浙0122', 'PRE_FILING_MEDIATION',
        'RESOLVED', now(), now(), 'MEDIATION_COMMITTEE', 'AGREEMENT');
      INSERT INTO "CourtCase" ("id", "disputeCode", "caseNumber", "courtCode", "procedure", "status", "filedAt",
        "updatedAt", "outcome", "outcomeReason")
      VALUES ('${ENFORCEMENT}', '330122260000034', '(2026)浙0122执1号', '浙0122', 'ENFORCEMENT', 'CONCLUDED', now(),
        now(), 'SETTLED', '执行和解');
      INSERT INTO "CourtCaseParty" ("id", "caseId", "position", "role", "name")
      VALUES ('00000000-0000-4000-8000-000000000003', '${MEDIATION}', 0, 'PLAINTIFF', '某公司');
      INSERT INTO "CourtCaseClock" ("id", "caseId", "kind", "startedAt")
      VALUES ('00000000-0000-4000-8000-000000000004', '${ENFORCEMENT}', 'enforcement', now());
      INSERT INTO "CaseNumberCounter" ("courtCode", "caseType", "year", "last") VALUES ('浙0122', '执', 2026, 1);
    `);
  }, 120_000);

  afterAll(() => database?.close());

  it("stops on a value outside a set, leaving everything as it was", async () => {
    await database.executeScript(
      `INSERT INTO "CourtCaseParty" ("id", "caseId", "position", "role", "kind", "name")
       VALUES ('00000000-0000-4000-8000-000000000005', '${MEDIATION}', 1, 'DEFENDANT', 'ORGANISATION', '某机械厂')`,
    );
    await expect(database.executeScript(sql(names[closedSets]!))).rejects.toThrow(/PartyKind/);
    const [column] = await database.query<{ data_type: string }>(
      `SELECT data_type FROM information_schema.columns WHERE table_name = 'CourtCase' AND column_name = 'status'`,
    );
    expect(column!.data_type).toBe("text");
    await database.executeScript(`DELETE FROM "CourtCaseParty" WHERE "kind" = 'ORGANISATION'`);
  });

  it("converts the rows in place and splits the outcome by procedure", async () => {
    await database.executeScript(sql(names[closedSets]!));
    const cases = await database.query<Record<string, unknown>>(
      `SELECT "id", "status"::text, pg_typeof("status")::text AS "statusType", "preFilingSuccess"::text,
        "enforcementOutcome"::text, "outcomeReason", "mediatorKind"::text, "version"
       FROM "CourtCase" ORDER BY "id"`,
    );
    expect(cases).toEqual([
      {
        id: MEDIATION,
        status: "RESOLVED",
        statusType: '"CourtCaseStatus"',
        preFilingSuccess: "AGREEMENT",
        enforcementOutcome: null,
        outcomeReason: null,
        mediatorKind: "MEDIATION_COMMITTEE",
        version: 1,
      },
      {
        id: ENFORCEMENT,
        status: "CONCLUDED",
        statusType: '"CourtCaseStatus"',
        preFilingSuccess: null,
        enforcementOutcome: "SETTLED",
        outcomeReason: "执行和解",
        mediatorKind: null,
        version: 1,
      },
    ]);
    const [party] = await database.query<{ kind: string; role: string }>(
      `SELECT "kind"::text, "role"::text FROM "CourtCaseParty"`,
    );
    expect(party).toEqual({ kind: "PERSON", role: "PLAINTIFF" });
    const [counter] = await database.query<{ type: string }>(
      `SELECT pg_typeof("caseType")::text AS type FROM "CaseNumberCounter"`,
    );
    expect(counter!.type).toBe('"CaseType"');
  });
});
