import { describe, expect, it } from "vitest";
import { causeListByVersion, causeListOn, findCause, type CauseOfActionList } from "./causes-of-action.js";

describe("cause-of-action list (案由)", () => {
  it("answers with the version in force on a date", () => {
    expect(causeListOn("2026-07-06")?.version).toBe("2020");
    expect(causeListOn("2020-12-31")).toBeUndefined();
  });

  it("picks the newer version once it takes effect", () => {
    const lists: CauseOfActionList[] = [
      { version: "2020", source: "", effectiveFrom: "2021-01-01", causes: [] },
      { version: "2030", source: "", effectiveFrom: "2030-01-01", causes: [] },
    ];
    expect(causeListOn("2029-12-31", lists)?.version).toBe("2020");
    expect(causeListOn("2030-01-01", lists)?.version).toBe("2030");
  });

  it("marks marriage, adoption and identity relations", () => {
    const list = causeListByVersion("2020")!;
    expect(findCause(list, "DIVORCE")).toMatchObject({ name: "离婚纠纷", excludedRelation: "MARRIAGE" });
    expect(findCause(list, "ADOPTION_DISSOLUTION")?.excludedRelation).toBe("ADOPTION");
    expect(findCause(list, "PARENTAGE_CONFIRMATION")?.excludedRelation).toBe("IDENTITY");
    expect(findCause(list, "POST_DIVORCE_PROPERTY")?.excludedRelation).toBeUndefined();
    expect(findCause(list, "NOPE")).toBeUndefined();
    expect(new Set(list.causes.map((c) => c.code)).size).toBe(list.causes.length);
  });
});
