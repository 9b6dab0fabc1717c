// Live subscriptions at the gateway. A subscription is checked like any operation (trusted documents,
// token and depth limits, estimated cost, rate limits) and then follows the registry's feed of stored
// events; for each event that concerns it, the subscriber's selection runs as a normal federated query
// with the subscriber's identity, and what that query may not show in full is dropped, never masked.
import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Identity } from "@onedoor/shared/auth/identity";
import { withBilingualMessages, type ErrorCode } from "@onedoor/shared/graphql/error-catalogue";
import { parseCursor, type FeedCursor, type FeedEvent } from "@onedoor/shared/events/feed";
import type { Logger } from "@onedoor/shared/logger";
import type { GatewayContext } from "../context.js";
import type { OperationLimits } from "../operation-limits.js";
import { rateLimited, type RateLimiter } from "../rate-limit.js";
import type { TrustedDocuments, TrustedDocumentsMode } from "../trusted-documents.js";
import { KEY_VARIABLE, keyVariable, LIVE_FIELDS, openLiveField, withKeyField } from "./fields.js";
import type { LiveFeed } from "./feed-tailer.js";
import { LiveStream } from "./live-stream.js";
import { liveEvents, openSubscriptions } from "./metrics.js";
import { FeedPosition } from "./resume.js";
import { SharedReads } from "./shared-reads.js";

export type Transport = "sse" | "ws";

/** Who subscribes, as verified when the stream opened. */
export interface Subscriber {
  identity: Identity;
  /** When the token stops being valid (ms since the epoch). */
  expiresAt?: number;
  /** Client address, for the per-address cap. */
  address: string;
}

export interface SubscribeRequest {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  /** `lastEventId`: resume after this event id, on either transport. */
  extensions?: unknown;
}

export interface LiveCaps {
  perCaller: number;
  perAddress: number;
}

export interface LiveOptions {
  log: Logger;
  limits: OperationLimits;
  trustedDocuments: TrustedDocuments;
  trustedMode: TrustedDocumentsMode;
  rateLimiter: RateLimiter;
  tailer: LiveFeed;
  caps: LiveCaps;
  /** The most stored events a reconnecting subscriber is caught up on; past it they are told to refetch. */
  resumeLimit: number;
}

/** A refusal or failure answered instead of a stream. */
export interface Refusal {
  errors: GraphQLFormattedError[];
}

const error = (message: string, code: ErrorCode, messageZh: string): Refusal => ({
  errors: [{ message, extensions: { code, messageZh, messageEn: message } }],
});

/** Distinct subscription documents kept parsed and planned. */
const PREPARED_DOCUMENTS = 256;

/** A subscription document checked against the served schema, and the query each event runs. */
interface Prepared {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  field: FieldNode;
  live: (typeof LIVE_FIELDS)[string];
  definition: GraphQLField<unknown, unknown>;
  read: ReturnType<typeof readQuery>;
}

/** Refusals from the graph that mean the subscriber may not read the record now. */
const NOT_VISIBLE = new Set(["FORBIDDEN", "UNAUTHENTICATED", "NOT_FOUND"]);

export class LiveSubscriptions {
  private served: GraphQLSchema | undefined;
  private apollo: ApolloServer<GatewayContext> | undefined;
  private readonly streams = new Set<LiveStream<ExecutionResult>>();
  private readonly byCaller = new Map<string, number>();
  private readonly byAddress = new Map<string, number>();
  private readonly reads = new SharedReads<GraphAnswer>();
  private readonly prepared = new Map<string, Prepared>();

  constructor(private readonly options: LiveOptions) {}

  /** The schema served (with the Subscription type), after each supergraph load. */
  useSchema(schema: GraphQLSchema): void {
    this.served = schema;
    this.prepared.clear();
  }

  get schema(): GraphQLSchema | undefined {
    return this.served;
  }

  useServer(apollo: ApolloServer<GatewayContext>): void {
    this.apollo = apollo;
  }

  get open(): number {
    return this.streams.size;
  }

