// First line against abusive operations, before any subgraph is asked: tokens, depth, aliases, directives and
// an estimated cost. A refusal names the kind of limit hit (OPERATION_LIMIT_EXCEEDED, `extensions.limit`),
// never the number.
//
// Introspection is measured on its own. Schema tools (GraphiQL, GraphQL Code Generator, IDE plugins, Apollo
// Sandbox, Postman) send graphql-js's introspection query, whose type references nest `ofType` nine deep: deeper
// than any operation on the graph needs, and harmless, since a type has one `ofType`. So inside `__schema` and
// `__type` an operation may go as deep as that query with every option on, and no deeper; and it may hold at
// most half as many selections again as that query (fragments expanded, aliases counted), which leaves room for
// tools that ask a little more but not for a second copy of the schema. What makes introspection grow
// exponentially, type members listed under type members (`fields { type { fields … } }`), graphql-js itself
// caps (MaxIntrospectionDepthRule, one of its specified rules); that refusal is reported as a depth limit too.
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerOptions, ApolloServerPlugin } from "@apollo/server";
import {
  getIntrospectionQuery,
  GraphQLError,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { intFromEnv } from "@onedoor/shared/config";

export const OPERATION_LIMIT_EXCEEDED = "OPERATION_LIMIT_EXCEEDED";

export type LimitKind = "tokens" | "depth" | "aliases" | "directives" | "cost" | "introspection" | "attempts";

const LIMIT_MESSAGES: Record<LimitKind, { en: string; zh: string }> = {
  tokens: { en: "the operation is too long", zh: "操作文本过长" },
  depth: { en: "the operation is nested too deeply", zh: "操作嵌套层级过深" },
  aliases: { en: "the operation uses too many aliases", zh: "操作使用的别名过多" },
  directives: { en: "the operation uses too many directives", zh: "操作使用的指令过多" },
  cost: { en: "the operation's estimated cost is too high", zh: "操作的预估开销过高" },
  introspection: { en: "the operation asks for too much of the schema at once", zh: "一次读取的架构内容过多" },
  attempts: { en: "the operation checks a tracking code more than once", zh: "一次操作中多次核验解纷码" },
};

/**
 * Root fields that are a guess (a code and its verification answer): one per operation, so aliases cannot
 * turn one request into many attempts that all run before the department's throttle has counted any.
 */
export const ONE_PER_OPERATION: ReadonlySet<string> = new Set(["trackDispute"]);

/** A refusal by one of the operation limits. */
export class OperationLimitError extends GraphQLError {
  constructor(readonly limit: LimitKind) {
    const { en, zh } = LIMIT_MESSAGES[limit];
    const messageEn = `${en}; simplify it or split it into several operations`;
    super(`Operation limit exceeded (${limit}): ${messageEn}`, {
      extensions: {
        code: OPERATION_LIMIT_EXCEEDED,
        limit,
        messageZh: `超出操作限制：${zh}，请简化操作或拆分为多个操作`,
        messageEn: `Operation limit exceeded: ${messageEn}`,
      },
    });
  }
}

/** Depth of `__schema`/`__type` selections, and their number, with fragments expanded. */
export interface OperationShape {
  /** Deepest field outside introspection (fragments do not count as a level). */
  depth: number;
  /** Deepest field inside introspection, counted from the operation's root like `depth`. */
  introspectionDepth: number;
  /** Selections inside introspection: each field, fragment spread and inline fragment, as often as it is used. */
  introspectionSelections: number;
}

const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

/**
 * Measures an operation in one pass. Each fragment is measured once and its measure reused wherever it is
 * spread, so fragments spreading fragments cannot make this exponential; cycles (refused by graphql-js's
 * NoFragmentCyclesRule) count as empty.
 */
export function operationShape(
  operation: OperationDefinitionNode,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
): OperationShape {
  // `whole`: everything below counts (inside introspection); `outer`: introspection apart.
  const wholeMemo = new Map<string, { depth: number; size: number }>();
  const outerMemo = new Map<string, OperationShape>();
  const inProgress = new Set<string>();

  const spread = <T>(name: string, memo: Map<string, T>, empty: T, measure: (set: SelectionSetNode) => T): T => {
    const known = memo.get(name);
    if (known) return known;
    const definition = fragment(name);
    if (!definition || inProgress.has(name)) return empty;
    inProgress.add(name);
    const result = measure(definition.selectionSet);
    inProgress.delete(name);
    memo.set(name, result);
    return result;
  };

  const whole = (set: SelectionSetNode | undefined): { depth: number; size: number } => {
    let depth = 0;
    let size = 0;
    for (const selection of set?.selections ?? []) {
      const below =
        selection.kind === Kind.FRAGMENT_SPREAD
          ? spread(selection.name.value, wholeMemo, { depth: 0, size: 0 }, whole)
          : whole(selection.selectionSet);
      depth = Math.max(depth, below.depth + (selection.kind === Kind.FIELD ? 1 : 0));
      size += 1 + below.size;
    }
    return { depth, size };
  };

  const outer = (set: SelectionSetNode | undefined): OperationShape => {
    const shape = { depth: 0, introspectionDepth: 0, introspectionSelections: 0 };
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && INTROSPECTION_ROOTS.has(selection.name.value)) {
        const below = whole(selection.selectionSet);
        shape.introspectionDepth = Math.max(shape.introspectionDepth, below.depth + 1);
        shape.introspectionSelections += 1 + below.size;
        continue;
      }
      const empty = { depth: 0, introspectionDepth: 0, introspectionSelections: 0 };
      const below =
        selection.kind === Kind.FRAGMENT_SPREAD
          ? spread(selection.name.value, outerMemo, empty, outer)
          : outer(selection.selectionSet);
      const level = selection.kind === Kind.FIELD ? 1 : 0;
      shape.depth = Math.max(shape.depth, below.depth + level);
      if (below.introspectionSelections > 0)
        shape.introspectionDepth = Math.max(shape.introspectionDepth, below.introspectionDepth + level);
      shape.introspectionSelections += below.introspectionSelections;
    }
    return shape;
  };

  return outer(operation.selectionSet);
}

