// Saved routing rules keep their meaning as a department starts publishing its bodies: a rule that named the court,
// legal aid or administrative review by name alone meant the department's default body (its DEFAULT_BODY_KINDS
// kind), and the migrations that made them directory departments say so, or routing would pass the rule over. The
// window publishes no directory, so its rules stay as saved.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@onedoor/shared/db/database";
import { DEFAULT_BODY_KINDS, route, type DirectoryEntry, type RoutingRule } from "../domain/routing.js";

const MIGRATIONS = resolve(import.meta.dirname, "../../prisma/migrations");
const names = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const courtRules = names.findIndex((name) => name.endsWith("_court_directory_rules"));
const sql = (name: string) => readFileSync(join(MIGRATIONS, name, "migration.sql"), "utf8");

const TONGLU = "330122";
const centre = (kind: string, id: string): DirectoryEntry => ({
  department: "LEGAL_AID",
  id,
  name: `桐庐县法律援助${kind === "CENTRE" ? "中心" : "工作站"}`,
  kind,
  regionCode: TONGLU,
  categories: [],
  coversAllCategories: true,
  status: "ACTIVE",
  staffed: 2,
});

describe("the directory rules migrations", () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({ kind: "pglite", dataDir: "memory" });
    for (const name of names.slice(0, courtRules)) await database.executeScript(sql(name));
    // A rule set saved while the court, legal aid and review were sent matters by name.
    await database.executeScript(`
      INSERT INTO "RoutingRuleSet" ("id", "version", "effectiveFrom", "savedBy")
      VALUES ('set-1', 'TL-ROUTING-2026.1', '2026-01-01', 'routing-admin');
      INSERT INTO "RoutingRule" ("ruleSetId", "position", "ruleId", "description", "department", "body", "bodyKind", "bodyId")
      VALUES
        ('set-1', 0, 'legal-aid', '法律援助', 'LEGAL_AID', '{county}法律援助中心', NULL, NULL),
        ('set-1', 1, 'legal-aid-station', '工作站', 'LEGAL_AID', '{county}法律援助工作站', 'WORKSTATION', NULL),
        ('set-1', 2, 'legal-aid-one', '指定机构', 'LEGAL_AID', '{county}法律援助中心', NULL, 'centre-2'),
        ('set-1', 3, 'court', '诉讼', 'LITIGATION', '{county}人民法院诉讼服务中心', NULL, NULL),
        ('set-1', 4, 'review', '行政复议', 'ADMINISTRATIVE_REVIEW', '{county}人民政府行政复议办公室', NULL, NULL),
        ('set-1', 5, 'window', '兜底', 'COMPREHENSIVE_WINDOW', '{county}社会治理综合服务中心综合调处窗口', NULL, NULL);
    `);
    for (const name of names.slice(courtRules)) await database.executeScript(sql(name));
  }, 120_000);

  afterAll(() => database?.close());

  it("give a rule naming neither kind nor body its department's default kind, and leave the others", async () => {
    const rules = await database.query<{ ruleId: string; bodyKind: string | null; bodyId: string | null }>(
      `SELECT "ruleId", "bodyKind", "bodyId" FROM "RoutingRule" ORDER BY "position"`,
    );
    expect(rules).toEqual([
      { ruleId: "legal-aid", bodyKind: DEFAULT_BODY_KINDS.LEGAL_AID, bodyId: null },
      { ruleId: "legal-aid-station", bodyKind: "WORKSTATION", bodyId: null },
      { ruleId: "legal-aid-one", bodyKind: null, bodyId: "centre-2" },
      { ruleId: "court", bodyKind: DEFAULT_BODY_KINDS.LITIGATION, bodyId: null },
      { ruleId: "review", bodyKind: DEFAULT_BODY_KINDS.ADMINISTRATIVE_REVIEW, bodyId: null },
      { ruleId: "window", bodyKind: null, bodyId: null },
    ]);
  });

  it("so the saved legal aid rule still routes, to the county's centre", async () => {
    const [row] = await database.query<{ bodyKind: string }>(
      `SELECT "bodyKind" FROM "RoutingRule" WHERE "ruleId" = 'legal-aid'`,
    );
    const rule: RoutingRule = {
      id: "legal-aid",
      description: "法律援助",
      department: "LEGAL_AID",
      body: "{county}法律援助中心",
      bodyKind: row!.bodyKind,
    };
    const decision = route(
      { category: "劳动争议", amountYuan: null, regionCode: TONGLU, flags: [] },
      [centre("WORKSTATION", "station-1"), centre("CENTRE", "centre-1")],
      { version: "TL-ROUTING-2026.1", effectiveFrom: "2026-01-01", rules: [rule] },
    );
    expect(decision).toMatchObject({ ruleId: "legal-aid", department: "LEGAL_AID", bodyId: "centre-1" });
  });
});
