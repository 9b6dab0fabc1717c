// The graph conventions (docs/graph-conventions.md) as a check: graphql-eslint's schema rules where one fits,
// small rules of our own for what no tool knows (money, calendar dates, links to the dispute, lists that grow,
// fields that cross subgraphs). Each violation is named "<rule> <schema coordinate>", so a committed baseline
// can hold today's list and the check fails only on new ones.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Linter } from "eslint";
import graphqlPlugin from "@graphql-eslint/eslint-plugin";
import { Supergraph } from "@apollo/federation-internals";
import {
  Kind,
  parse,
  printSchema,
  type ASTNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type TypeNode,
} from "graphql";
import { SUBGRAPH_NAMES } from "@onedoor/shared/config";
import { isNodeType } from "@onedoor/shared/graphql/node-id";
import { REPO_ROOT } from "@onedoor/shared/db/database";
import { composeSupergraph } from "../../gateway/src/compose.js";

/** The one money scalar: decimal yuan as an exact string, no float, no 32-bit cap. */
export const MONEY_SCALAR = "Money";
/** The one calendar-date scalar: YYYY-MM-DD in China Standard Time. */
export const DATE_SCALAR = "LocalDate";

export interface SchemaSource {
  /** A subgraph name, or "api" for the composed graph's public API schema. */
  scope: string;
  sdl: string;
}

/** What the rules need to know about the whole graph (from the subgraph SDLs). */
export interface GraphFacts {
  /** Entity type name → the subgraph that owns it (defines it resolvably with the most fields). */
  entityOwners: ReadonlyMap<string, string>;
}

export interface Violation {
  rule: string;
  coordinate: string;
}

/** graphql-eslint's schema rules, with the options the house style asks for. */
const ESLINT_RULES: Linter.RulesRecord = {
  "@graphql-eslint/naming-convention": [
    "error",
    {
      types: "PascalCase",
      FieldDefinition: "camelCase",
      InputValueDefinition: "camelCase",
      EnumValueDefinition: "UPPER_CASE",
      allowLeadingUnderscore: true,
    },
  ],
  // Every enum value says what it means, with its Chinese term (the term itself is checked below).
  "@graphql-eslint/require-description": ["error", { EnumValueDefinition: true }],
  // Mutations take one argument, `input: <MutationName>Input!` (the type name capitalised).
  "@graphql-eslint/input-name": ["error", { checkInputType: true, caseSensitiveInputType: false }],
  "@graphql-eslint/no-typename-prefix": "error",
};

/** Needs a buildable schema, so only on the API schema (subgraph SDLs carry federation directives). */
/**
 * Value objects named one by one (the rest go by suffix): never refetched on their own, so they carry no id.
 * A contract test checks that each still names a type of the API schema.
 */
export const VALUE_OBJECT_TYPES: readonly string[] = [
  // Computed on read from many rows: the cockpit's sections, trends and statistics.
  "ArbitrationCockpit",
  "CockpitClockCalendar",
  "CockpitTrend",
  "IntakeCockpit",
  "JudicialConfirmationStatistics",
  "LegalAidAverageDays",
  "LegalAidCockpit",
  "LitigationCockpit",
  "MediationCockpit",
  "OverallCockpit",
  // Computed on read for one case or dispute: clocks, checks, suggestions, the public tracking view.
  "ArbitrationFollowOnOption",
  "ArbitrationLitigationReason",
  "Clock",
  "DisputeTracking",
  "EarlyWarning",
  "LegalAidEligibilityAssessment",
  "MediationMediatorSuggestion",
  "RoutingSuggestion",
  "RunSummary",
  // Stored in columns (or a JSON column) of the case, dispute, petition or claim they describe: part of
  // that record, refetched with it.
  "ArbitrationAwardExtension",
  "ArbitrationClosing",
  "ArbitrationEvidence",
  "ArbitrationHearing",
  "ArbitrationLimitationCheck",
  "ArbitrationPostponement",
  "ArbitrationRespondent",
  "ArbitrationTribunal",
  "CourtEnforcement",
  "Evaluation",
  "JudicialConfirmation",
  "LegalAidApplicant",
  "LegalAidAssignment",
  "LegalAidClosure",
  "LegalAidDecision",
  // A JSON or array column of a mediation case or session: the units at its table, who attended by role.
  "MediationAttendingUnit",
  "MediationParticipatingUnit",
  "MediationSessionMediator",
  "LegalAidFinancialSituation",
  "LegalAidQualityReview",
  "PetitionAgent",
  // The 12345 work order a dispute came with: part of the dispute, read through it.
  "HotlineOrder",
  "CourtPreFilingMediation",
  "LegalAidProvisionalAid",
  // An entry of the versioned list of causes of action (案由), named by its code within its list version.
  "CourtCauseOfAction",
];