  /**
   * Parses, validates and plans a subscription document once for every subscriber sending the same text
   * (registered operations are a few dozen): the checks cost nothing for the next subscriber, and the open
   * streams share one syntax tree instead of holding one each.
   */
  private prepare(schema: GraphQLSchema, query: string, operationName: string | undefined): Prepared | Refusal {
    const key = `${operationName ?? ""}\n${query}`;
    const cached = this.prepared.get(key);
    if (cached) return cached;
    let document: DocumentNode;
    try {
      document = parse(query, this.options.limits.parseOptions);
    } catch (cause) {
      return this.refusal(
        [cause instanceof GraphQLError ? cause : new GraphQLError(String(cause))],
        "GRAPHQL_PARSE_FAILED",
      );
    }
    const problems = validate(schema, document, [...specifiedRules, ...this.options.limits.validationRules]);
    if (problems.length > 0) return this.refusal(problems, "GRAPHQL_VALIDATION_FAILED");
    const operation = getOperationAST(document, operationName);
    if (operation?.operation !== "subscription")
      return error(
        "Only subscriptions are served as event streams; send queries and mutations as JSON",
        "BAD_REQUEST",
        "事件流仅用于订阅；查询和变更请以 JSON 请求发送",
      );
    const field = rootField(operation, document);
    const live = LIVE_FIELDS[field.name.value];
    const definition = schema.getSubscriptionType()?.getFields()[field.name.value];
    if (!live || !definition) return error(`Unknown subscription ${field.name.value}`, "BAD_USER_INPUT", "未知的订阅");
    const read = readQuery(document, operation, field, live.read.root, live.read.keyed);
    const ready: Prepared = { document, operation, field, live, definition, read };
    // Oldest out first: unregistered texts in development cannot grow it without bound.
    if (this.prepared.size >= PREPARED_DOCUMENTS) this.prepared.delete(this.prepared.keys().next().value!);
    this.prepared.set(key, ready);
    return ready;
  }

