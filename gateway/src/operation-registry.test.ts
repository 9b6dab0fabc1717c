import { describe, expect, it } from "vitest";
import { registerOperations } from "./operation-registry.js";
import { sha256 } from "./trusted-documents.js";

const v1 = {
  file: "app/v1.graphql",
  text: 'query Track($c: String!) { trackDispute(code: $c, verification: "1234") { status } }',
};
const v2 = {
  file: "app/v2.graphql",
  text: `# layout and comments do not matter
  query Track($c: String!) { trackDispute(code: $c, verification: "1234") { status leadDepartment } }
  query Me { me { id } }`,
};

describe("registerOperations", () => {
  it("adds new operations and keeps older ones, so clients still on the old version keep working", () => {
    const first = registerOperations({}, [v1]);
    expect(first.registered.map((r) => [r.name, r.isNew])).toEqual([["Track", true]]);
    const second = registerOperations(first.operations, [v2]);
    expect(second.registered.map((r) => [r.name, r.isNew])).toEqual([
      ["Track", true],
      ["Me", true],
    ]);
    expect(Object.keys(second.operations)).toHaveLength(3);
    expect(second.removed).toEqual([]);
    expect(Object.keys(second.operations)).toEqual(Object.keys(second.operations).sort());
  });

  it("prunes, when asked, every operation the given files no longer contain", () => {
    const old = registerOperations({}, [v1]).operations;
    const pruned = registerOperations(old, [v2], { prune: true });
    expect(pruned.removed).toEqual(Object.keys(old));
    expect(Object.keys(pruned.operations)).toHaveLength(2);
    for (const [hash, document] of Object.entries(pruned.operations)) expect(sha256(document)).toBe(hash);
  });

  it("registers the same document once, however it is laid out", () => {
    const again = registerOperations(registerOperations({}, [v1]).operations, [
      {
        file: "copy.graphql",
        text: `query Track($c: String!) {\n  trackDispute(code: $c, verification: "1234") {\n    status\n  }\n}`,
      },
    ]);
    expect(again.registered.map((r) => r.isNew)).toEqual([false]);
    expect(Object.keys(again.operations)).toHaveLength(1);
  });
});
