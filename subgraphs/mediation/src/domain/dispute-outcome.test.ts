import { describe, expect, it } from "vitest";
import type { MediationNextStep } from "../generated/prisma/enums.js";
import { disputeNextStep, type CaseOutcome } from "./dispute-outcome.js";

const failed = (step: MediationNextStep, day: number): CaseOutcome => ({
  status: "FAILED",
  suggestedNextStep: step,
  closedAt: new Date(Date.UTC(2026, 10, day)),
});

describe("a dispute's next step after mediation", () => {
  it("is the suggestion of the latest failed mediation", () => {
    expect(disputeNextStep([failed("LITIGATION", 1), failed("ARBITRATION", 5)])).toBe("ARBITRATION");
    expect(
      disputeNextStep([
        failed("ARBITRATION", 1),
        { status: "WITHDRAWN", suggestedNextStep: null, closedAt: new Date() },
      ]),
    ).toBe("ARBITRATION");
  });

  it("is none while any committee still mediates or once one reached an agreement", () => {
    expect(disputeNextStep([])).toBeNull();
    expect(
      disputeNextStep([failed("ARBITRATION", 1), { status: "IN_MEDIATION", suggestedNextStep: null, closedAt: null }]),
    ).toBeNull();
    expect(
      disputeNextStep([
        failed("ARBITRATION", 1),
        { status: "AGREEMENT_REACHED", suggestedNextStep: null, closedAt: new Date() },
      ]),
    ).toBeNull();
  });
});
