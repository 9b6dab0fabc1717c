import { describe, expect, it } from "vitest";
import { applicantIdentifiers, isPossibleDuplicate, type PartyKey } from "./duplicates.js";

const zhou: PartyKey = { role: "APPLICANT", name: "周秀英", residentId: "330122196805120026", creditCode: null };
const factory: PartyKey = {
  role: "RESPONDENT",
  name: "桐庐某针织服装厂",
  residentId: null,
  creditCode: "91330122MA2H3K4L5P",
};
const at = new Date("2026-10-20T02:00:00Z");
const earlier = (days: number) => new Date(at.getTime() - days * 86_400_000);

describe("possible duplicates (重复诉求)", () => {
  const incoming = { category: "劳动争议", parties: [zhou, factory] };

  it("flags the same applicant, respondent and category within the window", () => {
    expect(
      isPossibleDuplicate(
        incoming,
        { code: "A", category: "劳动争议", registeredAt: earlier(10), parties: [zhou, factory] },
        at,
        90,
      ),
    ).toBe(true);
  });

  it("does not flag outside the window, another category or another respondent", () => {
    expect(
      isPossibleDuplicate(
        incoming,
        { code: "A", category: "劳动争议", registeredAt: earlier(91), parties: [zhou, factory] },
        at,
        90,
      ),
    ).toBe(false);
    expect(
      isPossibleDuplicate(
        incoming,
        { code: "A", category: "合同", registeredAt: earlier(1), parties: [zhou, factory] },
        at,
        90,
      ),
    ).toBe(false);
    const other = { ...factory, creditCode: "91330122MA27XQ6U4B", name: "另一家公司" };
    expect(
      isPossibleDuplicate(
        incoming,
        { code: "A", category: "劳动争议", registeredAt: earlier(1), parties: [zhou, other] },
        at,
        90,
      ),
    ).toBe(false);
  });

  it("matches respondents known only by name, ignoring spaces", () => {
    const byName: PartyKey = { role: "RESPONDENT", name: "城南 街道办事处", residentId: null, creditCode: null };
    const same = { ...byName, name: "城南街道办事处" };
    expect(
      isPossibleDuplicate(
        { category: "损害赔偿", parties: [zhou, byName] },
        { code: "A", category: "损害赔偿", registeredAt: earlier(2), parties: [zhou, same] },
        at,
        90,
      ),
    ).toBe(true);
  });

  it("treats two matters without respondents as against the same (unknown) respondent", () => {
    expect(
      isPossibleDuplicate(
        { category: "损害赔偿", parties: [zhou] },
        { code: "A", category: "损害赔偿", registeredAt: earlier(2), parties: [zhou] },
        at,
        90,
      ),
    ).toBe(true);
  });

  it("needs a shared applicant identifier", () => {
    const stranger = { ...zhou, residentId: "330122199001010011" };
    expect(
      isPossibleDuplicate(
        incoming,
        { code: "A", category: "劳动争议", registeredAt: earlier(1), parties: [stranger, factory] },
        at,
        90,
      ),
    ).toBe(false);
    expect(applicantIdentifiers([zhou, factory])).toEqual(["330122196805120026"]);
  });
});