/** The shape of a document's first operation. */
export function shapeOfDocument(query: string): OperationShape {
  const document = parse(query);
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationShape(operation, (name) => fragments.get(name));
}

/** graphql-js's introspection query with every option on: what schema tools send, at its largest. */
export const FULL_INTROSPECTION_QUERY = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

const fullIntrospection = shapeOfDocument(FULL_INTROSPECTION_QUERY);
export const INTROSPECTION_LIMITS = {
  depth: fullIntrospection.introspectionDepth,
  selections: Math.ceil(fullIntrospection.introspectionSelections * 1.5),
};

/** Operation depth with introspection measured apart (see the top of this file). */
export function operationShapeRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const shape = operationShape(operation, (name) => context.getFragment(name));
      if (shape.depth > maxDepth || shape.introspectionDepth > INTROSPECTION_LIMITS.depth) {
        context.reportError(new OperationLimitError("depth"));
      } else if (shape.introspectionSelections > INTROSPECTION_LIMITS.selections) {
        context.reportError(new OperationLimitError("introspection"));
      }
      return false;
    },
  });
}

/**
 * Refuses an operation that selects any of `fields` more than once at its root, counting aliases, fragments
 * and inline fragments (and whatever `@skip`/`@include` would do: a guess written twice is refused). A
 * fragment's count is reckoned once and added wherever it is spread, so nested spreads stay linear.
 */
export function onePerOperationRule(fields: ReadonlySet<string>): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const byFragment = new Map<string, number>();
    const inProgress = new Set<string>();
    const count = (set: SelectionSetNode | undefined): number => {
      let total = 0;
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) total += fields.has(selection.name.value) ? 1 : 0;
        else if (selection.kind === Kind.INLINE_FRAGMENT) total += count(selection.selectionSet);
        else {
          const name = selection.name.value;
          let known = byFragment.get(name);
          // A cycle (refused by graphql-js's NoFragmentCyclesRule) counts as empty.
          if (known === undefined && !inProgress.has(name)) {
            inProgress.add(name);
            known = count(context.getFragment(name)?.selectionSet);
            inProgress.delete(name);
            byFragment.set(name, known);
          }
          total += known ?? 0;
        }
      }
      return total;
    };
    return {
      OperationDefinition(operation) {
        if (count(operation.selectionSet) > 1) context.reportError(new OperationLimitError("attempts"));
        return false;
      },
    };
  };
}

// graphql-js's own refusal of introspection that nests type members too deeply (MaxIntrospectionDepthRule).
const INTROSPECTION_NESTING_REFUSAL = "Maximum introspection depth exceeded";

/** True when `source` holds more than `maxTokens` tokens: why graphql-js's parser gave up on it. */
function exceedsTokens(source: Source, maxTokens: number): boolean {
  const lexer = new Lexer(source);
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF;) if (++count > maxTokens) return true;
  } catch {
    // A lexical error before the limit: a syntax error, not a limit.
  }
  return false;
}

export interface OperationLimits {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  /** Answers every limit refusal as OPERATION_LIMIT_EXCEEDED: no number, position or stack trace. */
  formatError: NonNullable<ApolloServerOptions<object>["formatError"]>;
}

export function operationLimits(production: boolean, env: NodeJS.ProcessEnv = process.env): OperationLimits {
  const maxTokens = intFromEnv("LIMIT_MAX_TOKENS", 3_000, env);
  // graphql-armor reports through these callbacks; the refusal itself is ours.
  const refuse = (limit: LimitKind) => ({
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(new OperationLimitError(limit))],
  });
  const armor = new ApolloArmor({
    // Depth is measured by operationShapeRule (introspection apart), tokens by graphql-js's parser.
    maxDepth: { enabled: false },
    maxTokens: { enabled: false },
    maxAliases: { n: intFromEnv("LIMIT_MAX_ALIASES", 20, env), ...refuse("aliases") },
    maxDirectives: { n: intFromEnv("LIMIT_MAX_DIRECTIVES", 30, env), ...refuse("directives") },
    costLimit: { maxCost: intFromEnv("LIMIT_MAX_COST", 10_000, env), ignoreIntrospection: true, ...refuse("cost") },
    // Suggestions ("did you mean ...?") map out the schema for an attacker once introspection is off.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();

  const limitOf = (error: unknown): LimitKind | undefined => {
    if (!(error instanceof GraphQLError)) return undefined;
    const original = error.originalError;
    if (original instanceof OperationLimitError) return original.limit;
    if (!(original instanceof GraphQLError)) return undefined;
    if (original.message === INTROSPECTION_NESTING_REFUSAL) return "depth";
    if (
      error.extensions.code === "GRAPHQL_PARSE_FAILED" &&
      original.source &&
      exceedsTokens(original.source, maxTokens)
    )
      return "tokens";
    return undefined;
  };

  return {
    plugins: plugins as ApolloServerPlugin[],
    validationRules: [
      operationShapeRule(intFromEnv("LIMIT_MAX_DEPTH", 12, env)),
      onePerOperationRule(ONE_PER_OPERATION),
      ...validationRules,
    ] as ValidationRule[],
    parseOptions: { maxLexicalTokens: maxTokens },
    formatError: (formatted, error) => {
      const limit = limitOf(error);
      if (!limit) return formatted;
      const { message, extensions } = new OperationLimitError(limit);
      return { message, extensions };
    },
  };
}
