// No request can kill a department: every root query and mutation of the composed graph, through the
// gateway, with boundary values in each argument and each input-object field (first and last representable
// dates, far past and future, negative and huge numbers, empty, very long and NUL strings, unknown ids),
// as a caller who passes the field's access checks. Every error must carry a code the client can act on
// (never INTERNAL_SERVER_ERROR, never a department gone), and every process must still be ready after each
// field. The fields come from gateway/supergraph.graphql, so a new field is covered without editing this file.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Supergraph } from "@apollo/federation-internals";
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
  type EnumValueNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type ObjectTypeDefinitionNode,
  type StringValueNode,
} from "graphql";
import { SUBGRAPH_NAMES, type SubgraphName } from "@onedoor/shared/config";
import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { toLocalDate } from "@onedoor/shared/clock/index";
import type { RunningSystem } from "@onedoor/shared/system/launcher";
import { graphql, startSystem, testDatabases, type GraphQLResponse, type TestDatabases } from "../support/system.js";
import { as, COCKPIT_VIEWER, COMMANDER, STAFF, type Caller } from "../support/callers.js";
import { residentId } from "../support/identities.js";

const SUPERGRAPH_SDL = readFileSync(resolve(import.meta.dirname, "../../gateway/supergraph.graphql"), "utf8");
const api = Supergraph.build(SUPERGRAPH_SDL).apiSchema().toGraphQLJSSchema();

/** Codes a client can act on. Anything else (INTERNAL_SERVER_ERROR, SUBGRAPH_*, none) is a failure here. */
const ACCEPTED_CODES = new Set([
  "BAD_USER_INPUT",
  "FORBIDDEN",
  "NOT_FOUND",
  "INVALID_STATE",
  "CONFLICT",
  // Values GraphQL itself refuses for the declared type, before any resolver runs.
  "GRAPHQL_VALIDATION_FAILED",
]);

/** The department that resolves each root field, from the supergraph's join directives. */
function rootFieldOwners(): Map<string, SubgraphName> {
  const document = parse(SUPERGRAPH_SDL);
  const graphNames = new Map<string, SubgraphName>();
  const owners = new Map<string, SubgraphName>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === "join__Graph") {
      for (const value of definition.values ?? []) {
        const name = value.directives?.[0]?.arguments?.find((a) => a.name.value === "name")?.value as StringValueNode;
        graphNames.set(value.name.value, name.value as SubgraphName);
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const root = (definition as ObjectTypeDefinitionNode).name.value;
    if (root !== "Query" && root !== "Mutation") continue;
    for (const field of definition.fields ?? []) {
      const graph = field.directives
        ?.find((d) => d.name.value === "join__field")
        ?.arguments?.find((a) => a.name.value === "graph")?.value as EnumValueNode | undefined;
      if (graph) owners.set(`${root}.${field.name.value}`, graphNames.get(graph.value)!);
    }
  }
  return owners;
}
const OWNERS = rootFieldOwners();

/**
 * Passes the access checks of any root field of `owner`: its own staff, plus the center-wide roles
 * (commander, cockpit viewer, auditor). Operations declare one of these in their `@Authorized` policy.
 */
const callerFor = (owner: SubgraphName): Caller => ({
  roles: [...new Set([...STAFF[owner].roles, "commander" as const, "cockpitViewer" as const, "auditor" as const])],
  department: owner,
  sub: `boundary-${owner}`,
});

/** Ids of real records (read from the demo data once the system is up), so a step reaches its checks. */
type KnownIds = Partial<Record<string, string>>;

const LONG_TEXT = "长".repeat(20_000);
const UNKNOWN_UUID = "00000000-0000-4000-8000-000000000000";
const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;

interface Variant {
  label: string;
  value: unknown;
}

type LeafKind = "id" | "string" | "localDate" | "dateTime" | "int" | "float" | "other";

function leafKind(type: GraphQLInputType, description: string | null | undefined): LeafKind {
  const named = getNamedType(type);
  if (!isScalarType(named)) return "other";
  switch (named.name) {
    case "ID":
      return "id";
    case "String":
      // Calendar dates travel as strings; their description says so.
      return description?.includes("YYYY-MM-DD") ? "localDate" : "string";
    case "DateTimeISO":
      return "dateTime";
    case "Int":
      return "int";
    case "Float":
      return "float";
    default:
      return "other";
  }
}

