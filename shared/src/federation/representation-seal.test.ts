import { describe, expect, it } from "vitest";
import { sealList, unsealList } from "./representation-seal.js";

const SECRET = "a-test-party-id-secret-of-at-least-32-characters";

describe("representation seals", () => {
  it("opens the list the registry sealed, in any order", () => {
    const seal = sealList("dispute-parties", "330122260000016", ["PB", "PA"], SECRET);
    expect(unsealList("dispute-parties", "330122260000016", ["PA", "PB"], seal, SECRET)).toEqual(["PA", "PB"]);
  });

  it("refuses a list with an id added or swapped, another entity's seal, another kind, or no seal", () => {
    const seal = sealList("dispute-parties", "330122260000016", ["PA"], SECRET);
    expect(unsealList("dispute-parties", "330122260000016", ["PA", "PMALLORY"], seal, SECRET)).toBeUndefined();
    expect(unsealList("dispute-parties", "330122260000016", ["PMALLORY"], seal, SECRET)).toBeUndefined();
    expect(unsealList("dispute-parties", "330122260000025", ["PA"], seal, SECRET)).toBeUndefined();
    expect(unsealList("party-disputes", "330122260000016", ["PA"], seal, SECRET)).toBeUndefined();
    expect(unsealList("dispute-parties", "330122260000016", ["PA"], undefined, SECRET)).toBeUndefined();
    expect(unsealList("dispute-parties", "330122260000016", ["PA"], "bm90IGEgc2VhbA", SECRET)).toBeUndefined();
    expect(unsealList("dispute-parties", "330122260000016", ["PA"], seal, `${SECRET}-other`)).toBeUndefined();
  });

  it("does not let values run into each other", () => {
    const seal = sealList("party-disputes", "PA", ["1", "2"], SECRET);
    expect(unsealList("party-disputes", "PA", ["1\n2"], seal, SECRET)).toBeUndefined();
  });
});
