// Who the tests call as. Tokens are minted with the development key the test gateway trusts.
// A test that is about access passes its caller explicitly (`as(...)`); every other request acts
// as the staff of the department that owns the mutation, or as the commander for queries, so
// department tests read as the department's own work.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  Kind,
  parse,
  type ObjectTypeDefinitionNode,
  type OperationDefinitionNode,
  type StringValueNode,
  type EnumValueNode,
} from "graphql";
import type { Role } from "@onedoor/shared/auth/identity";
import { SUBGRAPH_NAMES, type SubgraphName } from "@onedoor/shared/config";
import { staffRolesOf } from "@onedoor/shared/auth/policy";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { developmentToken, type DevelopmentClaims } from "../../gateway/src/auth/development-token.js";

export interface Caller {
  roles: Role[];
  department?: SubgraphName;
  /** For residents: their resident ID (the party id is derived from it, as the identity provider does). */
  residentId?: string;
  /** Staff: their body by its directory name; unset, the token names none and is not narrowed to a body. */
  organization?: string;
  /** Staff, commanders, leaders: county (or province) code; unset, the token is not narrowed to a region. */
  region?: string;
  sub?: string;
}

/** Staff of each department, as the tests' default caller for that department's mutations. */
export const STAFF = Object.fromEntries(
  SUBGRAPH_NAMES.map((name): [SubgraphName, Caller] => [
    name,
    name === "petitions"
      ? // The window and the petitions office; the commander role for center-level acts (dispatch, hand-offs).
        { roles: ["intakeClerk", "petitionsOfficer", "commander"], department: name, sub: "staff-petitions" }
      : { roles: staffRolesOf(name), department: name, sub: `staff-${name}` },
  ]),
) as Record<SubgraphName, Caller>;
export const COMMANDER: Caller = { roles: ["commander"], sub: "commander-1" };
/** 名录管理员 of a department: keeps its bodies and people, reads no case. */
export const directoryAdministrator = (department: SubgraphName): Caller => ({
  roles: ["directoryAdministrator"],
  department,
  sub: `directory-${department}`,
});
export const AUDITOR: Caller = { roles: ["auditor"], sub: "auditor-1" };
export const COCKPIT_VIEWER: Caller = { roles: ["cockpitViewer"], sub: "leader-1" };
export const resident = (residentId: string): Caller => ({
  roles: ["resident"],
  residentId,
  sub: `resident-${residentId.slice(-4)}`,
});

/**
 * The same caller working at `organization` in county `region` (jurisdiction tests). Without it the tests'
 * callers carry no jurisdiction claims, which only a development gateway accepts (production refuses staff
 * tokens without them), so department tests can work across the demo counties and committees.
 */
export const within = (caller: Caller, region: string, organization?: string): Caller => ({
  ...caller,
  region,
  ...(organization ? { organization } : {}),
  sub: `${caller.sub ?? caller.roles.join("-")}@${organization ?? region}`,
});

const tokens = new Map<string, Promise<string>>();

export function tokenFor(caller: Caller): Promise<string> {
  const claims: DevelopmentClaims = {
    roles: caller.roles,
    ...(caller.department ? { department: caller.department } : {}),
    ...(caller.organization ? { organization: caller.organization } : {}),
    ...(caller.region ? { region: caller.region } : {}),
    ...(caller.residentId ? { party: partyIdOf({ residentId: caller.residentId }) } : {}),
    sub: caller.sub ?? `test-${caller.roles.join("-")}`,
  };
  const key = JSON.stringify(claims);
  if (!tokens.has(key)) tokens.set(key, developmentToken(claims));
  return tokens.get(key)!;
}

/** Headers for a request as `caller`; `as(null)` is an anonymous request. */
/** The code a refused caller gets: UNAUTHENTICATED when anonymous (null), FORBIDDEN when signed in. */
export const refusalFor = (caller: Caller | null): "UNAUTHENTICATED" | "FORBIDDEN" =>
  caller === null ? "UNAUTHENTICATED" : "FORBIDDEN";

export async function as(caller: Caller | null): Promise<Record<string, string>> {
  return caller ? { authorization: `Bearer ${await tokenFor(caller)}` } : { authorization: "" };
}

let mutationOwners: Map<string, SubgraphName> | undefined;

/** Which subgraph resolves each root mutation field, read from the composed supergraph. */
function ownerOfMutation(field: string): SubgraphName | undefined {
  if (!mutationOwners) {
    mutationOwners = new Map();
    const supergraph = parse(readFileSync(resolve(import.meta.dirname, "../../gateway/supergraph.graphql"), "utf8"));
    const graphNames = new Map<string, SubgraphName>();
    for (const definition of supergraph.definitions) {
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === "join__Graph") {
        for (const value of definition.values ?? []) {
          const name = value.directives?.[0]?.arguments?.find((a) => a.name.value === "name")?.value as StringValueNode;
          graphNames.set(value.name.value, name.value as SubgraphName);
        }
      }
    }
    const mutation = supergraph.definitions.find(
      (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === "Mutation",
    );
    for (const f of mutation?.fields ?? []) {
      const graph = f.directives
        ?.find((d) => d.name.value === "join__field")
        ?.arguments?.find((a) => a.name.value === "graph")?.value as EnumValueNode | undefined;
      if (graph) mutationOwners.set(f.name.value, graphNames.get(graph.value)!);
    }
  }
  return mutationOwners.get(field);
}

/** The default caller of a test request: see the top of this file. */
export function defaultCaller(query: string): Caller {
  const operation = parse(query).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operation?.operation !== "mutation") return COMMANDER;
  const first = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  const owner = first?.kind === Kind.FIELD ? ownerOfMutation(first.name.value) : undefined;
  return owner ? STAFF[owner] : COMMANDER;
}