  /**
   * Checks a subscription and opens its stream, or answers why not. With `lastEventId` (SSE's
   * `Last-Event-ID`, or the request's `extensions.lastEventId`) it first sends what the subscriber missed.
   */
  async subscribe(
    subscriber: Subscriber,
    request: SubscribeRequest,
    transport: Transport,
    lastEventId?: string,
  ): Promise<LiveStream<ExecutionResult> | Refusal> {
    const { trustedDocuments, trustedMode } = this.options;
    const schema = this.schema;
    if (!schema || !this.apollo) return error("The gateway is starting", "SERVICE_UNAVAILABLE", "网关正在启动");
    if (typeof request.query !== "string")
      return error("A subscription needs a query", "BAD_REQUEST", "订阅需要提供操作文本");
    if (trustedMode === "enforce" && !trustedDocuments.trusts(request.query))
      return error(
        "This operation is not registered with the gateway",
        "OPERATION_NOT_TRUSTED",
        "该操作未经登记，网关不予执行",
      );
    const operationName = typeof request.operationName === "string" ? request.operationName : undefined;
    const prepared = this.prepare(schema, request.query, operationName);
    if ("errors" in prepared) return prepared;
    const { operation, field, live, definition, read } = prepared;
    const rawVariables = isRecord(request.variables) ? request.variables : {};
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
    if (coerced.errors) return this.refusal(coerced.errors, "BAD_USER_INPUT");

    const resumeText = lastEventId ?? (isRecord(request.extensions) ? request.extensions.lastEventId : undefined);
    const resumeAfter = resumeText === undefined ? undefined : parseCursor(resumeText);
    if (resumeText !== undefined && !resumeAfter)
      return error(
        "Last-Event-ID is not an event id this gateway sent",
        "BAD_USER_INPUT",
        "Last-Event-ID 不是网关发出的事件编号",
      );

    const { identity } = subscriber;
    let args: Record<string, unknown>;
    try {
      args = openLiveField(live, identity, getArgumentValues(definition, field, coerced.coerced));
    } catch (cause) {
      if (cause instanceof GraphQLError) return this.refusal([cause]);
      throw cause;
    }
    if (identity.userId) {
      const decision = await this.options.rateLimiter.check("identity", identity.userId);
      if (!decision.allowed) return this.refusal([rateLimited(decision.retryAfterSeconds)]);
    }
    const callerKey = identity.userId ?? "anonymous";
    const { perCaller, perAddress } = this.options.caps;
    if ((this.byCaller.get(callerKey) ?? 0) >= perCaller || (this.byAddress.get(subscriber.address) ?? 0) >= perAddress)
      return error("Too many open subscriptions: close one first", "RATE_LIMITED", "打开的订阅过多，请先关闭部分订阅");

    const responseKey = field.alias?.value ?? field.name.value;
    const userVariables = Object.fromEntries(read.variables.map((name) => [name, rawVariables[name]]));
    const log = this.options.log.child({
      subscription: randomUUID(),
      field: field.name.value,
      userId: identity.userId,
    });
    const labels = { transport, field: field.name.value };

    let expiry: NodeJS.Timeout | undefined;
    let stopListening: (() => void) | undefined;
    // Counted as open once it follows the feed: from then on no stored event passes it by.
    let listening = false;
    const stream: LiveStream<ExecutionResult> = new LiveStream(
      () => {
        clearTimeout(expiry);
        clearTimeout(throttle);
        stopListening?.();
        this.streams.delete(stream);
        count(this.byCaller, callerKey, -1);
        count(this.byAddress, subscriber.address, -1);
        if (listening) openSubscriptions.dec(labels);
        log.info("subscription ended");
      },
      100,
      () => liveEvents.inc({ field: labels.field, outcome: "dropped_slow_consumer" }),
    );
    this.streams.add(stream);
    count(this.byCaller, callerKey, 1);
    count(this.byAddress, subscriber.address, 1);

    // Over WebSocket the connection itself closes with 4401 when the token expires (subscriptions/index.ts): ending
    // the stream at the same moment would race it, and a graphql-ws client left with no subscription closes the
    // socket itself first (1000), never learning why.
    if (subscriber.expiresAt !== undefined && transport !== "ws") {
      // A token that expires ends the stream; the client signs in again and subscribes anew.
      expiry = setTimeout(
        () => {
          stream.push({ errors: [asError(unauthenticatedError())] });
          stream.end();
        },
        Math.max(0, subscriber.expiresAt - Date.now()),
      );
    }

    // Events for one record that pile up while its query runs are read once: the answer is the latest anyway.
    // Each pending record keeps when its latest event arrived, so a read shared with others must begin later.
    const pending = new Map<string, number>();
    const position = new FeedPosition(resumeAfter);
    const withId = (result: ExecutionResult): ExecutionResult =>
      position.id ? { ...result, extensions: { ...result.extensions, eventId: position.id } } : result;
    let chain = Promise.resolve();
    /** For aggregates: when the last read began, the timer of the next one, and the last answer sent. */
    let lastRead = 0;
    let throttle: NodeJS.Timeout | undefined;
    let lastSent: string | undefined;
    const deliver = async (key: string) => {
      const since = pending.get(key)!;
      pending.delete(key);
      if (!stream.open) return;
      lastRead = Date.now();
      const answered = position.reading(key);
      const variables = {
        ...userVariables,
        ...(read.usesKey ? { [KEY_VARIABLE]: keyVariable(field.name.value, key) } : {}),
      };
      const result = await this.reads.read(identity, read.query, variables, since, () =>
        this.readRecord(identity, read.query, variables, log),
      );
      const record = result.data ? live.read.pick(result.data, key) : undefined;
      // Aggregates keep what the caller may read, with the errors of the sections refused, as a query would.
      const refused =
        live.everyMs === undefined && result.errors?.some((e) => NOT_VISIBLE.has(String(e.extensions?.code)));
      answered();
      if (record === undefined || record === null || refused) {
        liveEvents.inc({ field: labels.field, outcome: "dropped_not_visible" });
        return;
      }
      if (live.everyMs !== undefined) {
        const answer = JSON.stringify(record);
        if (answer === lastSent) {
          liveEvents.inc({ field: labels.field, outcome: "unchanged" });
          return;
        }
        lastSent = answer;
      }
      liveEvents.inc({ field: labels.field, outcome: "delivered" });
      stream.push(
        withId({
          data: { [responseKey]: record },
          ...(result.errors
            ? { errors: result.errors.map((e) => asError(located(e, responseKey, live.read.keyed))) }
            : {}),
        }),
      );
    };
    const take = (event: FeedEvent) => {
      if (!stream.open) return;
      const key = live.keyOf(event, identity, args);
      position.take(event, key);
      if (key === undefined) return;
      const queued = pending.has(key);
      pending.set(key, this.reads.now());
      if (queued) return;
      const read = () => {
        chain = chain.then(
          () => deliver(key),
          () => deliver(key),
        );
        chain.catch((cause: unknown) => log.error({ err: cause }, "an event could not be read for a subscriber"));
      };
      const wait = live.everyMs === undefined ? 0 : lastRead + live.everyMs - Date.now();
      if (wait > 0) throttle = setTimeout(read, wait);
      else read();
    };
    // While the missed events are read, live ones wait behind them, so the position only moves forward.
    let held: FeedEvent[] | undefined = resumeAfter ? [] : undefined;
    try {
      stopListening = await this.options.tailer.listen((event) => (held ? held.push(event) : take(event)));
      if (resumeAfter) await this.catchUp(resumeAfter, position, stream, take, held!);
      held = undefined;
    } catch (cause) {
      log.warn({ err: cause }, "registry feed unavailable; subscription refused");
      stream.end();
      return error(
        "Live updates are unavailable right now; retry later",
        "SERVICE_UNAVAILABLE",
        "实时推送暂不可用，请稍后重试",
      );
    }
    if (!stream.open) stopListening();
    else {
      listening = true;
      openSubscriptions.inc(labels);
    }
    log.info({ transport }, "subscription opened");
    return stream;
  }

