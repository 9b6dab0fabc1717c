// Every `extensions.code` a client of the graph can receive, declared once: the gateway and every subgraph
// fill in missing Chinese and English messages from here, and docs/graph-conventions.md's table is this
// list (checked by a contract test).
import type { GraphQLFormattedError } from "graphql";
import type { ValidationReason } from "../validators/result.js";

export interface ErrorCodeEntry {
  /** Who raises it. */
  raisedBy: string;
  meaningEn: string;
  /** Shown to people when the raiser gave no more precise message. */
  messageZh: string;
  /** The closed set of `extensions.reason` values, where the code has one. */
  reasons?: readonly string[];
}

const VALIDATION_REASONS: readonly ValidationReason[] = [
  "EMPTY",
  "LENGTH",
  "FORMAT",
  "RANGE",
  "BIRTH_DATE",
  "REGION",
  "CHECK_DIGIT",
  "UNKNOWN",
  "CONTROL_CHARACTER",
  "ENCODING",
];

export const ERROR_CATALOGUE = {
  BAD_USER_INPUT: {
    raisedBy: "`badUserInput`, `InputProblems`, the Money and LocalDate scalars, graphql-js variable coercion",
    meaningEn:
      "One or more inputs are invalid; `extensions.problems[]` holds `field`, `reason`, `messageZh`, `messageEn`",
    messageZh: "输入值无效：格式不对或超出允许的范围",
    reasons: VALIDATION_REASONS,
  },
  NOT_FOUND: {
    raisedBy: "`notFound`",
    meaningEn: "The record does not exist or the caller may not know it exists",
    messageZh: "记录不存在",
  },
  CONFLICT: {
    raisedBy: "`conflict`, the write path",
    meaningEn: "`expectedVersion` is stale (the record changed since it was read) or an idempotency key was reused",
    messageZh: "记录已被他人修改，请刷新后重试",
  },
  INVALID_STATE: {
    raisedBy: "`invalidState`, the write path's state machines",
    meaningEn:
      "The step is not allowed in the record's state; `extensions.reason` says why (each department's state machine in `src/domain/` declares its reasons) and `extensions.status` the state",
    messageZh: "当前状态下不能执行此操作",
  },
  FORBIDDEN: {
    raisedBy: "`forbidden`, each subgraph's access module",
    meaningEn: "Signed in, but the role, the jurisdiction or the record does not allow it",
    messageZh: "您无权执行此操作",
    reasons: ["BULK_PERSONAL_DATA"],
  },
  UNAUTHENTICATED: {
    raisedBy: "gateway (`jwt.ts`), every subgraph's access module, a subgraph called around the gateway",
    meaningEn: "No valid token: anonymous callers may only track a dispute by its code (a bad token is a 401)",
    messageZh: "请先登录",
  },
  RATE_LIMITED: {
    raisedBy: "gateway",
    meaningEn: "Too many requests from this caller or address (HTTP 429)",
    messageZh: "请求过于频繁，请稍后再试",
  },
  OPERATION_NOT_TRUSTED: {
    raisedBy: "gateway",
    meaningEn: "Production runs registered operations only; this document is not in the caller's list",
    messageZh: "该操作未登记，生产环境仅执行已登记的操作",
  },
  PERSISTED_QUERY_NOT_FOUND: {
    raisedBy: "gateway",
    meaningEn: "No registered operation has this hash",
    messageZh: "未找到该已登记操作",
  },
  OPERATION_LIMIT_EXCEEDED: {
    raisedBy: "gateway",
    meaningEn: "Depth, aliases, tokens, directives or cost over the limit",
    messageZh: "超出操作限制",
  },
  PAYLOAD_TOO_LARGE: {
    raisedBy: "gateway",
    meaningEn: "Request body over 1 MB",
    messageZh: "请求体过大",
  },
  BAD_REQUEST: {
    raisedBy: "gateway, Apollo Server",
    meaningEn: "Malformed request or batch, or a bad simulated-time header",
    messageZh: "请求格式错误",
  },
  GRAPHQL_PARSE_FAILED: {
    raisedBy: "Apollo Server",
    meaningEn: "The document is not GraphQL",
    messageZh: "查询语句无法解析",
  },
  GRAPHQL_VALIDATION_FAILED: {
    raisedBy: "Apollo Server",
    meaningEn:
      "The document does not fit the schema, including a literal a scalar refuses (a bad Money or LocalDate written in the document itself; the same value sent as a variable is BAD_USER_INPUT)",
    messageZh: "查询语句与图谱定义不符",
  },
  REFETCH: {
    raisedBy: "gateway subscriptions",
    meaningEn: "A stream resumed past its replay window: query again, then subscribe",
    messageZh: "断线期间变化过多，请重新查询后继续接收实时推送",
  },
  SERVICE_UNAVAILABLE: {
    raisedBy: "gateway subscriptions; a department asking the registry for a dispute's parties",
    meaningEn:
      "The gateway is starting, could not read an event's record, or a department could not ask the registry who a dispute's parties are (a party's own step): retry shortly",
    messageZh: "服务暂不可用，请稍后再试",
  },
  SUBGRAPH_UNAVAILABLE: {
    raisedBy: "gateway",
    meaningEn: "One department could not be reached: its fields are null, the rest of the answer stands",
    messageZh: "部门服务暂不可用，相关部分无法显示",
  },
  SUBGRAPH_TIMEOUT: {
    raisedBy: "gateway",
    meaningEn: "One department did not answer in time: its fields are null, the rest of the answer stands",
    messageZh: "部门服务响应超时，相关部分无法显示",
  },
  SUBGRAPH_BAD_RESPONSE: {
    raisedBy: "gateway",
    meaningEn: "One department answered something that is not GraphQL: its fields are null",
    messageZh: "部门服务返回异常，相关部分无法显示",
  },
  SUBGRAPH_STARTING: {
    raisedBy: "subgraph server",
    meaningEn: "The department is still starting (migrating, warming up): retry shortly",
    messageZh: "部门服务正在启动，请稍后再试",
  },
  INTERNAL_SERVER_ERROR: {
    raisedBy: "anywhere",
    meaningEn: "A bug or a department's answer that does not fit the schema; details only in the logs",
    messageZh: "系统内部错误，请稍后再试",
  },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERROR_CATALOGUE, code);
}