const ESLINT_SCHEMA_RULES: Linter.RulesRecord = {
  "@graphql-eslint/strict-id-in-types": [
    "error",
    {
      acceptedIdNames: ["id", "code", "key"],
      acceptedIdTypes: ["ID"],
      // Value objects are never refetched on their own, so carry no id: a type whose suffix says it is one
      // (a count, a measure, a point of a trend, a hint), or one named below. A dispute has two ids: its
      // node id and the 解纷码 people quote (its key); `onedoor/node-interface` checks the first.
      exceptions: {
        types: [...VALUE_OBJECT_TYPES, "Dispute"],
        suffixes: [
          "Connection",
          "Edge",
          "Input",
          "Payload",
          "Result",
          "Info",
          "Count",
          "Item",
          "Measure",
          "Point",
          "Hint",
        ],
      },
    },
  ],
};

const CJK = /[\u4e00-\u9fff]/;
/** Names that hold an amount of money (金额, 费用, 工资, 赔偿...). */
const MONEY_NAME = /(amount|fee|fees|price|wage|wages|salary|compensation|fen|yuan|cost|costs)$/i;
/** Names that hold a calendar day (…On, …Date, …Day, from/to of a day range, asOf). */
const DATE_NAME = /(On|Date|Day)$|^(date|day|from|to|asOf|until)$/;
/** A plural name (statuses, kinds), not one that merely ends in s (status, address). */
const PLURAL = /[^su]s$/;
/** Names that say "one of a closed set": `type`, `kind`, `status`, `state` alone or at the end (`clockKind`). */
const CLOSED_SET_NAME = /^(type|kind|status|state)$|[a-z](Type|Kind|Status|State)$/;
/** Day-range bounds named per field instead of one `from`/`to` pair. */
const RANGE_NAME = /^[a-z]+[a-z0-9]*(From|To|Before|Until)$/;

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function isList(type: TypeNode): boolean {
  if (type.kind === Kind.NON_NULL_TYPE) return isList(type.type);
  return type.kind === Kind.LIST_TYPE;
}

function hasDirective(node: { directives?: readonly { name: { value: string } }[] }, name: string): boolean {
  return (node.directives ?? []).some((directive) => directive.name.value === name);
}

function keyFields(node: ASTNode): string[] {
  if (!("directives" in node)) return [];
  const keys = (node.directives ?? []).filter((directive) => directive.name.value === "key");
  return keys.flatMap((key) =>
    (key.arguments ?? [])
      .filter((arg) => arg.name.value === "fields" && arg.value.kind === Kind.STRING)
      .flatMap((arg) => (arg.value.kind === Kind.STRING ? arg.value.value.split(/\s+/) : [])),
  );
}

function isUnresolvableStub(node: ASTNode): boolean {
  if (!("directives" in node)) return false;
  return (node.directives ?? []).some(
    (directive) =>
      directive.name.value === "key" &&
      (directive.arguments ?? []).some(
        (arg) => arg.name.value === "resolvable" && arg.value.kind === Kind.BOOLEAN && !arg.value.value,
      ),
  );
}

