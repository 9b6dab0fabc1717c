import { describe, expect, it } from "vitest";
import { commissionFor, formatCaseNumber, parseCaseNumber } from "./commission.js";

describe("case numbers", () => {
  it("formats and reads the commission's 案号", () => {
    const tonglu = commissionFor("330122")!;
    expect(formatCaseNumber(tonglu, 2026, 87)).toBe("桐劳人仲案字〔2026〕第87号");
    expect(parseCaseNumber("普劳人仲案字〔2026〕第5号")).toEqual({ prefix: "普劳人仲案字", year: 2026, sequence: 5 });
    expect(parseCaseNumber("(2026)浙0122民初1号")).toBeUndefined();
    expect(() => formatCaseNumber(tonglu, 2026, 0)).toThrow(RangeError);
  });
});