/** One value per kind of trouble for a leaf of this kind. */
function boundaryValues(kind: LeafKind): Variant[] {
  const text: Variant[] = [
    { label: "empty", value: "" },
    { label: "very long", value: LONG_TEXT },
    { label: "NUL", value: "a\u0000b" },
  ];
  switch (kind) {
    case "id":
      return [...text, { label: "unknown id", value: UNKNOWN_UUID }, { label: "malformed id", value: "not-an-id" }];
    case "string":
      return text;
    case "localDate":
      return [
        ...text,
        { label: "first representable date", value: "0001-01-01" },
        { label: "last representable date", value: "9999-12-31" },
      ];
    case "dateTime":
      return [
        { label: "first representable date-time", value: "-271821-04-20T00:00:00.000Z" },
        { label: "far past", value: "0001-01-01T00:00:00.000Z" },
        { label: "far future", value: "9999-12-31T23:59:59.999Z" },
        { label: "last representable date-time", value: "+275760-09-13T00:00:00.000Z" },
      ];
    case "int":
      return [
        { label: "negative", value: INT_MIN },
        { label: "huge", value: INT_MAX },
      ];
    case "float":
      return [
        { label: "negative", value: -1e308 },
        { label: "huge", value: 1e308 },
      ];
    default:
      return [];
  }
}

/** A plausible value for a leaf named `name`, so the variant under test is not the only thing wrong. */
function baseLeaf(
  owner: SubgraphName,
  field: string,
  name: string,
  type: GraphQLInputType,
  kind: LeafKind,
  ids: KnownIds,
): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (named.name === "Boolean") return false;
  switch (kind) {
    case "int":
    case "float":
      return 1;
    case "dateTime":
      return new Date(Date.now() - 3_600_000).toISOString();
    case "localDate":
      return toLocalDate(new Date());
    case "id":
      return ids[`${field}.${name}`] ?? ids[`${owner}.${name}`] ?? ids[name] ?? randomUUID();
    default:
      break;
  }
  const known = ids[`${field}.${name}`] ?? ids[`${owner}.${name}`] ?? ids[name];
  if (known) return known;
  if (/phone/i.test(name)) return "13957112345";
  if (/residentId/i.test(name)) return residentId();
  if (/region/i.test(name)) return "330122";
  if (name === "verification") return "1234";
  if (/amount/i.test(name)) return "100";
  return "测试内容";
}

function baseValue(
  owner: SubgraphName,
  field: string,
  name: string,
  type: GraphQLInputType,
  description: string | null | undefined,
  ids: KnownIds,
): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [baseValue(owner, field, name, inner.ofType, description, ids)];
  if (isInputObjectType(inner)) {
    const object: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined)
        object[f.name] = baseValue(owner, field, f.name, f.type, f.description, ids);
    }
    return object;
  }
  return baseLeaf(owner, field, name, type, leafKind(type, description), ids);
}

interface Leaf {
  /** Path from the argument: input fields and list positions. */
  path: (string | number)[];
  kind: LeafKind;
}

/** Every scalar leaf reachable from an argument's type (a list is entered at its first element). */
function leaves(type: GraphQLInputType, description: string | null | undefined, path: (string | number)[]): Leaf[] {
  const inner = getNullableType(type);
  if (isListType(inner)) return leaves(inner.ofType, description, [...path, 0]);
  if (isInputObjectType(inner)) {
    return Object.values(inner.getFields()).flatMap((f) => leaves(f.type, f.description, [...path, f.name]));
  }
  const kind = leafKind(type, description);
  return kind === "other" ? [] : [{ path, kind }];
}

/** `base` with the leaf at `path` replaced (objects and lists along the way are created as needed). */
function withLeaf(
  owner: SubgraphName,
  field: string,
  arg: GraphQLArgument,
  base: unknown,
  path: (string | number)[],
  value: unknown,
  ids: KnownIds,
): unknown {
  if (path.length === 0) return value;
  const [step, ...rest] = path;
  let type = getNullableType(arg.type) as GraphQLInputType;
  const copy = structuredClone(base ?? (typeof step === "number" ? [] : {})) as Record<string | number, unknown>;
  // Walk the type alongside the value, so a missing optional object is filled with its base.
  const nested = (t: GraphQLInputType, s: string | number): { type: GraphQLInputType; description?: string | null } => {
    const n = getNullableType(t);
    if (isListType(n)) return { type: n.ofType as GraphQLInputType };
    if (isInputObjectType(n)) {
      const f = n.getFields()[s as string]!;
      return { type: f.type, description: f.description };
    }
    return { type: t };
  };
  const next = nested(type, step!);
  type = next.type;
  const child =
    copy[step!] ?? (rest.length > 0 ? baseValue(owner, field, String(step), type, next.description, ids) : undefined);
  copy[step!] = withLeaf(owner, field, { ...arg, type }, child, rest, value, ids);
  return copy;
}

