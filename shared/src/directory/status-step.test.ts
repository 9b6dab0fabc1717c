import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { entryStatusStep, statusChangeReason } from "./status-step.js";

const JUDGE = { id: "j1", name: "沈明", status: "ACTIVE" as const, version: 2 };
const named = (name: string) => ({ zh: `承办法官${name}`, en: name });

describe("a directory status change", () => {
  it("refuses a blank status change reason, naming the field", () => {
    expect(statusChangeReason({ reason: " 机构合并 " })).toBe("机构合并");
    try {
      statusChangeReason({ reason: "  " });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        problems: [{ field: ["input", "reason"] }],
      });
    }
  });

  it("moves a person by the shared lifecycle, keeping the reason and auditing the mutation", async () => {
    const input = { status: "SUSPENDED" as const, reason: "休假", expectedVersion: 2 };
    const step = entryStatusStep(named, { id: "j1", input, reason: "休假", action: "changeCourtJudgeStatus" });
    expect(await step.decide(JUDGE)).toEqual({ ok: true, status: "SUSPENDED" });
    expect(step).toMatchObject({ id: "j1", expectedVersion: 2, audit: { action: "changeCourtJudgeStatus", input } });
    expect(step.columns?.(JUDGE, "SUSPENDED")).toMatchObject({ statusReason: "休假" });
    expect(await step.decide({ ...JUDGE, status: "RETIRED" })).toMatchObject({
      ok: false,
      reason: "DIRECTORY_ENTRY_RETIRED",
      messageZh: "承办法官沈明已退出名录，如需恢复请重新登记",
    });
  });
});
