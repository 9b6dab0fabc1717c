import { describe, expect, it } from "vitest";
import { categoryListOn } from "./categories.js";

describe("versioned category lists", () => {
  it("answers with the list in force on the day", () => {
    expect(categoryListOn("2024-12-31")?.version).toBe("RMTJ-2020");
    expect(categoryListOn("2025-01-01")?.version).toBe("ZJ-MTZX-2025");
    expect(categoryListOn("2026-11-23")?.categories).toContain("拖欠农民工工资");
  });

  it("knows no list before the first one took effect", () => {
    expect(categoryListOn("2019-12-31")).toBeUndefined();
  });

  it("keeps added categories out of the older list", () => {
    expect(categoryListOn("2024-06-01")?.categories).not.toContain("海事渔事");
  });
});
