// The migration that made the court's bodies records gives every court already holding cases its service centre
// (诉讼服务中心), with the demo directory's id for the demo counties, and puts each case in it.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@onedoor/shared/db/database";
import { DEMO_COURT_BODIES } from "@onedoor/shared/demo/court-directory";

const MIGRATIONS = resolve(import.meta.dirname, "../../prisma/migrations");
const names = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const courtBodies = names.findIndex((name) => name.endsWith("_court_bodies"));
const sql = (name: string) => readFileSync(join(MIGRATIONS, name, "migration.sql"), "utf8");
const TONGLU_CENTRE = DEMO_COURT_BODIES.find((b) => b.name === "桐庐县人民法院诉讼服务中心")!;

describe("the court_bodies migration", () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({ kind: "pglite", dataDir: "memory" });
    for (const name of names.slice(0, courtBodies)) await database.executeScript(sql(name));
    // Cases of 桐庐县 and 建德市 (no demo court), and one recorded without its court code (a case of 普陀区's dispute).
    await database.executeScript(`
      INSERT INTO "CourtCase" ("id", "disputeCode", "caseNumber", "courtCode", "procedure", "status", "filedAt", "updatedAt")
      VALUES
        ('00000000-0000-4000-8000-000000000001', '330122260000034', '(2026)浙0122民初1号', '浙0122', 'FIRST_INSTANCE', 'FILED', now(), now()),
        ('00000000-0000-4000-8000-000000000002', '330182260000035', '(2026)浙0182民初1号', '浙0182', 'FIRST_INSTANCE', 'FILED', now(), now()),
        ('00000000-0000-4000-8000-000000000003', '330903260000036', '(2026)浙0903民初1号', '', 'FIRST_INSTANCE', 'FILED', now(), now());
    `);
    for (const name of names.slice(courtBodies)) await database.executeScript(sql(name));
  }, 120_000);

  afterAll(() => database?.close());

  it("gives each court holding cases its service centre, and each case that body", async () => {
    const bodies = await database.query<{ id: string; name: string; courtCode: string; regionCode: string }>(
      `SELECT "id", "name", "kind"::text, "courtCode", "regionCode" FROM "CourtBody" ORDER BY "courtCode"`,
    );
    expect(bodies).toEqual([
      expect.objectContaining({
        id: TONGLU_CENTRE.id,
        name: "桐庐县人民法院诉讼服务中心",
        courtCode: "浙0122",
        kind: "LITIGATION_SERVICE_CENTRE",
      }),
      expect.objectContaining({ name: "浙0182人民法院诉讼服务中心", courtCode: "浙0182", regionCode: "330182" }),
      expect.objectContaining({ name: "普陀区人民法院诉讼服务中心", courtCode: "浙0903", regionCode: "330903" }),
    ]);
    const cases = await database.query<{ courtCode: string; body: string }>(
      `SELECT c."courtCode", b."name" AS "body" FROM "CourtCase" c JOIN "CourtBody" b ON b."id" = c."bodyId" ORDER BY c."id"`,
    );
    expect(cases).toEqual([
      { courtCode: "浙0122", body: "桐庐县人民法院诉讼服务中心" },
      { courtCode: "浙0182", body: "浙0182人民法院诉讼服务中心" },
      { courtCode: "浙0903", body: "普陀区人民法院诉讼服务中心" },
    ]);
  });
});