/** Owner of each entity: among the subgraphs that resolve it, the one declaring the most fields of it. */
export function graphFacts(subgraphs: readonly SchemaSource[]): GraphFacts {
  const best = new Map<string, { scope: string; fields: number }>();
  for (const { scope, sdl } of subgraphs) {
    for (const definition of parse(sdl).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      if (keyFields(definition).length === 0 || isUnresolvableStub(definition)) continue;
      const fields = (definition.fields ?? []).filter((field) => !hasDirective(field, "external")).length;
      const current = best.get(definition.name.value);
      if (current === undefined || fields > current.fields) best.set(definition.name.value, { scope, fields });
    }
  }
  return { entityOwners: new Map([...best].map(([name, { scope }]) => [name, scope])) };
}

type ObjectLike = {
  kind: Kind;
  name: { value: string };
  fields?: readonly FieldDefinitionNode[];
  interfaces?: readonly { name: { value: string } }[];
};

function objectTypes(document: DocumentNode): ObjectLike[] {
  return document.definitions.filter(
    (definition): definition is ObjectLike & (typeof document.definitions)[number] =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION,
  );
}

function inputValues(document: DocumentNode): { coordinate: string; value: InputValueDefinitionNode }[] {
  const values: { coordinate: string; value: InputValueDefinitionNode }[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      for (const field of definition.fields ?? [])
        values.push({ coordinate: `${definition.name.value}.${field.name.value}`, value: field });
    }
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) {
      for (const field of definition.fields ?? [])
        for (const arg of field.arguments ?? [])
          values.push({ coordinate: `${definition.name.value}.${field.name.value}(${arg.name.value}:)`, value: arg });
    }
  }
  return values;
}

/** Every output field and input value with its coordinate and type. */
function typedMembers(
  document: DocumentNode,
): { coordinate: string; name: string; type: TypeNode; deprecated: boolean }[] {
  const members = objectTypes(document).flatMap((definition) =>
    (definition.fields ?? [])
      .filter((field) => !hasDirective(field, "external"))
      .map((field) => ({
        coordinate: `${definition.name.value}.${field.name.value}`,
        name: field.name.value,
        type: field.type,
        deprecated: hasDirective(field, "deprecated"),
      })),
  );
  return [
    ...members,
    ...inputValues(document).map(({ coordinate, value }) => ({
      coordinate,
      name: value.name.value,
      type: value.type,
      deprecated: hasDirective(value, "deprecated"),
    })),
  ];
}

/**
 * Lists bounded by nature, not by data: reference tables of tens of rows (categories, bodies of a county, regions
 * under one parent), and one record's own parts (a dispute's applicants, respondents and legal clocks, a case's
 * sittings). Each entry says why.
 */
