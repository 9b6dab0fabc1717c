import { describe, expect, it } from "vitest";
import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { formatMoney, LocalDateScalar, MoneyScalar, parseMoney } from "./scalars.js";

describe("Money", () => {
  it("normalises yuan to two decimals and keeps amounts past 32-bit fen exact", () => {
    expect(parseMoney("126000")).toBe("126000.00");
    expect(parseMoney("0.5")).toBe("0.50");
    expect(parseMoney("-0")).toBe("0.00");
    expect(parseMoney("21474836.48")).toBe("21474836.48");
    expect(parseMoney("999999999999.99")).toBe("999999999999.99");
  });

  it("refuses floats' spellings, thousands separators, three decimals and numbers", () => {
    for (const bad of ["1e5", "1,000.00", "12.345", "01.00", "", " 1", "1000000000000.00"])
      expect(() => parseMoney(bad), bad).toThrow(/yuan/);
    expect(() => parseMoney(12.5)).toThrow(/yuan/);
  });

  it("serialises Prisma decimals, strings and bigint fen exactly", () => {
    expect(formatMoney({ toFixed: (d: number) => (123.4).toFixed(d) })).toBe("123.40");
    expect(formatMoney(2_147_483_648n)).toBe("21474836.48");
    expect(formatMoney(-5n)).toBe("-0.05");
    expect(formatMoney("7")).toBe("7.00");
  });
});

describe("LocalDate", () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        echo: {
          type: GraphQLString,
          args: { day: { type: LocalDateScalar }, amount: { type: MoneyScalar } },
          resolve: (_, args: { day?: string; amount?: string }) => `${args.day ?? ""}|${args.amount ?? ""}`,
        },
      },
    }),
  });

  it("takes a real day and refuses an impossible one with Chinese and English messages", async () => {
    const ok = await graphql({ schema, source: '{ echo(day: "2026-02-28", amount: "3") }' });
    expect(ok.data?.echo).toBe("2026-02-28|3.00");
    const bad = await graphql({
      schema,
      source: "query($d: LocalDate) { echo(day: $d) }",
      variableValues: { d: "2026-02-30" },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      messageEn: expect.stringMatching(/date/),
    });
    expect(String(bad.errors?.[0]?.extensions.messageZh)).toMatch(/日期/);
  });

  it("refuses a bad literal in the document at validation (Apollo Server answers GRAPHQL_VALIDATION_FAILED)", async () => {
    const bad = await graphql({ schema, source: '{ echo(day: "2026-02-30", amount: "1e5") }' });
    expect(bad.data).toBeUndefined();
    expect(bad.errors?.map((e) => e.message)).toEqual([
      expect.stringMatching(/date, YYYY-MM-DD \(got "2026-02-30"\)/),
      expect.stringMatching(/in yuan .* \(got "1e5"\)/),
    ]);
    // Both languages travel with it; Apollo Server only sets the code.
    expect(bad.errors?.map((e) => typeof e.extensions.messageZh)).toEqual(["string", "string"]);
  });

  it("refuses a day outside the center's calendar", () => {
    expect(() => LocalDateScalar.parseValue("1899-12-31")).toThrow();
    expect(LocalDateScalar.serialize("2199-12-31")).toBe("2199-12-31");
  });
});
