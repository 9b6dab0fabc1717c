// Names are global in a federated graph: two departments that define the same type, enum, input or root
// field either break composition or, worse for enums and value types, merge silently (one description
// wins, and the day either adds a value both break). This guard runs with composition and refuses any
// name defined by more than one subgraph unless it is an entity or on the reviewed list below.
import { Kind, parse, type DefinitionNode, type DocumentNode } from "graphql";

/** Value types every department defines alike on purpose, with why. Adding one here is a reviewed change. */
export const SHARED_VALUE_TYPES: Readonly<Record<string, string>> = {
  PageInfo: "Relay paging: one shape in every connection (shared/src/graphql/connection.ts)",
  AuditEntry: "one audit row shape; each department serves its own section of AuditLog (shared/src/audit)",
  AuditEntryConnection: "each department's AuditLog section, paged alike (shared/src/audit)",
  AuditEntryEdge: "the edge of AuditEntryConnection (shared/src/audit)",
  AuditEntryFilter: "what every AuditLog section filters on (shared/src/audit)",
  AuditEntrySort: "the orders of every AuditLog section (shared/src/audit)",
  Clock: "the legal clock engine's one answer shape (shared/src/graphql/clock-type.ts)",
  ClockState: "the clock engine's states, the same in every department (shared/src/clock)",
  ClockKind: "every clock a record can show, declared once (shared/src/clock/clock-kinds.ts)",
  CountMeasure: "a cockpit count with its formula (shared/src/cockpit/measure-type.ts)",
  RateMeasure: "a cockpit rate with numerator, denominator and formula (shared/src/cockpit/measure-type.ts)",
  BreakdownItem: "one row of a cockpit breakdown (shared/src/cockpit/measure-type.ts)",
  DateTimeISO: "the date-time scalar of graphql-scalars",
  Money: "yuan as an exact decimal string, the same in every department (shared/src/graphql/scalars.ts)",
  CaseParty:
    "what every department's record of a party has alike, read with one fragment (shared/src/graphql/case-party.ts)",
  PartyKind:
    "当事人类型, person or organisation, the same wherever a party is recorded (shared/src/graphql/party-kind.ts)",
  LocalDate: "a calendar day in China time, the same in every department (shared/src/graphql/scalars.ts)",
  DirectoryStatus:
    "名录状态, one lifecycle for every department's bodies and people (shared/src/graphql/directory-status.ts)",
  VoidReason:
    "更正理由, why any department voided a step, as the registry's timeline shows it (shared/src/graphql/void-reason.ts)",
};

/** Each department's prefix: its own types, enums and inputs start with it (the registry owns the core names). */
export const DEPARTMENT_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  mediation: ["Mediation"],
  arbitration: ["Arbitration"],
  litigation: ["Court", "Litigation", "JudicialConfirmation"],
  "legal-aid": ["LegalAid"],
  "administrative-review": ["AdministrativeReview", "Review"],
};

const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);
const FEDERATION_FIELDS = new Set(["_entities", "_service"]);

interface Definition {
  subgraph: string;
  entity: boolean;
}

function isEntity(node: DefinitionNode): boolean {
  return (
    "directives" in node &&
    (node.directives ?? []).some(
      (d) => d.name.value === "key" || d.name.value === "extends" || d.name.value === "interfaceObject",
    )
  );
}

const NAMED_KINDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.UNION_TYPE_DEFINITION,
  Kind.SCALAR_TYPE_DEFINITION,
]);

function namesOf(document: DocumentNode) {
  const types = new Map<string, boolean>();
  const rootFields: string[] = [];
  for (const node of document.definitions) {
    if (!NAMED_KINDS.has(node.kind) || !("name" in node) || !node.name) continue;
    const name = node.name.value;
    if (name.startsWith("_") || name.startsWith("link__") || name.startsWith("federation__")) continue;
    if (ROOT_TYPES.has(name)) {
      if ("fields" in node)
        for (const field of node.fields ?? [])
          if (!FEDERATION_FIELDS.has(field.name.value)) rootFields.push(`${name}.${field.name.value}`);
      continue;
    }
    types.set(name, (types.get(name) ?? false) || isEntity(node));
  }
  return { types, rootFields };
}

/** Every problem with the subgraphs' names, one sentence each; empty when the names are sound. */
export function namingProblems(subgraphs: readonly { name: string; sdl: string }[]): string[] {
  const types = new Map<string, Definition[]>();
  const fields = new Map<string, string[]>();
  for (const { name, sdl } of subgraphs) {
    const found = namesOf(parse(sdl));
    for (const [type, entity] of found.types) types.set(type, [...(types.get(type) ?? []), { subgraph: name, entity }]);
    for (const field of found.rootFields) fields.set(field, [...(fields.get(field) ?? []), name]);
  }
  const problems: string[] = [];
  for (const [type, definitions] of types) {
    if (definitions.length < 2 || type in SHARED_VALUE_TYPES) continue;
    if (definitions.every((d) => d.entity)) continue;
    const where = definitions.map((d) => d.subgraph).join(", ");
    problems.push(
      `${type} is defined by ${where}: names are global in the graph; rename one (with its department's prefix), or make it an entity, or add it to SHARED_VALUE_TYPES with the reason`,
    );
  }
  for (const [field, where] of fields)
    if (where.length > 1)
      problems.push(`${field} is defined by ${where.join(", ")}: a root field belongs to one subgraph`);
  for (const { name, sdl } of subgraphs) {
    const prefixes = DEPARTMENT_PREFIXES[name];
    if (!prefixes) continue;
    const found = namesOf(parse(sdl));
    // An input named after one of the department's own root fields is as unique as the field.
    const rootFieldInputs = new Set(
      found.rootFields
        .map((f) => f.slice(f.indexOf(".") + 1))
        .map((field) => `${field.slice(0, 1).toUpperCase()}${field.slice(1)}Input`),
    );
    for (const [type, entity] of found.types) {
      if (entity || type in SHARED_VALUE_TYPES || rootFieldInputs.has(type) || prefixes.some((p) => type.startsWith(p)))
        continue;
      problems.push(`${type} (${name}) must start with ${prefixes.join(" or ")}, the department's prefix`);
    }
  }
  return problems;
}
