import { describe, expect, it } from "vitest";
import { groupLoader, rowLoader } from "./loaders.js";

describe("request-scoped loaders", () => {
  it("batches the loads of one tick into one fetch and answers each key, null when missing", async () => {
    const calls: (readonly string[])[] = [];
    const loader = rowLoader(
      async (codes: readonly string[]) => {
        calls.push(codes);
        return codes.filter((c) => c !== "missing").map((code) => ({ code, title: `t-${code}` }));
      },
      (row) => row.code,
    );
    const [a, b, missing] = await Promise.all([loader.load("a"), loader.load("b"), loader.load("missing")]);
    expect(calls).toEqual([["a", "b", "missing"]]);
    expect(a?.title).toBe("t-a");
    expect(b?.title).toBe("t-b");
    expect(missing).toBeNull();
  });

  it("groups one-to-many rows by key, keeping fetch order, with empty lists for keys without rows", async () => {
    let fetches = 0;
    const loader = groupLoader(
      async () => {
        fetches++;
        return [
          { disputeCode: "x", n: 1 },
          { disputeCode: "y", n: 2 },
          { disputeCode: "x", n: 3 },
        ];
      },
      (row) => row.disputeCode,
    );
    const [x, y, z] = await Promise.all([loader.load("x"), loader.load("y"), loader.load("z")]);
    expect(fetches).toBe(1);
    expect(x.map((r) => r.n)).toEqual([1, 3]);
    expect(y.map((r) => r.n)).toEqual([2]);
    expect(z).toEqual([]);
  });
});
