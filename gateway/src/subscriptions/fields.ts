// The subscriptions the gateway serves: who may open each, which stored events concern it, and the query
// that reads the affected record for the subscriber. The schema is declared here and added to the graph the
// gateway serves (schema.ts); no department resolves a Subscription field.
import { GraphQLError, Kind, type FieldNode, type SelectionSetNode } from "graphql";
import type { Identity } from "@onedoor/shared/auth/identity";
import { cockpitRegionFor } from "@onedoor/shared/cockpit/region";
import { hasRole, isStaff, isStaffOf, visibilityOf } from "@onedoor/shared/auth/policy";
import { DEPARTMENT_SUBGRAPH, type SubgraphName } from "@onedoor/shared/config";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import type { FeedEvent } from "@onedoor/shared/events/feed";
import { badUserInput, forbidden, unauthenticated } from "@onedoor/shared/graphql/errors";

export const SUBSCRIPTION_SDL = /* GraphQL */ `
  """
  Live updates (实时推送), over GraphQL over Server-Sent Events (POST /graphql with Accept: text/event-stream) or
  GraphQL over WebSocket (graphql-transport-ws at /graphql). Each event is the record as the subscriber could
  read it with a query at that moment; an event they could not see in full is not sent.
  """
  type Subscription {
    "A dispute each time a step of it is stored in any department: for its handlers and its own parties."
    disputeUpdated(code: ID!): Dispute!
    "Each dispute of the signed-in resident (我的纠纷) as it changes."
    myDisputesUpdated: Dispute!
    "A dispute led by (or being handed to) the department as it changes: for that department's staff and the commander."
    queueChanged(department: Department!): Dispute!
    "A hand-off asked of the caller's department (待接收移交), as it is requested; the commander receives every one."
    handOffReceived: HandOff!
    "A new alert (预警), for the commander."
    alertRaised: Alert!
    """
    The data cockpit's figures (驾驶舱) for the filter, as the caller may read them, when stored steps or alerts
    change them: at most once every few seconds, and only when an answer differs from the last one sent.
    For the commander and cockpit viewers.
    """
    cockpitChanged(filter: CockpitFilter!): Cockpit!
  }

  extend schema {
    subscription: Subscription
  }
`;

/** The subgraph whose staff work for a routing department (the registry's table), if it is one. */
const departmentSubgraph = (department: unknown): SubgraphName | undefined =>
  Object.hasOwn(DEPARTMENT_SUBGRAPH, String(department))
    ? DEPARTMENT_SUBGRAPH[String(department) as keyof typeof DEPARTMENT_SUBGRAPH]
    : undefined;

/** Variable and alias the gateway adds to the query it runs for each event. */
export const KEY_VARIABLE = "onedoorLiveKey";
export const KEY_ALIAS = "onedoorLiveKey";

/** How one event is read through the graph: the query's root (printed) and how to find the record in its answer. */
export interface ReadPlan {
  /**
   * The root of the query, around the subscriber's selection (`%s`), using `$onedoorLiveKey` when keyed;
   * `%a` stands for the subscription field's own arguments.
   */
  root: string;
  /** The selection gets an extra `onedoorLiveKey: id` to find the record in a list. */
  keyed: boolean;
  /** The record in the query's data. */
  pick(data: Record<string, unknown>, key: string): unknown;
}

export interface LiveField {
  /** FORBIDDEN or BAD_USER_INPUT when this signed-in caller may not open it; otherwise the normalised arguments. */
  open(identity: Identity, args: Record<string, unknown>): Record<string, unknown>;
  /** The record an event is about for this subscriber, or undefined when it is not theirs to receive. */
  keyOf(event: FeedEvent, identity: Identity, args: Record<string, unknown>): string | undefined;
  read: ReadPlan;
  /** Aggregates: read at most once every so many ms, and sent only when the answer changed. */
  everyMs?: number;
}

/** How often the cockpit's figures are read again at most while steps keep coming. */
export const COCKPIT_EVERY_MS = 3_000;

const byDispute: ReadPlan = {
  root: `dispute(code: $${KEY_VARIABLE}) %s`,
  keyed: false,
  pick: (data) => data.dispute,
};

/** A step of a dispute the subscriber may see in full now (a summary is never sent). */
const seenInFull = (event: FeedEvent, identity: Identity): boolean =>
  event.kind === "step" && event.dispute !== undefined && visibilityOf(identity, event.dispute.scope) === "full";

/** Opens a subscription: every one needs a signed-in caller (UNAUTHENTICATED), then the field's own rule (FORBIDDEN). */
export function openLiveField(
  live: LiveField,
  identity: Identity,
  args: Record<string, unknown>,
): Record<string, unknown> {
  if (!identity.userId) throw unauthenticated("Sign in to subscribe", "请先登录再订阅");
  return live.open(identity, args);
}

