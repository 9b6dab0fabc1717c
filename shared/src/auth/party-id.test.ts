import { describe, expect, it } from "vitest";
import { partyIdOf, partyIdOrNull, partyIdSecret } from "./party-id.js";

describe("party ids", () => {
  it("are the same for the same person however the ID was typed, and never contain it", () => {
    const id = partyIdOf({ residentId: "33012219800101123x" }, "s".repeat(32));
    expect(partyIdOf({ residentId: " ３３０１２２１９８００１０１１２３Ｘ" }, "s".repeat(32))).toBe(id);
    expect(id).toMatch(/^P[A-Z2-7]{20}$/);
    expect(id).not.toContain("330122");
  });

  it("differ between people, between a person and an organisation, and between secrets", () => {
    const secret = "s".repeat(32);
    const a = partyIdOf({ residentId: "33012219800101123X" }, secret);
    expect(partyIdOf({ residentId: "330122198001011247" }, secret)).not.toBe(a);
    expect(partyIdOf({ creditCode: "33012219800101123X" }, secret)).not.toBe(a);
    expect(partyIdOf({ residentId: "33012219800101123X" }, "t".repeat(32))).not.toBe(a);
  });

  it("is null without an identifier", () => {
    expect(partyIdOrNull({ residentId: null, creditCode: null })).toBeNull();
  });

  it("refuses the development secret in production", () => {
    expect(() => partyIdSecret({ NODE_ENV: "production" })).toThrow(/ONEDOOR_PARTY_ID_SECRET/);
    expect(partyIdSecret({ NODE_ENV: "production", ONEDOOR_PARTY_ID_SECRET: "x".repeat(40) })).toBe("x".repeat(40));
  });
});
