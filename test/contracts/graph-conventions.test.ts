// The graph conventions hold on every subgraph and on the composed API schema, except for the violations
// recorded in the baseline (the to-do list of the renames); each rule is shown catching a violation.
import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { buildSchema, isObjectType } from "graphql";
import { API_SCHEMA_PATH } from "../../gateway/src/api-schema.js";
import {
  BASELINE_PATH,
  BOUNDED_LISTS,
  checkSchema,
  currentViolations,
  graphFacts,
  VALUE_OBJECT_TYPES,
  type SchemaSource,
} from "./graph-conventions.js";

const FEDERATION = `
  directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT
  directive @external on FIELD_DEFINITION
  scalar Money
  scalar LocalDate
`;

/** Violations of `rule` in one small schema (checked as the API schema unless a subgraph is named). */
function violations(rule: string, sdl: string, scope = "api", others: SchemaSource[] = []): string[] {
  const source = { scope, sdl: FEDERATION + sdl };
  const facts = graphFacts([...others, ...(scope === "api" ? [] : [source])]);
  return checkSchema(source, facts, source.sdl)
    .filter((violation) => violation.rule === rule)
    .map((violation) => violation.coordinate);
}

describe("each convention catches a violation", () => {
  it("graphql-eslint/input-name: mutations take `input: <MutationName>Input!`", () => {
    const sdl = `
      type Query { ok: Boolean }
      type Mutation { closeDispute(code: ID!, reason: String): Boolean recordVisit(input: RecordVisitInput!): Boolean }
      input RecordVisitInput { code: ID! }`;
    expect(violations("graphql-eslint/input-name", sdl)).toEqual([
      "Mutation.closeDispute(code:)",
      "Mutation.closeDispute(reason:)",
    ]);
  });

  it("graphql-eslint/input-name: the input type matches its mutation", () => {
    const sdl = `
      type Query { ok: Boolean }
      type Mutation { recordFollowUp(input: FollowUpInput!): Boolean }
      input FollowUpInput { code: ID! }`;
    expect(violations("graphql-eslint/input-name", sdl)).toEqual(["Mutation.recordFollowUp(input:)"]);
  });

  it("graphql-eslint/require-description: every enum value is described", () => {
    const sdl = `
      type Query { status: CaseStatus }
      enum CaseStatus { "受理 accepted" ACCEPTED CLOSED }`;
    expect(violations("graphql-eslint/require-description", sdl)).toEqual(["CaseStatus.CLOSED"]);
  });

  it("onedoor/enum-value-chinese-term: an enum value's description carries its Chinese term", () => {
    const sdl = `
      type Query { kind: PartyKind }
      enum PartyKind { "自然人 a natural person" PERSON "an organisation" ORGANISATION }`;
    expect(violations("onedoor/enum-value-chinese-term", sdl)).toEqual(["PartyKind.ORGANISATION"]);
  });

  it("graphql-eslint/naming-convention: types PascalCase, fields camelCase, enum values UPPER_CASE", () => {
    const sdl = `
      type Query { dispute_code: String kind: party_kind }
      enum party_kind { "自然人" person }`;
    expect(violations("graphql-eslint/naming-convention", sdl)).toEqual([
      "Query.dispute_code",
      "party_kind",
      "party_kind.person",
    ]);
  });

  it("graphql-eslint/no-typename-prefix: fields do not repeat their type's name", () => {
    const sdl = `type Query { visit: Visit } type Visit { visitedAt: String at: String }`;
    expect(violations("graphql-eslint/no-typename-prefix", sdl)).toEqual(["Visit.visitedAt"]);
  });

  it("graphql-eslint/strict-id-in-types: object types carry one `id: ID!`", () => {
    const sdl = `type Query { case: CourtCase hearing: Hearing } type CourtCase { id: ID! } type Hearing { at: String }`;
    expect(violations("graphql-eslint/strict-id-in-types", sdl)).toEqual(["Hearing"]);
  });

  it("onedoor/money-scalar: amounts are Money, never Int fen or a plain string", () => {
    const sdl = `
      type Query { claim: Claim }
      type Claim { amountFen: Int amount: String feeYuan: Money description: String }
      input ClaimInput { amount: Float }`;
    expect(violations("onedoor/money-scalar", sdl)).toEqual(["Claim.amount", "Claim.amountFen", "ClaimInput.amount"]);
  });

  it("onedoor/calendar-date-scalar: calendar days are LocalDate, not String", () => {
    const sdl = `
      type Query { alerts(asOf: String): [String!] claim: Claim }
      type Claim { knewOfInfringementOn: String employmentEndedOn: LocalDate title: String }`;
    expect(violations("onedoor/calendar-date-scalar", sdl)).toEqual([
      "Claim.knewOfInfringementOn",
      "Query.alerts(asOf:)",
    ]);
  });

  it("onedoor/case-links-dispute: a department case links `dispute: Dispute`", () => {
    const sdl = `
      type Query { a: CourtCase b: MediationCase }
      type Dispute { code: ID! }
      type CourtCase { id: ID! disputeCode: ID }
      type MediationCase { id: ID! disputeCode: ID dispute: Dispute }`;
    expect(violations("onedoor/case-links-dispute", sdl)).toEqual(["CourtCase.dispute"]);
  });

  it("onedoor/cross-subgraph-nullable: fields another subgraph serves are nullable", () => {
    const registry = {
      scope: "petitions",
      sdl: `${FEDERATION} type Query { party: Party } type Party @key(fields: "id") { id: ID! name: String! phone: String }
        type Dispute @key(fields: "code") { code: ID! title: String! category: String! }`,
    };
    const sdl = `
      type Query { courtCase: CourtCase }
      type Party @key(fields: "id") { id: ID! courtCases: [CourtCase!]! pending: Int }
      type Dispute @key(fields: "code") { code: ID! }
      type CourtCase @key(fields: "id") { id: ID! dispute: Dispute! title: String! }`;
    expect(violations("onedoor/cross-subgraph-nullable", sdl, "litigation", [registry])).toEqual([
      "CourtCase.dispute",
      "Party.courtCases",
    ]);
  });

  it("onedoor/growing-list-is-connection: lists on Query and on entities are connections", () => {
    const sdl = `
      type Query { alerts: [Alert!]! cases(first: Int, after: String, filter: CaseFilter, sort: CaseSort): CaseConnection! }
      type Alert { id: ID! }
      type CaseConnection { totalCount: Int }
      input CaseFilter { statuses: [String!] }
      enum CaseSort { "最新 newest first" NEWEST }`;
    expect(violations("onedoor/growing-list-is-connection", sdl)).toEqual(["Query.alerts"]);
  });

  it("onedoor/connection-arguments: connections page, filter and sort the same way", () => {
    const sdl = `
      type Query { cases(first: Int, after: String, filter: String): CaseConnection! }
      type CaseConnection { totalCount: Int }`;
    expect(violations("onedoor/connection-arguments", sdl)).toEqual(["Query.cases"]);
  });

  it("onedoor/filter-naming: list filters are plural, day ranges are one from/to pair", () => {
    const sdl = `
      type Query { cases(filter: CaseFilter, state: [String!]): Int }
      input CaseFilter { status: [String!] statuses: [String!] filedFrom: LocalDate range: DayRange }
      input DayRange { from: LocalDate to: LocalDate }`;
    expect(violations("onedoor/filter-naming", sdl)).toEqual([
      "CaseFilter.filedFrom",
      "CaseFilter.status",
      "Query.cases(state:)",
    ]);
  });

  it("onedoor/node-interface: the API schema has `interface Node` and `Query.node(id:)`, and records implement it", () => {
    expect(violations("onedoor/node-interface", `type Query { ok: Boolean }`)).toEqual(["Query.node"]);
    const withNode = `interface Node { id: ID! } type Query { node(id: ID!): Node }`;
    expect(violations("onedoor/node-interface", withNode)).toEqual([]);
    const cases = `${withNode} type CourtCase implements Node { id: ID! } type MediationCase { id: ID! }
      type MediationSession { id: ID! }`;
    expect(violations("onedoor/node-interface", cases)).toEqual(["MediationCase"]);
  });

  it("onedoor/case-party: a department's record of a party implements `CaseParty`", () => {
    const parties = `interface CaseParty { name: String! partyId: ID }
      type CourtCaseParty implements CaseParty { name: String! partyId: ID }
      type LegalAidApplicant { name: String! partyId: ID }
      type Mediator { name: String! }`;
    expect(violations("onedoor/case-party", parties)).toEqual(["LegalAidApplicant"]);
  });

  it("onedoor/closed-set-enum: a type, kind, status or state is an enum, unless deprecated for one", () => {
    const sdl = `enum ClockKind { PEOPLE_MEDIATION }
      type Clock { kind: ClockKind! clockKind: String! label: String! }
      type Step { type: String! status: String @deprecated(reason: "use state") state: ClockKind }
      input StepFilter { stepType: String }`;
    expect(violations("onedoor/closed-set-enum", sdl)).toEqual(["Clock.clockKind", "Step.type", "StepFilter.stepType"]);
  });
});