export const BOUNDED_LISTS: ReadonlySet<string> = new Set([
  "Query.categories",
  "Query.bodies",
  // The center's member units of one county (入驻部门 / 协办单位): a few dozen at most.
  "Query.memberUnits",
  // The units at one joint mediation's table (联合调解), and the units one dispatch names beside the body (协办单位,
  // each once and of the dispute's county): a handful, at most the county's few dozen.
  "MediationCase.participatingUnits",
  "Dispute.coHandlingUnits",
  "Query.regions",
  // The 案由 list in force: one version of the Supreme People's Court's reference table.
  "Query.causesOfAction",
  // The arbitrators' rosters (仲裁员名册) of the county commissions: dozens of people each.
  "Query.arbitrationArbitrators",
  // The arbitration commissions of the directory (仲裁委名录): a handful per county.
  "Query.arbitrationCommissions",
  // The legal aid centres and workstations of the directory (法律援助机构名录): a handful per county.
  "Query.legalAidCentres",
  // The courts' rosters of invited mediators (特邀调解员名册): dozens of people each.
  "Query.courtInvitedMediators",
  // The courts' bodies of the directory (诉讼服务中心, 人民法庭): a handful per county court.
  "Query.courtBodies",
  // The judges on the courts' bodies' rosters (承办法官名册): dozens of people each.
  "Query.courtJudges",
  // Administrative review's offices of the directory (复议机构, 受理点): a handful per county.
  "Query.reviewOffices",
  // The officers on the review offices' rosters (行政复议人员名册): a few people each.
  "Query.reviewOfficers",
  // What one court case was filed with (parties, claims) and its legal clocks (one per clock kind).
  "CourtCase.parties",
  "CourtCase.claims",
  "CourtCase.clocks",
  // What follows from one court case: the filing after a failed mediation, the enforcement of its ruling.
  "CourtCase.followUps",
  // One dispute's cases in one department: a dispute goes to a department a handful of times at most
  // (a mediation and its retry, a pre-filing mediation then a filing, an enforcement). A party's cases
  // across years are not bounded: Party.*Cases.
  "Dispute.courtCases",
  "Dispute.mediationCases",
  "Dispute.arbitrationCases",
  "Dispute.legalAidCases",
  "Dispute.administrativeReviewCases",
  // A shortlist: at most MAX_SUGGESTIONS (20) mediators, best fit first.
  "Query.suggestMediators",
  // The latest saved routing rule sets (分流规则), at most 50, newest effective first: a history, not a log.
  "Query.routingRuleSets",
  // The experts one party may pick for one case: of one county's pool, at most MAX_EXPERT_CHOICES (50).
  "Query.mediationExpertChoices",
  // The bodies of one department that can take one dispute: those of its county's directory (a dozen committees).
  "Dispute.suitableBodies",
  // One mediation case's own records: a few mediators, sittings, pauses and picks within a clock of weeks.
  "MediationCase.mediators",
  "MediationCase.sessions",
  "MediationCase.clockPauses",
  // Appraisals (鉴定) of one medical case: one at a time, a handful at most (a malpractice appraisal, a
  // disability grading, a re-appraisal).
  "MediationCase.appraisals",
  "MediationCase.expertPicks",
  // One agreement: the payments fixed at signing, and follow-ups until it is performed.
  "MediationAgreement.obligations",
  "MediationAgreement.followUps",
  // The statutory clocks of one review: application, acceptance, decision.
  "AdministrativeReviewCase.clocks",
  // A dispute's applicants and respondents (at most 50 each, fixed at registration) and its legal clocks.
  "Dispute.parties",
  "Dispute.respondents",
  "Dispute.clocks",
  // One arbitration application as filed: at most 500 applicants, claims and evidence items each
  // (MAX_LIST_ITEMS, checked by fileArbitrationApplication; nothing adds to them later).
  "ArbitrationCase.applicants",
  "ArbitrationCase.claims",
  "ArbitrationCase.evidence",
  // Computed from one arbitration case: one clock per kind (CASE_CLOCK_SPECS, 8), at most 3 reasons to sue
  // (litigationReasons) and 3 follow-on windows (followOnOptions).
  "ArbitrationCase.clocks",
  "ArbitrationCase.litigationReasons",
  "ArbitrationCase.followOnOptions",
  // Award-period extensions total at most 15 days of at least 1 each (labourArbitrationAward, extendClock).
  "ArbitrationCase.awardExtensions",
  // 办案记录: each step type happens once but extensions (at most 15) and postponements (at most
  // MAX_POSTPONEMENTS, 5, refused beyond by applyEvent): about 30 steps at most.
  "ArbitrationCase.history",
  // A legal aid application's two clocks (decision, assignment), and at most MAX_MATERIAL_REQUESTS (5)
  // material requests, refused beyond that by requestLegalAidMaterials.
  "LegalAidCase.clocks",
  "LegalAidCase.materialRequests",
  // One dispute's own records, capped by its steps (lifecycle.ts): at most MAX_DISPATCHES (20) dispatches,
  // MAX_CONSULTATIONS (20) joint consultations and MAX_FOLLOW_UPS (10) follow-up visits.
  "Dispute.dispatches",
  "Dispute.consultations",
  "Dispute.followUps",
  // Hand-offs by request: at most MAX_HAND_OFFS (20), refused beyond by handOffDispute; the automatic ones
  // follow a department's case on the dispute (a handful, as Dispute.*Cases).
  "Dispute.handOffs",
]);

