import { describe, expect, it } from "vitest";
import { bodyStatusChange } from "@onedoor/shared/directory/bodies";
import { COMMISSIONS, commissionRefusal, formatCaseNumber, parseCaseNumber } from "./commission.js";

const TONGLU = { name: "桐庐县劳动人事争议仲裁委员会", caseNumberPrefix: "桐劳人仲案字", status: "ACTIVE" as const };

describe("case numbers", () => {
  it("formats and reads the commission's 案号", () => {
    expect(formatCaseNumber(TONGLU, 2026, 87)).toBe("桐劳人仲案字〔2026〕第87号");
    expect(parseCaseNumber("普劳人仲案字〔2026〕第5号")).toEqual({ prefix: "普劳人仲案字", year: 2026, sequence: 5 });
    expect(parseCaseNumber("(2026)浙0122民初1号")).toBeUndefined();
    expect(() => formatCaseNumber(TONGLU, 2026, 0)).toThrow(RangeError);
  });
});

describe("a commission's lifecycle", () => {
  it("receives new applications only while active", () => {
    expect(commissionRefusal(TONGLU)).toBeNull();
    expect(commissionRefusal({ ...TONGLU, status: "SUSPENDED" })).toMatchObject({
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: expect.stringContaining("桐庐县劳动人事争议仲裁委员会"),
    });
    expect(commissionRefusal({ ...TONGLU, status: "RETIRED" })).toMatchObject({ reason: "DIRECTORY_ENTRY_RETIRED" });
  });

  it("is suspended and reinstated with undecided cases, and retires only without them", () => {
    expect(bodyStatusChange(COMMISSIONS, TONGLU, "SUSPENDED", 3)).toEqual({ ok: true, status: "SUSPENDED" });
    expect(bodyStatusChange(COMMISSIONS, { ...TONGLU, status: "SUSPENDED" }, "ACTIVE", 3)).toEqual({
      ok: true,
      status: "ACTIVE",
    });
    expect(bodyStatusChange(COMMISSIONS, TONGLU, "RETIRED", 2)).toMatchObject({
      ok: false,
      reason: "OPEN_CASES",
      messageZh: expect.stringContaining("2件未结案件"),
    });
    expect(bodyStatusChange(COMMISSIONS, TONGLU, "RETIRED", 0)).toEqual({ ok: true, status: "RETIRED" });
  });

  it("stays retired, and refuses a change to the status it has", () => {
    expect(bodyStatusChange(COMMISSIONS, { ...TONGLU, status: "RETIRED" }, "ACTIVE", 0)).toMatchObject({
      reason: "DIRECTORY_ENTRY_RETIRED",
    });
    expect(bodyStatusChange(COMMISSIONS, TONGLU, "ACTIVE", 0)).toMatchObject({ reason: "DIRECTORY_STATUS_UNCHANGED" });
  });
});
