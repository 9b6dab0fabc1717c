import { describe, expect, it } from "vitest";
import { RetryBudget } from "./retry-budget.js";

describe("retry budget", () => {
  it("allows the reserve at once, then one retry for every five requests", () => {
    const budget = new RetryBudget(0.2, 3);
    expect([budget.spend(), budget.spend(), budget.spend(), budget.spend()]).toEqual([true, true, true, false]);
    for (let i = 0; i < 4; i++) budget.requested();
    expect(budget.spend()).toBe(false);
    budget.requested();
    expect(budget.spend()).toBe(true);
    expect(budget.spend()).toBe(false);
  });

  it("saves up no more than the reserve during quiet, healthy traffic", () => {
    const budget = new RetryBudget(0.5, 2);
    for (let i = 0; i < 100; i++) budget.requested();
    expect([budget.spend(), budget.spend(), budget.spend()]).toEqual([true, true, false]);
  });
});
