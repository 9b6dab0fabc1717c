import { describe, expect, it } from "vitest";
import { ApolloServer } from "@apollo/server";
import type { GatewayInterface } from "@apollo/server-gateway-interface";
import { buildSchema, GraphQLError } from "graphql";
import type { Logger } from "@onedoor/shared/logger";
import { internalError, valueCompletionPlugin } from "./client-errors.js";

const schema = buildSchema(`
  type Query { application: Application, dispute: Dispute }
  type Application { caseNumber: String!, agreement: Agreement }
  type Agreement { totalAmount: Float! }
  type Dispute { title: String! }
`);

/** Stands in for Apollo's gateway: its executor answers what @apollo/gateway answers after a bad value. */
function fakeGateway(answer: Record<string, unknown>): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    load: async () => ({ executor: async () => answer }),
    stop: async () => {},
  };
}

function logRecorder() {
  const lines: { fields: unknown; message: string }[] = [];
  const log = { error: (fields: unknown, message: string) => void lines.push({ fields, message }) };
  return { log: log as unknown as Logger, lines };
}

async function run(answer: Record<string, unknown>, log: Logger) {
  const server = new ApolloServer<{ log?: Logger }>({
    gateway: fakeGateway(answer),
    plugins: [valueCompletionPlugin()],
  });
  await server.start();
  try {
    const response = await server.executeOperation(
      { query: "{ application { caseNumber agreement { totalAmount } } dispute { title } }" },
      { contextValue: { log } },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return response.body.singleResult;
  } finally {
    await server.stop();
  }
}

describe("value-completion failures at the gateway", () => {
  it("reach the client in errors, with the path and a code, and the log with what was wrong", async () => {
    const { log, lines } = logRecorder();
    // What @apollo/gateway's executeQueryPlan returns when a department sent null for a non-nullable field.
    const failure = new GraphQLError("Cannot return null for non-nullable field Agreement.totalAmount.", {
      path: ["application", "agreement", "totalAmount"],
      extensions: { code: "INVALID_GRAPHQL" },
    });
    const result = await run(
      {
        data: { application: { caseNumber: "(2026)浙0903民特46号", agreement: null }, dispute: { title: "t" } },
        extensions: { valueCompletion: [failure] },
      },
      log,
    );
    expect(result.data).toEqual({
      application: { caseNumber: "(2026)浙0903民特46号", agreement: null },
      dispute: { title: "t" },
    });
    expect(result.errors).toEqual([
      {
        message: "Cannot return null for non-nullable field Agreement.totalAmount.",
        path: ["application", "agreement", "totalAmount"],
        extensions: {
          code: "INTERNAL_SERVER_ERROR",
          messageZh: "部门服务未给出必填字段 Agreement.totalAmount 的值，该部分无法显示",
        },
      },
    ]);
    // Moved, not copied: one place to read it.
    expect(result.extensions).toBeUndefined();
    expect(lines).toEqual([
      {
        fields: {
          valueCompletion: [
            {
              message: "Cannot return null for non-nullable field Agreement.totalAmount.",
              path: ["application", "agreement", "totalAmount"],
            },
          ],
        },
        message: "a department's data did not fit the schema",
      },
    ]);
  });

  it("keep the errors already there and the other extensions, and say what they can of other kinds", async () => {
    const { log } = logRecorder();
    const result = await run(
      {
        data: { application: null, dispute: { title: "t" } },
        errors: [
          new GraphQLError("The mediation service is unavailable", { extensions: { code: "SUBGRAPH_UNAVAILABLE" } }),
        ],
        extensions: {
          valueCompletion: [
            new GraphQLError("Invalid __typename found for object at field Query.application.", {
              path: ["application"],
            }),
          ],
          other: 1,
        },
      },
      log,
    );
    expect(result.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
      ["SUBGRAPH_UNAVAILABLE", undefined],
      ["INTERNAL_SERVER_ERROR", ["application"]],
    ]);
    expect(result.errors?.[1]?.extensions?.messageZh).toBe("部门服务返回的数据与图谱定义不符，该部分无法显示");
    expect(result.extensions).toEqual({ other: 1 });
  });

  it("leave an answer without them as it was", async () => {
    const { log, lines } = logRecorder();
    const result = await run({ data: { application: null, dispute: { title: "t" } } }, log);
    expect(result).toEqual({ data: { application: null, dispute: { title: "t" } } });
    expect(lines).toEqual([]);
  });
});

describe("internal errors of a department call", () => {
  it("name the department and a code, in both languages, and nothing else", () => {
    const error = internalError("arbitration");
    expect(error.message).toBe("The arbitration service could not be reached properly");
    expect(error.extensions).toEqual({
      code: "INTERNAL_SERVER_ERROR",
      subgraph: "arbitration",
      messageZh: "调用arbitration服务时发生内部错误，请稍后再试",
    });
  });
});
