import { describe, expect, it } from "vitest";
import { InputProblems } from "../graphql/errors.js";
import { bodyCategories, bodyStatusChange, bodyStatusStep, publishedBodies, type DirectoryBodies } from "./bodies.js";

const TRIBUNALS: DirectoryBodies = {
  named: (name) => ({ zh: `法庭${name}`, en: `The tribunal ${name}` }),
  openCasesEn: "open",
  openCasesRemedy: { zh: "办结或移送", en: "conclude or transfer them first" },
};
const FENSHUI = { id: "b1", name: "分水", status: "ACTIVE" as const, version: 3 };

describe("a published body's lifecycle", () => {
  it("suspends and reinstates with open cases, and retires only without them, in the department's words", () => {
    expect(bodyStatusChange(TRIBUNALS, FENSHUI, "SUSPENDED", 2)).toEqual({ ok: true, status: "SUSPENDED" });
    expect(bodyStatusChange(TRIBUNALS, FENSHUI, "RETIRED", 2)).toEqual({
      ok: false,
      reason: "OPEN_CASES",
      messageEn: "The tribunal 分水 still has 2 open case(s): conclude or transfer them first",
      messageZh: "法庭分水尚有2件未结案件，须办结或移送后才能退出名录",
    });
    expect(bodyStatusChange(TRIBUNALS, FENSHUI, "RETIRED", 0)).toEqual({ ok: true, status: "RETIRED" });
  });

  it("keeps the shared lifecycle's refusals first: a retired body stays retired, whatever it still holds", () => {
    expect(bodyStatusChange(TRIBUNALS, { ...FENSHUI, status: "RETIRED" }, "RETIRED", 4)).toMatchObject({
      reason: "DIRECTORY_ENTRY_RETIRED",
      messageZh: "法庭分水已退出名录，如需恢复请重新登记",
    });
    expect(bodyStatusChange(TRIBUNALS, FENSHUI, "ACTIVE", 0)).toMatchObject({ reason: "DIRECTORY_STATUS_UNCHANGED" });
  });

  it("counts a body's open cases only when it is to retire, and keeps the reason with the status", async () => {
    const counted: string[] = [];
    const openCasesOf = (id: string) => (counted.push(id), Promise.resolve(1));
    const input = { status: "SUSPENDED" as const, reason: "暂停受理", expectedVersion: 3 };
    const suspend = bodyStatusStep(TRIBUNALS, { id: "b1", input, reason: "暂停受理", action: "change" }, openCasesOf);
    expect(await suspend.decide(FENSHUI)).toEqual({ ok: true, status: "SUSPENDED" });
    expect(counted).toEqual([]);
    expect(suspend).toMatchObject({ id: "b1", expectedVersion: 3, audit: { action: "change", input } });
    expect(suspend.columns?.(FENSHUI, "SUSPENDED")).toMatchObject({ statusReason: "暂停受理" });

    const retire = bodyStatusStep(
      TRIBUNALS,
      { id: "b1", input: { ...input, status: "RETIRED" }, reason: "撤并", action: "change" },
      openCasesOf,
    );
    expect(await retire.decide(FENSHUI)).toMatchObject({ ok: false, reason: "OPEN_CASES" });
    expect(counted).toEqual(["b1"]);
  });
});

describe("a new body's categories", () => {
  it("keeps each category once and names a bad one by its index", () => {
    const problems = new InputProblems();
    expect(bodyCategories(problems, ["劳动争议", "劳动争议", "工伤"])).toEqual(["劳动争议", "工伤"]);
    expect(bodyCategories(problems, null)).toEqual([]);
    bodyCategories(problems, ["婚姻家庭", "x".repeat(31)]);
    expect(problems.problems.map((p) => p.field)).toEqual([["input", "categories", 1]]);
  });
});

describe("a published directory", () => {
  it("publishes every body with its staff count (none when it has no active people) and its category rule", () => {
    const body = { id: "b1", name: "分水", kind: "TRIBUNAL", regionCode: "330122", categories: ["婚姻家庭"] };
    const bodies = [
      { ...body, status: "ACTIVE" as const },
      { ...body, id: "b2", name: "诉讼服务中心", kind: "CENTRE", categories: [], status: "SUSPENDED" as const },
    ];
    expect(publishedBodies(bodies, new Map([["b1", 3]]), (b) => b.kind === "CENTRE")).toEqual([
      { ...body, coversAllCategories: false, status: "ACTIVE", staffed: 3 },
      {
        ...body,
        id: "b2",
        name: "诉讼服务中心",
        kind: "CENTRE",
        categories: [],
        coversAllCategories: true,
        status: "SUSPENDED",
        staffed: 0,
      },
    ]);
  });
});