type CustomRule = (document: DocumentNode, source: SchemaSource, facts: GraphFacts) => string[];

/** Our own rules: name → check returning the coordinates that break it. */
export const CUSTOM_RULES: Record<string, CustomRule> = {
  "onedoor/money-scalar": (document) =>
    typedMembers(document)
      .filter(({ name, type }) => MONEY_NAME.test(name) && namedType(type) !== MONEY_SCALAR)
      .map(({ coordinate }) => coordinate),

  "onedoor/calendar-date-scalar": (document) =>
    typedMembers(document)
      .filter(({ name, type }) => DATE_NAME.test(name) && namedType(type) === "String")
      .map(({ coordinate }) => coordinate),

  // A closed set (what kind of thing, which step, where it stands) is an enum, never a string; a field on its
  // way out (deprecated for its replacement) is left alone.
  "onedoor/closed-set-enum": (document) =>
    typedMembers(document)
      .filter(({ name, type }) => CLOSED_SET_NAME.test(name) && namedType(type) === "String")
      .filter(({ deprecated }) => !deprecated)
      .map(({ coordinate }) => coordinate),

  "onedoor/enum-value-chinese-term": (document) =>
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION
        ? (definition.values ?? [])
            .filter((value) => value.description !== undefined && !CJK.test(value.description.value))
            .map((value) => `${definition.name.value}.${value.name.value}`)
        : [],
    ),

  // A department's case (…Case with a disputeCode) links its dispute, so a queue shows the dispute's title.
  "onedoor/case-links-dispute": (document) =>
    objectTypes(document)
      .filter(
        (definition) =>
          definition.name.value.endsWith("Case") &&
          (definition.fields ?? []).some((field) => field.name.value === "disputeCode"),
      )
      .filter(
        (definition) =>
          !(definition.fields ?? []).some(
            (field) => field.name.value === "dispute" && namedType(field.type) === "Dispute",
          ),
      )
      .map((definition) => `${definition.name.value}.dispute`),

  // One department being down must cost only its own fields: whatever another subgraph serves is nullable.
  "onedoor/cross-subgraph-nullable": (document, source, { entityOwners }) => {
    if (source.scope === "api") return [];
    return objectTypes(document).flatMap((definition) => {
      const keys = new Set(keyFields(definition as ASTNode));
      const owner = entityOwners.get(definition.name.value);
      const contributesToForeignEntity = owner !== undefined && owner !== source.scope && keys.size > 0;
      return (definition.fields ?? [])
        .filter((field) => field.type.kind === Kind.NON_NULL_TYPE && !hasDirective(field, "external"))
        .filter((field) => {
          if (contributesToForeignEntity && !keys.has(field.name.value)) return true;
          const targetOwner = entityOwners.get(namedType(field.type));
          return targetOwner !== undefined && targetOwner !== source.scope;
        })
        .map((field) => `${definition.name.value}.${field.name.value}`);
    });
  },

  // Lists that grow (on Query, or on an entity) are connections: `…Connection` paged by `first`/`after`.
  "onedoor/growing-list-is-connection": (document, _source, { entityOwners }) =>
    objectTypes(document)
      .filter((definition) => definition.name.value === "Query" || entityOwners.has(definition.name.value))
      .flatMap((definition) =>
        (definition.fields ?? [])
          .filter((field) => isList(field.type) && !hasDirective(field, "external"))
          .filter((field) => !BOUNDED_LISTS.has(`${definition.name.value}.${field.name.value}`))
          .filter((field) => {
            const item = namedType(field.type);
            return objectTypes(document).some((type) => type.name.value === item) || entityOwners.has(item);
          })
          .map((field) => `${definition.name.value}.${field.name.value}`),
      ),

  // Every connection pages, filters and sorts the same way.
  "onedoor/connection-arguments": (document) =>
    objectTypes(document).flatMap((definition) =>
      (definition.fields ?? [])
        .filter((field) => namedType(field.type).endsWith("Connection"))
        .filter((field) => {
          const args = new Set((field.arguments ?? []).map((arg) => arg.name.value));
          return !["first", "after", "filter", "sort"].every((name) => args.has(name));
        })
        .map((field) => `${definition.name.value}.${field.name.value}`),
    ),

  // Filters: a list filter is plural (`statuses`), a day range is one `from`/`to` pair (in a `…Filter` input).
  "onedoor/filter-naming": (document) =>
    inputValues(document)
      .filter(({ coordinate }) => coordinate.includes("(") || /Filter\./.test(coordinate))
      .filter(({ value }) => {
        const name = value.name.value;
        if (RANGE_NAME.test(name)) return true;
        return isList(value.type) && !PLURAL.test(name) && namedType(value.type) !== "ID";
      })
      .map(({ coordinate }) => coordinate),

  // Refetching by id: `interface Node { id: ID! }`, `Query.node(id: ID!): Node`, and every record a client
  // refetches (NODE_TYPES, whose ids node-id.ts encodes) implements Node.
  "onedoor/node-interface": (document, source) => {
    if (source.scope !== "api") return [];
    const node = document.definitions.find(
      (definition) => definition.kind === Kind.INTERFACE_TYPE_DEFINITION && definition.name.value === "Node",
    );
    const query = objectTypes(document).find((definition) => definition.name.value === "Query");
    const nodeField = query?.fields?.find((field) => field.name.value === "node");
    const ok =
      node !== undefined &&
      nodeField !== undefined &&
      namedType(nodeField.type) === "Node" &&
      (nodeField.arguments ?? []).some((arg) => arg.name.value === "id" && namedType(arg.type) === "ID");
    const notNodes = objectTypes(document)
      .filter((definition) => isNodeType(definition.name.value))
      .filter((definition) => !(definition.interfaces ?? []).some((i) => i.name.value === "Node"))
      .map((definition) => definition.name.value);
    return [...(ok ? [] : ["Query.node"]), ...notNodes];
  },

  // One party shape: a department's record of a party (it carries the party id) implements `CaseParty`.
  "onedoor/case-party": (document) =>
    objectTypes(document)
      .filter((definition) => (definition.fields ?? []).some((field) => field.name.value === "partyId"))
      .filter((definition) => !(definition.interfaces ?? []).some((i) => i.name.value === "CaseParty"))
      .map((definition) => definition.name.value),
};

