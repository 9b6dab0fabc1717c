import { expect, it } from "vitest";
import { publicRootFields } from "@onedoor/shared/auth/access";
import { operationsWithoutPolicy } from "@onedoor/shared/testing/access-policy";
import "./subgraph.js";

it("every operation declares who may call it", () => {
  expect(operationsWithoutPolicy()).toEqual([]);
});

it("opens to anonymous callers only what it declares public", () => {
  expect([...publicRootFields()]).toEqual([]);
});
