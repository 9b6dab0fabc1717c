import { describe, expect, it } from "vitest";
import { directoryStatusChange, notTakingNewMatters, takesNewMatters } from "./lifecycle.js";

const LAWYER = { zh: "律师柳青", en: "Lawyer 柳青" };

describe("the directory lifecycle", () => {
  it("suspends, reinstates and retires an active or suspended entry", () => {
    expect(directoryStatusChange("ACTIVE", "SUSPENDED", LAWYER)).toEqual({ ok: true, status: "SUSPENDED" });
    expect(directoryStatusChange("SUSPENDED", "ACTIVE", LAWYER)).toEqual({ ok: true, status: "ACTIVE" });
    expect(directoryStatusChange("ACTIVE", "RETIRED", LAWYER)).toEqual({ ok: true, status: "RETIRED" });
    expect(directoryStatusChange("SUSPENDED", "RETIRED", LAWYER)).toEqual({ ok: true, status: "RETIRED" });
  });

  it("never brings a retired entry back, and refuses a change to the same status", () => {
    for (const next of ["ACTIVE", "SUSPENDED", "RETIRED"] as const)
      expect(directoryStatusChange("RETIRED", next, LAWYER)).toMatchObject({
        ok: false,
        reason: "DIRECTORY_ENTRY_RETIRED",
        messageZh: "律师柳青已退出名录，如需恢复请重新登记",
      });
    expect(directoryStatusChange("SUSPENDED", "SUSPENDED", LAWYER)).toMatchObject({
      ok: false,
      reason: "DIRECTORY_STATUS_UNCHANGED",
      messageEn: "Lawyer 柳青 is already suspended",
    });
  });

  it("lets only an active entry take new matters, and says why the others may not", () => {
    expect(takesNewMatters("ACTIVE")).toBe(true);
    expect(notTakingNewMatters("ACTIVE", LAWYER)).toBeNull();
    expect(notTakingNewMatters("SUSPENDED", LAWYER)).toEqual({
      ok: false,
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageEn: "Lawyer 柳青 is suspended and takes no new matters",
      messageZh: "律师柳青已暂停，不能承接新的事项",
    });
    expect(notTakingNewMatters("RETIRED", LAWYER)).toMatchObject({ reason: "DIRECTORY_ENTRY_RETIRED" });
  });
});