/** Start/end offsets of every definition, field, argument and enum value, with its coordinate. */
function coordinateRanges(document: DocumentNode): { start: number; end: number; coordinate: string }[] {
  const ranges: { start: number; end: number; coordinate: string }[] = [];
  const add = (node: ASTNode, coordinate: string) => {
    if (node.loc) ranges.push({ start: node.loc.start, end: node.loc.end, coordinate });
  };
  for (const definition of document.definitions) {
    if (!("name" in definition) || definition.name === undefined) continue;
    const type = definition.name.value;
    add(definition, type);
    if ("fields" in definition) {
      for (const field of definition.fields ?? []) {
        add(field, `${type}.${field.name.value}`);
        if ("arguments" in field)
          for (const arg of field.arguments ?? []) add(arg, `${type}.${field.name.value}(${arg.name.value}:)`);
      }
    }
    if ("values" in definition) for (const value of definition.values ?? []) add(value, `${type}.${value.name.value}`);
  }
  return ranges;
}

/**
 * `apiSdl` is the schema graphql-eslint loads; outside tests it keeps the first one for the whole process,
 * so every call passes the same API schema, and only the API schema itself gets the rules that need it.
 */
function eslintViolations(source: SchemaSource, document: DocumentNode, apiSdl: string): Violation[] {
  const linter = new Linter({ configType: "flat" });
  const withSchema = source.scope === "api";
  const messages = linter.verify(
    source.sdl,
    [
      {
        files: ["**/*.graphql"],
        languageOptions: {
          parser: graphqlPlugin.parser,
          parserOptions: { graphQLConfig: { schema: apiSdl } },
        },
        plugins: { "@graphql-eslint": graphqlPlugin as unknown as NonNullable<Linter.Config["plugins"]>[string] },
        rules: withSchema ? { ...ESLINT_RULES, ...ESLINT_SCHEMA_RULES } : ESLINT_RULES,
      },
    ],
    `${source.scope}.graphql`,
  );
  const lineStarts = [0];
  for (let i = 0; i < source.sdl.length; i++) if (source.sdl[i] === "\n") lineStarts.push(i + 1);
  const ranges = coordinateRanges(document);
  return messages.map((message) => {
    if (message.ruleId === null) throw new Error(`${source.scope}: ${message.message}`);
    const offset = (lineStarts[message.line - 1] ?? 0) + message.column - 1;
    const innermost = ranges
      .filter((range) => range.start <= offset && offset < range.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    return {
      rule: message.ruleId.replace("@graphql-eslint/", "graphql-eslint/"),
      coordinate: innermost?.coordinate ?? "schema",
    };
  });
}

/** Every violation of the conventions in one schema, each once, sorted. */
export function checkSchema(source: SchemaSource, facts: GraphFacts, apiSdl: string): Violation[] {
  const document = parse(source.sdl);
  const custom = Object.entries(CUSTOM_RULES).flatMap(([rule, check]) =>
    check(document, source, facts).map((coordinate) => ({ rule, coordinate })),
  );
  const unique = new Map(
    [...eslintViolations(source, document, apiSdl), ...custom].map((violation) => [
      formatViolation(violation),
      violation,
    ]),
  );
  return [...unique.keys()].sort().map((key) => unique.get(key)!);
}

export function formatViolation({ rule, coordinate }: Violation): string {
  return `${rule} ${coordinate}`;
}

/** The composed graph as clients see it: no federation machinery, no @inaccessible fields. */
export function apiSchemaOf(supergraphSdl: string): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}