  /** Sends what was stored after `after` (and taken live meanwhile, once), or tells the subscriber to refetch. */
  private async catchUp(
    after: FeedCursor,
    position: FeedPosition,
    stream: LiveStream<ExecutionResult>,
    take: (event: FeedEvent) => void,
    held: FeedEvent[],
  ): Promise<void> {
    const missed = await this.options.tailer.since(after, this.options.resumeLimit);
    const replayed = new Set<string>();
    if (missed.complete) {
      for (const event of missed.events) {
        replayed.add(event.id);
        take(event);
      }
    } else {
      position.jumpTo(missed.head);
      stream.push({ errors: [asError(refetchError())], extensions: { eventId: position.id } });
    }
    for (const event of held) if (!replayed.has(event.id)) take(event);
  }

  /** Ends every stream (shutdown): clients see the stream complete and may reconnect to another replica. */
  async stop(): Promise<void> {
    for (const stream of [...this.streams]) stream.end();
    await this.options.tailer.stop();
  }

  private async readRecord(
    identity: Identity,
    query: string,
    variables: Record<string, unknown>,
    log: Logger,
  ): Promise<GraphAnswer> {
    const requestId = randomUUID();
    const response = await this.apollo!.executeOperation(
      { query, variables },
      { contextValue: { identity, requestId, log: log.child({ requestId }) } },
    );
    if (response.body.kind !== "single") return { errors: [{ message: "unexpected incremental answer" }] };
    return response.body.singleResult;
  }

  private refusal(errors: readonly GraphQLError[], code?: ErrorCode): Refusal {
    const format = this.options.limits.formatError;
    return {
      errors: errors.map((e) => {
        const formatted = e.toJSON();
        const withCode =
          code && !formatted.extensions?.code
            ? { ...formatted, extensions: { ...formatted.extensions, code } }
            : formatted;
        return withBilingualMessages(format(withCode, e));
      }),
    };
  }
}

