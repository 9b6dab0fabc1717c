import { describe, expect, it } from "vitest";
import { namingProblems } from "./naming-guard.js";

const link = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])`;

describe("the naming guard", () => {
  it("refuses an enum two departments define alike, which composition would merge silently", () => {
    const satisfaction = `enum Satisfaction { SATISFIED UNSATISFIED }`;
    const problems = namingProblems([
      { name: "petitions", sdl: `${link}\n${satisfaction}\ntype Query { a: Satisfaction }` },
      { name: "legal-aid", sdl: `${link}\n${satisfaction}\ntype Query { b: Satisfaction }` },
    ]);
    expect(problems).toContainEqual(expect.stringMatching(/^Satisfaction is defined by petitions, legal-aid/));
  });

  it("refuses the same root field or input in two subgraphs, and accepts entities and the reviewed shared types", () => {
    const problems = namingProblems([
      {
        name: "petitions",
        sdl: `${link}\ntype Dispute @key(fields: "code") { code: ID! }\ntype PageInfo @shareable { hasNextPage: Boolean! }\ninput FollowUpInput { note: String }\ntype Mutation { recordFollowUp(input: FollowUpInput): Boolean }`,
      },
      {
        name: "legal-aid",
        sdl: `${link}\ntype Dispute @key(fields: "code") { code: ID! legalAid: Boolean }\ntype PageInfo @shareable { hasNextPage: Boolean! }\ninput FollowUpInput { note: String }\ntype Mutation { recordFollowUp(input: FollowUpInput): Boolean }`,
      },
    ]);
    expect(problems.some((p) => p.startsWith("Dispute") || p.startsWith("PageInfo"))).toBe(false);
    expect(problems).toContainEqual(expect.stringMatching(/^FollowUpInput is defined by petitions, legal-aid/));
    expect(problems).toContainEqual(
      expect.stringMatching(/^Mutation.recordFollowUp is defined by petitions, legal-aid/),
    );
  });

  it("asks a department's own types for its prefix; an input named after its own mutation or query passes", () => {
    const problems = namingProblems([
      {
        name: "legal-aid",
        sdl: `${link}\nenum ServiceRating { GOOD }\nenum LegalAidServiceRating { GOOD }\ninput RateLegalAidServiceInput { rating: LegalAidServiceRating }\ninput EligibilityInput { income: Int }\ntype Mutation { rateLegalAidService(input: RateLegalAidServiceInput): ServiceRating }\ntype Query { eligibility(input: EligibilityInput): Boolean }`,
      },
    ]);
    expect(problems).toEqual(["ServiceRating (legal-aid) must start with LegalAid, the department's prefix"]);
  });
});