/** Every subgraph's committed SDL and the composed API schema. */
export async function graphSources(): Promise<SchemaSource[]> {
  const subgraphs = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => ({
      scope: name,
      sdl: await readFile(join(REPO_ROOT, "subgraphs", name, "schema.graphql"), "utf8"),
    })),
  );
  return [...subgraphs, { scope: "api", sdl: apiSchemaOf(await composeSupergraph()) }];
}

/** scope → sorted "rule coordinate" lines: the shape of the committed baseline. */
export async function currentViolations(): Promise<Record<string, string[]>> {
  const sources = await graphSources();
  const facts = graphFacts(sources.filter((source) => source.scope !== "api"));
  const apiSdl = sources.find((source) => source.scope === "api")!.sdl;
  return Object.fromEntries(
    sources.map((source) => [source.scope, checkSchema(source, facts, apiSdl).map(formatViolation)]),
  );
}

export const BASELINE_PATH = join(REPO_ROOT, "test/contracts/graph-conventions.baseline.json");

// `npx tsx test/contracts/graph-conventions.ts --write-baseline` records today's violations (after a rename
// removed some, or when a rule is added); review the diff: it is the to-do list of the renames.
if (import.meta.filename === process.argv[1] && process.argv.includes("--write-baseline")) {
  // In the repository's own format, so the check's output passes `npm run lint` as written.
  const prettier = await import("prettier");
  const text = JSON.stringify(await currentViolations(), null, 2);
  const options = await prettier.resolveConfig(BASELINE_PATH);
  await writeFile(BASELINE_PATH, await prettier.format(text, { ...options, filepath: BASELINE_PATH }));
  console.log(`wrote ${BASELINE_PATH}`);
}
