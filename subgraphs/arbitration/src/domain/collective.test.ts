import { describe, expect, it } from "vitest";
import { commonClaimKinds, isCollective, representativesProblem } from "./collective.js";

const each = (n: number, kind: string) => Array.from({ length: n }, (_, i) => ({ kind, applicantPosition: i }));

describe("collective disputes (art. 7)", () => {
  it("needs ten workers and a claim common to all", () => {
    expect(isCollective(10, each(10, "WAGE_ARREARS"))).toBe(true);
    expect(isCollective(9, each(9, "WAGE_ARREARS"))).toBe(false);
    expect(isCollective(10, [...each(9, "WAGE_ARREARS"), { kind: "SEVERANCE", applicantPosition: 9 }])).toBe(false);
    expect(isCollective(12, [{ kind: "SOCIAL_INSURANCE", applicantPosition: null }])).toBe(true);
    expect(commonClaimKinds(2, [...each(2, "OVERTIME_PAY"), { kind: "SEVERANCE", applicantPosition: 0 }])).toEqual([
      "OVERTIME_PAY",
    ]);
  });

  it("elects three to five representatives, only in a collective dispute", () => {
    expect(representativesProblem(true, 0)).toBeNull();
    expect(representativesProblem(true, 3)).toBeNull();
    expect(representativesProblem(true, 6)).not.toBeNull();
    expect(representativesProblem(false, 1)).not.toBeNull();
  });
});