describe("the graph", () => {
  it("has no convention violation beyond the committed baseline, and the baseline lists none that are fixed", async () => {
    const baseline = JSON.parse(await readFile(BASELINE_PATH, "utf8")) as Record<string, string[]>;
    const current = await currentViolations();
    const scopes = [...new Set([...Object.keys(current), ...Object.keys(baseline)])];
    const added = scopes.flatMap((scope) =>
      (current[scope] ?? [])
        .filter((line) => !(baseline[scope] ?? []).includes(line))
        .map((line) => `${scope}: ${line}`),
    );
    const fixed = scopes.flatMap((scope) =>
      (baseline[scope] ?? [])
        .filter((line) => !(current[scope] ?? []).includes(line))
        .map((line) => `${scope}: ${line}`),
    );
    expect(added, "new violations of docs/graph-conventions.md").toEqual([]);
    expect(fixed, "fixed: run `npx tsx test/contracts/graph-conventions.ts --write-baseline`").toEqual([]);
  });

  it("names only types and fields of the API schema among its exceptions (a rename leaves none stale)", async () => {
    const schema = buildSchema(await readFile(API_SCHEMA_PATH, "utf8"));
    expect(VALUE_OBJECT_TYPES.filter((name) => !schema.getType(name))).toEqual([]);
    const missing = [...BOUNDED_LISTS].filter((coordinate) => {
      const [typeName, fieldName] = coordinate.split(".") as [string, string];
      const type = schema.getType(typeName);
      return !isObjectType(type) || !type.getFields()[fieldName];
    });
    expect(missing).toEqual([]);
  });
});
