import { expect, it } from "vitest";
import { operationsWithoutPolicy } from "@onedoor/shared/testing/access-policy";
import "./subgraph.js";

it("every operation declares who may call it", () => {
  expect(operationsWithoutPolicy()).toEqual([]);
});