/** The smallest selection that is valid for the return type. */
function selection(type: GraphQLOutputType): string {
  return isScalarType(getNamedType(type)) || isEnumType(getNamedType(type)) ? "" : "{ __typename }";
}

interface RootField {
  operation: "query" | "mutation";
  field: GraphQLField<unknown, unknown>;
  owner: SubgraphName;
}

const ROOT_FIELDS: RootField[] = [
  ...Object.values(api.getQueryType()!.getFields()).map((field) => ({ operation: "query" as const, field })),
  ...Object.values(api.getMutationType()!.getFields()).map((field) => ({ operation: "mutation" as const, field })),
]
  .filter(({ field }) => field.args.length > 0)
  .map((f) => ({ ...f, owner: OWNERS.get(`${f.operation === "query" ? "Query" : "Mutation"}.${f.field.name}`)! }));

/** Requests of one field in flight at once: enough to finish in minutes, few enough for two cores. */
const CONCURRENCY = 4;

async function inBatches<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += CONCURRENCY) await Promise.all(items.slice(i, i + CONCURRENCY).map(run));
}

describe("boundary values on every root field", () => {
  let databases: TestDatabases;
  let system: RunningSystem;
  const ids: KnownIds = {};

  beforeAll(async () => {
    databases = await testDatabases();
    system = await startSystem(databases, {
      // Hundreds of requests from one caller in a minute: this file is not about rate limits.
      env: { SEED_DEMO_DATA: "1", RATE_LIMIT_PER_MINUTE: "0", RATE_LIMIT_PER_MINUTE_PER_ADDRESS: "0" },
    });
    await collectKnownIds(system.gatewayUrl, ids);
    // Patient, as the shared system's setup is: several suites may be starting systems on two cores.
  }, 420_000);

  afterAll(async () => {
    await system?.stop();
    await databases?.drop();
  });

  async function everyProcessReady(): Promise<string[]> {
    const origins = [
      ...SUBGRAPH_NAMES.map((name) => [name, system.subgraphOrigin(name)]),
      ["gateway", system.gatewayOrigin],
    ];
    const down: string[] = [];
    for (const [name, origin] of origins) {
      const ok = await fetch(`${origin}/ready`, { signal: AbortSignal.timeout(5_000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (!ok) down.push(`${name} not ready`);
    }
    return down;
  }

  function problemsOf(response: GraphQLResponse): string[] {
    const problems: string[] = [];
    if (response.status >= 500) problems.push(`HTTP ${response.status}`);
    for (const error of response.body.errors ?? []) {
      const code = error.extensions?.code;
      if (typeof code !== "string" || !ACCEPTED_CODES.has(code))
        problems.push(`${String(code ?? "no code")}: ${error.message.slice(0, 200)}`);
    }
    return problems;
  }

  it("the issue's case: earlyWarnings and detectAlerts as of 0001-01-01 are input errors, and petitions stays up", async () => {
    const early = await graphql(
      system.gatewayUrl,
      `
        query ($asOf: LocalDate) {
          earlyWarnings(filter: { asOf: $asOf }) {
            totalCount
          }
        }
      `,
      { asOf: "0001-01-01" },
      await as(COCKPIT_VIEWER),
    );
    expect(early.body.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    const detect = await graphql(
      system.gatewayUrl,
      `
        mutation ($input: DetectAlertsInput!) {
          detectAlerts(input: $input)
        }
      `,
      { input: { asOf: "0001-01-01" } },
      await as(COMMANDER),
    );
    expect(detect.body.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(await everyProcessReady()).toEqual([]);
    // Still serving: the same question for a real day is answered.
    const today = await graphql(
      system.gatewayUrl,
      `
        {
          earlyWarnings {
            totalCount
          }
        }
      `,
      {},
      await as(COCKPIT_VIEWER),
    );
    expect(today.body.errors).toBeUndefined();
  });

  it("covers every root field that takes arguments", () => {
    expect(ROOT_FIELDS.length).toBeGreaterThan(50);
    expect(ROOT_FIELDS.map((f) => f.field.name)).toEqual(expect.arrayContaining(["earlyWarnings", "detectAlerts"]));
    expect(ROOT_FIELDS.every((f) => f.owner !== undefined)).toBe(true);
  });

  it.each(ROOT_FIELDS.map((f) => [`${f.operation === "query" ? "Query" : "Mutation"}.${f.field.name}`, f] as const))(
    "%s",
    async (name, { operation, field, owner }) => {
      const headers = await as(callerFor(owner));
      const base = Object.fromEntries(
        field.args
          .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
          .map((a) => [a.name, baseValue(owner, field.name, a.name, a.type, a.description, ids)]),
      );
      const variants = field.args.flatMap((arg) =>
        leaves(arg.type, arg.description, []).flatMap((leaf) =>
          boundaryValues(leaf.kind).map((variant) => ({
            where: [arg.name, ...leaf.path].join("."),
            label: variant.label,
            variables: {
              ...base,
              [arg.name]: withLeaf(owner, field.name, arg, base[arg.name], leaf.path, variant.value, ids),
            },
          })),
        ),
      );
      const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
      const document = `${operation} Boundary(${definitions}) { ${field.name}(${args}) ${selection(field.type)} }`;

      const failures: string[] = [];
      await inBatches(variants, async ({ where, label, variables }) => {
        const response = await graphql(system.gatewayUrl, document, variables, headers);
        for (const problem of problemsOf(response)) failures.push(`${name}(${where} = ${label}): ${problem}`);
      });
      failures.push(...(await everyProcessReady()).map((p) => `${name}: ${p}`));
      expect(failures).toEqual([]);
    },
  );
});

/** Ids of the demo data's records, by the argument names that take them (owner- or field-specific first). */
async function collectKnownIds(url: string, ids: KnownIds): Promise<void> {
  const headers = await as(COMMANDER);
  const node = `edges { node { id } }`;
  const response = await graphql<{
    mediationCases: {
      edges: { node: { id: string; agreement: { id: string } | null; committeeRef: { id: string } } }[];
    };
    arbitrationCases: { edges: { node: { id: string; claims: { id: string }[] } }[] };
    courtCases: { edges: { node: { id: string } }[] };
    legalAidCases: { edges: { node: { id: string } }[] };
    legalAidProviders: { edges: { node: { id: string } }[] };
    mediators: { edges: { node: { id: string } }[] };
    experts: { edges: { node: { id: string } }[] };
    handOffs: { edges: { node: { id: string } }[] };
    alerts: { edges: { node: { id: string } }[] };
    dispute: { parties: { partyId: string | null }[] } | null;
  }>(
    url,
    `query ($code: ID!) {
      mediationCases(first: 20) { edges { node { id agreement { id } committeeRef { id } } } }
      arbitrationCases(first: 5) { edges { node { id claims { id } } } }
      courtCases(first: 5) { ${node} }
      legalAidCases(first: 5) { ${node} }
      legalAidProviders(first: 5) { ${node} }
      mediators(first: 5) { ${node} }
      experts(first: 5) { ${node} }
      handOffs(first: 5) { ${node} }
      alerts(first: 5) { ${node} }
      dispute(code: $code) { parties { partyId } }
    }`,
    { code: DEMO_DISPUTES[1]!.code },
    headers,
  );
  expect(response.body.errors).toBeUndefined();
  const data = response.body.data!;
  const first = <T>(list: T[]): T | undefined => list[0];
  const mediation = data.mediationCases.edges.map((e) => e.node);
  const set = (key: string, value: string | undefined) => {
    if (value) ids[key] = value;
  };
  const code = DEMO_DISPUTES[1]!.code;
  for (const name of ["code", "disputeCode", "into", "otherCode"]) set(name, code);
  set("mediation.caseId", first(mediation)?.id);
  set("mediation.committeeId", first(mediation)?.committeeRef.id);
  set("mediation.mediatorId", first(data.mediators.edges)?.node.id);
  set("mediation.expertId", first(data.experts.edges)?.node.id);
  set("agreementId", mediation.find((c) => c.agreement)?.agreement?.id);
  set("failedMediationId", first(mediation)?.id);
  set("mediationCase.id", first(mediation)?.id);
  set("mediationAgreement.id", mediation.find((c) => c.agreement)?.agreement?.id);
  const arbitration = first(data.arbitrationCases.edges)?.node;
  set("arbitration.caseId", arbitration?.id);
  set("arbitrationCaseId", arbitration?.id);
  set("arbitrationCase.id", arbitration?.id);
  set("claimId", arbitration?.claims[0]?.id);
  const court = first(data.courtCases.edges)?.node.id;
  for (const key of ["litigation.caseId", "basisCaseId", "courtCaseId", "courtCase.id"]) set(key, court);
  const aid = first(data.legalAidCases.edges)?.node.id;
  set("legal-aid.caseId", aid);
  set("legalAidCase.id", aid);
  set("providerId", first(data.legalAidProviders.edges)?.node.id);
  set("respondToHandOff.id", first(data.handOffs.edges)?.node.id);
  for (const key of ["acknowledgeAlert.id", "handleAlert.id"]) set(key, first(data.alerts.edges)?.node.id);
  set("party.id", data.dispute?.parties.find((p) => p.partyId)?.partyId ?? undefined);
  set("causeOfActionCode", "LABOUR_REMUNERATION");
  set("category", DEMO_DISPUTES[1]!.category);
}