/**
 * Every error leaves with `messageZh` and `messageEn`: the raiser's own where it gave them, the
 * catalogue's Chinese and the error's message otherwise. An error without a code is a bug's (the contract test
 * keeps every code raised in the source in the catalogue).
 */
export function withBilingualMessages(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  if (typeof extensions.messageZh === "string" && typeof extensions.messageEn === "string") return formatted;
  const known = isErrorCode(extensions.code) ? extensions.code : "INTERNAL_SERVER_ERROR";
  return {
    ...formatted,
    extensions: {
      ...extensions,
      code: extensions.code ?? known,
      messageZh: typeof extensions.messageZh === "string" ? extensions.messageZh : ERROR_CATALOGUE[known].messageZh,
      messageEn: typeof extensions.messageEn === "string" ? extensions.messageEn : formatted.message,
    },
  };
}

/** The catalogue as the Markdown table in docs/graph-conventions.md. */
export function errorCatalogueTable(): string {
  const rows = Object.entries(ERROR_CATALOGUE).map(([code, entry]: [string, ErrorCodeEntry]) => {
    const reasons = entry.reasons ? entry.reasons.map((r) => `\`${r}\``).join(", ") : "—";
    return `| \`${code}\` | ${entry.raisedBy} | ${entry.meaningEn} | ${entry.messageZh} | ${reasons} |`;
  });
  return [
    "| `extensions.code` | Raised by | Meaning | Default `messageZh` | `reason` values |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
