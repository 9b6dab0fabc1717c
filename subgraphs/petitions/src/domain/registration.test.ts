import { describe, expect, it } from "vitest";
import {
  checkIdempotencyKey,
  checkRegistration,
  registrationHash,
  registrationSummary,
  type RegistrationInputData,
} from "./registration.js";

const now = new Date("2026-03-09T01:20:00Z");
const manhole = (): RegistrationInputData => ({
  title: "行人被凸起窨井盖绊倒致牙齿脱落索赔",
  description: "居民周秀英在城南街道迎春南路人行道被凸起的窨井盖绊倒，门牙脱落一颗。",
  category: "损害赔偿",
  region: "330122001003",
  amountInvolved: "3,800.50",
  peopleInvolved: 1,
  channel: "WALK_IN",
  parties: [{ kind: "PERSON", name: " 周秀英 ", residentId: "330122196805120024", phone: "138 5712 3456" }],
  respondents: [{ kind: "ORGANISATION", name: "桐庐县城南街道办事处" }],
});

function problems(input: RegistrationInputData) {
  const result = checkRegistration(input, now);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => [p.field.join("."), p.reason]);
}

describe("registration check (一窗受理)", () => {
  it("normalises a valid registration", () => {
    const result = checkRegistration(manhole(), now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      regionCode: "330122",
      localityCode: "330122001003",
      amountInvolved: "3800.50",
      categoryListVersion: "ZJ-MTZX-2025",
      parties: [
        { role: "APPLICANT", kind: "PERSON", name: "周秀英", residentId: "330122196805120024", phone: "13857123456" },
        { role: "RESPONDENT", kind: "ORGANISATION", name: "桐庐县城南街道办事处", creditCode: null },
      ],
    });
  });

  it("keeps a 12345 work order, only for a matter the hotline passed on, and hashes others as before", () => {
    const calledAt = new Date("2026-03-09T00:50:00Z");
    const order = { orderNumber: " ZS-20260309-0042 ", calledAt, requestType: "COMPLAINT" as const, urgent: true };
    const result = checkRegistration({ ...manhole(), channel: "HOTLINE_12345", hotlineOrder: order }, now);
    expect(result.ok && result.value).toMatchObject({
      hotlineOrderNumber: "ZS-20260309-0042",
      hotlineCalledAt: calledAt,
      hotlineRequestType: "COMPLAINT",
      urgent: true,
    });
    const plain = checkRegistration(manhole(), now);
    expect(plain.ok && Object.keys(plain.value)).not.toContain("hotlineOrderNumber");
    expect(problems({ ...manhole(), hotlineOrder: order })).toEqual([["input.hotlineOrder", "CHANNEL"]]);
    const later = { ...order, orderNumber: "工单 42", calledAt: new Date(now.getTime() + 60_000) };
    expect(problems({ ...manhole(), channel: "HOTLINE_12345", hotlineOrder: later })).toEqual([
      ["input.hotlineOrder.orderNumber", "FORMAT"],
      ["input.hotlineOrder.calledAt", "FUTURE"],
    ]);
  });

  it("reports every bad field at once, with its path", () => {
    const input = manhole();
    input.parties = [{ kind: "PERSON", name: "周秀英", residentId: "330122196805120025", phone: "12345" }];
    input.region = "339999";
    input.category = "外星人";
    expect(problems(input)).toEqual([
      ["input.category", "UNKNOWN"],
      ["input.region", "UNKNOWN"],
      ["input.parties.0.residentId", "CHECK_DIGIT"],
      ["input.parties.0.phone", "LENGTH"],
    ]);
  });

  it("refuses empty parties and over-long text", () => {
    expect(problems({ ...manhole(), parties: [] })).toEqual([["input.parties", "EMPTY"]]);
    expect(problems({ ...manhole(), description: "纠".repeat(5001) })).toEqual([["input.description", "LENGTH"]]);
    expect(checkRegistration({ ...manhole(), description: "纠".repeat(5000) }, now).ok).toBe(true);
  });

  it("requires applicants to be identifiable but not respondents", () => {
    const input = manhole();
    input.parties = [{ kind: "ORGANISATION", name: "浙江富春某实业有限公司" }];
    input.respondents = [{ kind: "PERSON", name: "张海明" }];
    expect(problems(input)).toEqual([["input.parties.0.creditCode", "EMPTY"]]);
    input.parties = [
      {
        kind: "ORGANISATION",
        name: "浙江富春某实业有限公司",
        creditCode: "91330122MA2H3K4L5U",
        legalRepresentative: "王志强",
      },
    ];
    expect(checkRegistration(input, now).ok).toBe(true);
  });

  it("checks amounts, head counts and a county-level region", () => {
    expect(problems({ ...manhole(), amountInvolved: "12.345" })).toEqual([["input.amountInvolved", "FORMAT"]]);
    expect(problems({ ...manhole(), peopleInvolved: 0 })).toEqual([["input.peopleInvolved", "LENGTH"]]);
    expect(problems({ ...manhole(), region: "330100" })).toEqual([["input.region", "FORMAT"]]);
  });

  it("hashes the normalised input, so a retry with other spacing is the same request", () => {
    const a = checkRegistration(manhole(), now);
    const b = checkRegistration(
      {
        ...manhole(),
        parties: [{ kind: "PERSON", name: "周秀英", residentId: "330122196805120024", phone: "13857123456" }],
      },
      now,
    );
    const c = checkRegistration({ ...manhole(), amountInvolved: "3800.51" }, now);
    if (!a.ok || !b.ok || !c.ok) throw new Error("expected valid input");
    expect(registrationHash(a.value)).toBe(registrationHash(b.value));
    expect(registrationHash(a.value)).not.toBe(registrationHash(c.value));
  });

  it("accepts only sane idempotency keys", () => {
    expect(checkIdempotencyKey(undefined)).toBeUndefined();
    expect(checkIdempotencyKey("window-3:2026-03-09:0001")).toBeUndefined();
    expect(checkIdempotencyKey("short")?.reason).toBe("FORMAT");
  });
});

describe("the registration's sentence on the timeline", () => {
  it("names the center, the category, and for a 12345 work order the channel and its number", () => {
    expect(registrationSummary({ regionName: "桐庐县", category: "邻里", channel: "WALK_IN" })).toBe(
      "桐庐县社会治理综合服务中心登记受理（邻里），赋解纷码",
    );
    expect(
      registrationSummary({
        regionName: "桐庐县",
        category: "消费",
        channel: "HOTLINE_12345",
        hotlineOrderNumber: "ZJ12345-20260903-330122-0417",
      }),
    ).toBe("桐庐县社会治理综合服务中心登记受理（消费），赋解纷码；12345热线转办（工单ZJ12345-20260903-330122-0417）");
    expect(registrationSummary({ regionName: "普陀区", category: "消费", channel: "HOTLINE_12345" })).toBe(
      "普陀区社会治理综合服务中心登记受理（消费），赋解纷码；12345热线转办",
    );
  });
});
