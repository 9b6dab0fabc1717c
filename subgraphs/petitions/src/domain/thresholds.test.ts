import { describe, expect, it } from "vitest";
import { INTAKE_POLICY, isMajor } from "./thresholds.js";

describe("major / group dispute", () => {
  it("is major from the people threshold on", () => {
    expect(isMajor(INTAKE_POLICY.majorMinPeople - 1, null)).toBe(false);
    expect(isMajor(INTAKE_POLICY.majorMinPeople, null)).toBe(true);
  });

  it("is major from the amount threshold on", () => {
    expect(isMajor(1, "999999.99")).toBe(false);
    expect(isMajor(1, "1000000.00")).toBe(true);
    expect(isMajor(2, "8000000")).toBe(true);
  });

  it("follows a different local policy", () => {
    expect(isMajor(3, null, { ...INTAKE_POLICY, majorMinPeople: 3 })).toBe(true);
  });
});
