import { expect, it } from "vitest";
import { givenFields } from "./audit.js";

it("names the given input fields, one level deep when asked, without their values", () => {
  const input = {
    disputeCode: "330122260000027",
    matter: "CLAIM_LABOUR_REMUNERATION",
    applicant: { name: "汪建新", residentId: "330122198503142016", phone: null, groups: ["MIGRANT_WORKER"] },
    householdSize: undefined,
    urgentDeadline: new Date("2026-12-01T00:00:00.000Z"),
  };
  const fields = givenFields(input, { nested: true });
  expect(fields).toEqual([
    "disputeCode",
    "matter",
    "applicant.name",
    "applicant.residentId",
    "applicant.groups",
    "urgentDeadline",
  ]);
  expect(JSON.stringify(fields)).not.toMatch(/汪建新|330122198503142016/);
  expect(givenFields(null)).toEqual([]);
});

it("names only the top-level fields by default, with an optional prefix", () => {
  expect(givenFields({ code: "1", respondent: { name: "某公司" }, note: null })).toEqual(["code", "respondent"]);
  expect(givenFields({ state: "REPLIED" }, { prefix: "input." })).toEqual(["input.state"]);
});
