import { describe, expect, it } from "vitest";
import { parseDisputeCode } from "../dispute-code/index.js";
import { validateRegionCode } from "../validators/index.js";
import { DEMO_DISPUTES } from "./stories.js";

describe("demo stories", () => {
  it.each(DEMO_DISPUTES.map((d) => [d.code, d]))(
    "%s is a valid 解纷码 of a known county, registered that year",
    (_code, dispute) => {
      const parsed = parseDisputeCode(dispute.code);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.region).toBe(dispute.regionCode);
      expect(parsed.year).toBe(new Date(dispute.registeredAt).getUTCFullYear());
      expect(validateRegionCode(dispute.regionCode).ok).toBe(true);
    },
  );

  it("uses each code once", () => {
    expect(new Set(DEMO_DISPUTES.map((d) => d.code)).size).toBe(DEMO_DISPUTES.length);
  });
});
