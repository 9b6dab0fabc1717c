import { describe, expect, it } from "vitest";
import { buildSchema, execute, parse, defaultFieldResolver, type GraphQLFieldResolver } from "graphql";
import { isFullPersonalField, isSingleRecordRead } from "./single-record-reads.js";

const schema = buildSchema(`
  type Party { name: String residentIdFull: String }
  type Dispute { code: String parties: [Party] applicant: Party }
  type Edge { node: Dispute }
  type Connection { edges: [Edge] }
  type Query {
    dispute: Dispute
    disputes: Connection
    cases: [Dispute]
    _entities(representations: [String!]!): [Dispute]
  }
`);
const dispute = { code: "1", parties: [{ name: "a" }, { name: "b" }], applicant: { name: "a" } };
const root = {
  dispute,
  disputes: { edges: [{ node: dispute }, { node: dispute }] },
  cases: [dispute],
  _entities: ({ representations }: { representations: string[] }) => representations.map(() => dispute),
};
// Answers whether each full value would be given, instead of the value.
const resolver: GraphQLFieldResolver<unknown, unknown> = (source, args, ctx, info) =>
  isFullPersonalField(info.fieldName)
    ? isSingleRecordRead(info)
      ? "full"
      : "refused"
    : defaultFieldResolver(source, args, ctx, info);

async function answers(query: string, variableValues?: Record<string, unknown>): Promise<unknown[]> {
  const result = await execute({
    schema,
    document: parse(query),
    rootValue: root,
    fieldResolver: resolver,
    variableValues,
  });
  expect(result.errors).toBeUndefined();
  const found: unknown[] = [];
  JSON.stringify(result.data, (key, value: unknown) => {
    if (key === "residentIdFull") found.push(value);
    return value;
  });
  return found;
}

describe("single-record reads of full personal data", () => {
  it("gives one record's parties their full values", async () => {
    expect(await answers(`{ dispute { parties { residentIdFull } } }`)).toEqual(["full", "full"]);
  });

  it("refuses them under a connection, a root list or an alias of one", async () => {
    expect(await answers(`{ disputes { edges { node { parties { residentIdFull } } } } }`)).toEqual([
      "refused",
      "refused",
      "refused",
      "refused",
    ]);
    expect(await answers(`{ cases { parties { residentIdFull } } }`)).toEqual(["refused", "refused"]);
    expect(await answers(`{ x: cases { parties { residentIdFull } } }`)).toEqual(["refused", "refused"]);
  });

  it("refuses a record's single person under a list of records, as it refuses the record's list of people", async () => {
    expect(await answers(`{ dispute { applicant { residentIdFull } } }`)).toEqual(["full"]);
    expect(await answers(`{ disputes { edges { node { applicant { residentIdFull } } } } }`)).toEqual([
      "refused",
      "refused",
    ]);
    expect(await answers(`{ cases { applicant { residentIdFull } } }`)).toEqual(["refused"]);
  });

  it("counts _entities with one representation as one record, and with more as a list", async () => {
    const query = `query ($r: [String!]!) { _entities(representations: $r) { parties { residentIdFull } } }`;
    expect(await answers(query, { r: ["a"] })).toEqual(["full", "full"]);
    expect(await answers(query, { r: ["a", "b"] })).toEqual(["refused", "refused", "refused", "refused"]);
    expect(await answers(`{ _entities(representations: ["a"]) { parties { residentIdFull } } }`)).toEqual([
      "full",
      "full",
    ]);
  });

  it("knows full fields by name", () => {
    expect(
      ["residentIdFull", "phoneFull", "idNumberFull", "enquirerPhoneFull", "Full", "fully"].map(isFullPersonalField),
    ).toEqual([true, true, true, true, false, false]);
  });
});
