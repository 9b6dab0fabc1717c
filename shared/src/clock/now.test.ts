import { describe, expect, it } from "vitest";
import { currentTime, runAtOffset } from "./now.js";

const DAY = 86_400_000;

describe("currentTime", () => {
  it("is real time outside a simulated run", () => {
    expect(Math.abs(currentTime().getTime() - Date.now())).toBeLessThan(50);
  });

  it("is moved by the offset inside a run, across awaits, and back to real time after it", async () => {
    const seen = await runAtOffset(10 * DAY, async () => {
      const first = currentTime().getTime() - Date.now();
      await new Promise((resolve) => setTimeout(resolve, 5));
      return [first, currentTime().getTime() - Date.now()];
    });
    for (const offset of seen) expect(Math.abs(offset - 10 * DAY)).toBeLessThan(50);
    expect(Math.abs(currentTime().getTime() - Date.now())).toBeLessThan(50);
  });

  it("keeps concurrent runs apart", async () => {
    const at = (offset: number) =>
      runAtOffset(offset, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return Math.round((currentTime().getTime() - Date.now()) / DAY);
      });
    expect(await Promise.all([at(DAY), at(-3 * DAY), at(7 * DAY)])).toEqual([1, -3, 7]);
  });
});
