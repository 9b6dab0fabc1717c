// Rows read through the driver adapter come out as Prisma's findMany gives them: the types the drivers leave
// as text (timestamps, decimals, JSON, int8, arrays of an enum) become what Prisma makes of them. The
// subgraphs' own tests compare such reads with Prisma's on their models.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Decimal } from "@prisma/client/runtime/client";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { Database } from "./database.js";
import { adapterReads, mapRows, parseArrayLiteral, selectList, SqlArguments, type RawQuery } from "./adapter-reads.js";
import { openTestDatabase, testDatabaseKinds } from "../testing/test-databases.js";

describe("array literals", () => {
  it("reads plain, quoted, escaped, empty and NULL elements", () => {
    expect(parseArrayLiteral("{}")).toEqual([]);
    expect(parseArrayLiteral("{LABOUR}")).toEqual(["LABOUR"]);
    expect(parseArrayLiteral("{GROUP_DISPUTE,URGENT}")).toEqual(["GROUP_DISPUTE", "URGENT"]);
    expect(parseArrayLiteral('{"桐庐 县",NULL,"NULL","a\\"b","c\\\\d",x}')).toEqual([
      "桐庐 县",
      null,
      "NULL",
      'a"b',
      "c\\d",
      "x",
    ]);
    expect(() => parseArrayLiteral("LABOUR")).toThrow(/array literal/);
  });
});

describe("mapping a result set", () => {
  it("maps each column by its type, keeps nulls and leaves the other types as the driver gives them", () => {
    const rows = mapRows(
      {
        columnNames: ["at", "amount", "data", "sequence", "flags", "name", "count", "days"],
        columnTypes: [
          ColumnTypeEnum.DateTime,
          ColumnTypeEnum.Numeric,
          ColumnTypeEnum.Json,
          ColumnTypeEnum.Int64,
          ColumnTypeEnum.Text,
          ColumnTypeEnum.Text,
          ColumnTypeEnum.Int32,
          ColumnTypeEnum.DateTimeArray,
        ],
        rows: [
          [
            "2026-03-02T02:00:00.123+00:00",
            "12345.60",
            '{"说明":"调解","n":[1,2]}',
            "9007199254740993",
            "{MAJOR,URGENT}",
            "周秀英",
            3,
            ["2026-03-02T00:00:00+00:00", null],
          ],
          [null, null, null, null, null, null, null, null],
        ],
      },
      { lists: ["flags"] },
    );
    expect(rows).toStrictEqual([
      {
        at: new Date("2026-03-02T02:00:00.123Z"),
        amount: new Decimal("12345.6"),
        data: { 说明: "调解", n: [1, 2] },
        sequence: 9007199254740993n,
        flags: ["MAJOR", "URGENT"],
        name: "周秀英",
        count: 3,
        days: [new Date("2026-03-02T00:00:00Z"), null],
      },
      { at: null, amount: null, data: null, sequence: null, flags: null, name: null, count: null, days: null },
    ]);
  });

  it("gives renamed enum values Prisma's names", () => {
    const rows = mapRows(
      {
        columnNames: ["source"],
        columnTypes: [ColumnTypeEnum.Text],
        rows: [["legal-aid"], ["mediation"], [null]],
      },
      { renamed: { source: { "legal-aid": "LEGAL_AID", mediation: "MEDIATION" } } },
    );
    expect(rows).toStrictEqual([{ source: "LEGAL_AID" }, { source: "MEDIATION" }, { source: null }]);
  });

  it("numbers a statement's parameters in the order they are added", () => {
    const args = new SqlArguments();
    expect(`"a" = ${args.add("x")} AND "b" = ANY(${args.add(["P", "Q"], '"Kind"[]')})`).toBe(
      '"a" = $1 AND "b" = ANY($2::"Kind"[])',
    );
    expect(args.values).toEqual(["x", ["P", "Q"]]);
  });

  it("quotes the column list of a model's fields", () => {
    expect(selectList({ id: "id", disputeCode: "disputeCode", odd: 'a"b' })).toBe('"id", "disputeCode", "a""b"');
    expect(selectList({ id: "id", status: "status" }, { status: "state" })).toBe('"id", "state" AS "status"');
  });
});

describe.each(testDatabaseKinds())("reading through the driver adapter (%s)", (kind) => {
  let database: Database;
  let rawQuery: RawQuery;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await database.executeScript(`
      CREATE TYPE "Flag" AS ENUM ('MAJOR', 'URGENT', 'GROUP_DISPUTE');
      CREATE TABLE "Sample" (
        "id" integer PRIMARY KEY,
        "name" text NOT NULL,
        "at" timestamp(3) NOT NULL,
        "day" date,
        "amount" numeric(14, 2),
        "ratio" double precision,
        "data" jsonb,
        "sequence" bigint,
        "flags" "Flag"[] NOT NULL DEFAULT '{}',
        "tags" text[] NOT NULL DEFAULT '{}',
        "open" boolean NOT NULL
      );
      INSERT INTO "Sample" VALUES
        (1, '周秀英', '2026-03-02 02:00:00.123', '2026-03-02', 12345.60, 0.25, '{"说明": "调解", "n": [1, 2]}',
         9007199254740993, '{MAJOR,GROUP_DISPUTE}', '{桐庐话,"两 字",NULL}', true),
        (2, '楼上住户', '2026-03-03 00:00:00', NULL, NULL, NULL, NULL, NULL, '{}', '{}', false);
    `);
    rawQuery = adapterReads(database.adapterFactory);
  }, 120_000);
  afterAll(() => database?.close());

  it("gives every type as Prisma would, with parameters for every value", async () => {
    const rows = await rawQuery(
      `SELECT * FROM "Sample" WHERE "id" = ANY($1::int[]) AND "name" <> $2 AND "open" IN ($3, NOT $3) ORDER BY "id"`,
      [["1", "2"], "无名", true],
      { lists: ["flags"] },
    );
    expect(rows).toStrictEqual([
      {
        id: 1,
        name: "周秀英",
        at: new Date("2026-03-02T02:00:00.123Z"),
        day: new Date("2026-03-02T00:00:00Z"),
        amount: new Decimal("12345.6"),
        ratio: 0.25,
        data: { 说明: "调解", n: [1, 2] },
        sequence: 9007199254740993n,
        flags: ["MAJOR", "GROUP_DISPUTE"],
        tags: ["桐庐话", "两 字", null],
        open: true,
      },
      {
        id: 2,
        name: "楼上住户",
        at: new Date("2026-03-03T00:00:00Z"),
        day: null,
        amount: null,
        ratio: null,
        data: null,
        sequence: null,
        flags: [],
        tags: [],
        open: false,
      },
    ]);
  });

  it("takes a value written like SQL as a value", async () => {
    const rows = await rawQuery(`SELECT "id" FROM "Sample" WHERE "name" = $1`, [`周秀英' OR ''='`]);
    expect(rows).toEqual([]);
  });
});