/** The graph's answer to one event's query. */
type GraphAnswer = { data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] };

export const isRefusal = (value: LiveStream<ExecutionResult> | Refusal): value is Refusal =>
  !(value instanceof LiveStream);

export function unauthenticatedError(): GraphQLFormattedError {
  return {
    message: "Unauthenticated: the token has expired; sign in again and subscribe anew",
    extensions: { code: "UNAUTHENTICATED", messageZh: "登录已过期，请重新登录后再订阅" },
  };
}

export function refetchError(): GraphQLFormattedError {
  return {
    message: "Too much changed since Last-Event-ID: read again what you show; live updates follow",
    extensions: { code: "REFETCH", messageZh: "断线期间变化过多，请重新查询后继续接收实时推送" },
  };
}

/** A formatted error as graphql-js's error class, which both transports serialise back to the same shape. */
export const asError = (error: GraphQLFormattedError): GraphQLError =>
  new GraphQLError(error.message, { ...(error.path ? { path: error.path } : {}), extensions: error.extensions ?? {} });

function count(map: Map<string, number>, key: string, by: number): void {
  const next = (map.get(key) ?? 0) + by;
  if (next > 0) map.set(key, next);
  else map.delete(key);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The subscription's one root field (validation has checked there is exactly one), through fragments. */
function rootField(operation: OperationDefinitionNode, document: DocumentNode): FieldNode {
  const fragments = fragmentsOf(document);
  const find = (set: SelectionSetNode): FieldNode | undefined => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) return selection;
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : fragments.get(selection.name.value)?.selectionSet;
      const found = inner && find(inner);
      if (found) return found;
    }
    return undefined;
  };
  return find(operation.selectionSet)!;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/**
 * The query run for each event: `root` around the subscriber's selection, with the fragments and
 * variables that selection uses (and only those: unused ones would not validate).
 */
export function readQuery(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  field: FieldNode,
  root: string,
  keyed: boolean,
): { query: string; variables: string[]; usesKey: boolean } {
  const fragments = fragmentsOf(document);
  const usedFragments = new Map<string, FragmentDefinitionNode>();
  const usedVariables = new Set<string>();
  const collect = (node: SelectionSetNode) =>
    visit(node, {
      Variable: (variable) => void usedVariables.add(variable.name.value),
      FragmentSpread: (spread) => {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !usedFragments.has(spread.name.value)) {
          usedFragments.set(spread.name.value, fragment);
          collect(fragment.selectionSet);
        }
      },
    });
  const selection = field.selectionSet!;
  collect(selection);
  const withArguments = root.includes("%a") && (field.arguments?.length ?? 0) > 0;
  if (withArguments)
    for (const argument of field.arguments!) visit(argument, { Variable: (v) => void usedVariables.add(v.name.value) });
  const definitions = (operation.variableDefinitions ?? []).filter((d) => usedVariables.has(d.variable.name.value));
  const usesKey = root.includes(`$${KEY_VARIABLE}`);
  const declared = [...(usesKey ? [`$${KEY_VARIABLE}: ID!`] : []), ...definitions.map((d) => print(d))];
  const body = root
    .replace("%a", withArguments ? `(${field.arguments!.map((a) => print(a)).join(", ")})` : "")
    .replace("%s", print(keyed ? withKeyField(selection) : selection));
  const query = [
    `query OneDoorLive${declared.length > 0 ? `(${declared.join(", ")})` : ""} { ${body} }`,
    ...[...usedFragments.values()].map((f) => print(f)),
  ].join("\n");
  return { query, variables: definitions.map((d) => d.variable.name.value), usesKey };
}

/** An error of the event's query, placed under the subscription's field (its path inside a list dropped). */
function located(error: GraphQLFormattedError, responseKey: string, keyed: boolean): GraphQLFormattedError {
  const { path, ...rest } = error;
  if (!path || keyed) return rest;
  return { ...rest, path: [responseKey, ...path.slice(1)] };
}