export const LIVE_FIELDS: Record<string, LiveField> = {
  disputeUpdated: {
    open(_identity, args) {
      const parsed = parseDisputeCode(String(args.code));
      if (!parsed.ok) {
        const { reason, messageZh, messageEn } = parsed;
        throw badUserInput([{ field: ["code"], reason, messageZh, messageEn }]);
      }
      // Whether the code exists or is someone else's is not told: such a subscription receives nothing.
      return { code: parsed.value };
    },
    keyOf: (event, identity, args) =>
      event.disputeCode === args.code && seenInFull(event, identity) ? event.disputeCode! : undefined,
    read: byDispute,
  },
  myDisputesUpdated: {
    open(identity) {
      if (!hasRole(identity, "resident") || !identity.partyId)
        throw forbidden("Only a signed-in resident has disputes of their own", "仅登录的当事人可订阅本人的纠纷");
      return {};
    },
    keyOf: (event, identity) =>
      seenInFull(event, identity) && event.dispute!.scope.partyIds?.includes(identity.partyId!)
        ? event.disputeCode!
        : undefined,
    read: byDispute,
  },
  queueChanged: {
    open(identity, args) {
      const subgraph = departmentSubgraph(args.department);
      if (!hasRole(identity, "commander") && !(subgraph && isStaffOf(identity, subgraph)))
        throw forbidden("Only the department's staff may follow its queue", "仅本部门工作人员可订阅本部门队列");
      return { department: args.department };
    },
    keyOf: (event, identity, args) =>
      seenInFull(event, identity) &&
      (event.dispute!.leadDepartment === args.department || event.handOffTo === args.department)
        ? event.disputeCode!
        : undefined,
    read: byDispute,
  },
  handOffReceived: {
    open(identity) {
      if (!hasRole(identity, "commander") && !isStaff(identity))
        throw forbidden("Only a department's staff receive hand-offs", "仅部门工作人员可订阅移交");
      return {};
    },
    keyOf(event, identity) {
      if (event.type !== "HANDOFF_REQUESTED" || !event.handOffTo || !event.recordId) return undefined;
      const receiver = departmentSubgraph(event.handOffTo);
      const ours = hasRole(identity, "commander") || (receiver !== undefined && isStaffOf(identity, receiver));
      return ours && seenInFull(event, identity) ? `${event.disputeCode!}/${event.recordId}` : undefined;
    },
    read: {
      root: `dispute(code: $${KEY_VARIABLE}) { handOffs %s }`,
      keyed: true,
      pick: (data, key) => listed((data.dispute as { handOffs?: unknown } | null)?.handOffs, key.split("/")[1]!),
    },
  },
  cockpitChanged: {
    open(identity, args) {
      if (!hasRole(identity, "commander") && !hasRole(identity, "cockpitViewer"))
        throw forbidden("The cockpit is for the commander and cockpit viewers", "驾驶舱仅向指挥长和驾驶舱查看人员推送");
      // A region outside the caller's is refused now, as the query would refuse it at every read.
      const { regionCode } = args.filter as { regionCode?: string | null };
      cockpitRegionFor(identity, regionCode || null);
      return args;
    },
    // Any stored step or alert may move a figure; the read decides what the caller sees.
    keyOf: () => "cockpit",
    read: { root: "cockpit%a %s", keyed: false, pick: (data) => data.cockpit },
    everyMs: COCKPIT_EVERY_MS,
  },
  alertRaised: {
    open(identity) {
      if (!hasRole(identity, "commander")) throw forbidden("Alerts are for the commander", "预警仅推送给指挥长");
      return {};
    },
    keyOf: (event) => (event.kind === "alert" ? event.id : undefined),
    read: {
      // The alert just raised, by its id, whatever happened to it since.
      root: `alerts(first: 1, filter: { ids: [$${KEY_VARIABLE}], statuses: [NEW, ACKNOWLEDGED, HANDLED] }) { edges { node %s } }`,
      keyed: true,
      pick: (data, key) => listed(nodesOf(data.alerts), key),
    },
  },
};

/** The value `$onedoorLiveKey` takes for a key: a dispute code (for hand-offs the code before the slash), an alert id. */
export const keyVariable = (field: string, key: string): string | undefined =>
  field === "alertRaised" ? key : key.split("/")[0];

/** The record with `onedoorLiveKey` = id in a list, without that helper field. */
function listed(list: unknown, id: string): unknown {
  if (!Array.isArray(list)) return undefined;
  const found = (list as Record<string, unknown>[]).find((item) => item?.[KEY_ALIAS] === id);
  if (!found) return undefined;
  const { [KEY_ALIAS]: _key, ...record } = found;
  return record;
}

/** The nodes of a connection's page, as a list. */
function nodesOf(connection: unknown): unknown[] | undefined {
  const edges = (connection as { edges?: { node?: unknown }[] } | null | undefined)?.edges;
  return Array.isArray(edges) ? edges.map((edge) => edge?.node) : undefined;
}

/** The selection with `onedoorLiveKey: id` first, to find the record in a list. */
export function withKeyField(selection: SelectionSetNode): SelectionSetNode {
  const key: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: KEY_ALIAS },
    name: { kind: Kind.NAME, value: "id" },
  };
  return { ...selection, selections: [key, ...selection.selections] };
}

export function unknownField(name: string): GraphQLError {
  return new GraphQLError(`Unknown subscription field ${name}`, { extensions: { code: "BAD_USER_INPUT" } });
}
