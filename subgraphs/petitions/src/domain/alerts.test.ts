import { describe, expect, it } from "vitest";
import {
  aggregateView,
  alertInRegion,
  dueSoonAlerts,
  groupDisputeAlerts,
  alertStep,
  planAlerts,
  regionalView,
  repeatedPetitionAlerts,
  surgeAlerts,
} from "./alerts.js";

const asOf = new Date("2026-11-20T08:00:00+08:00");
const daysBefore = (n: number) => new Date(asOf.getTime() - n * 86_400_000);

describe("repeated petitions (重复诉求)", () => {
  it("raises one alert for a party with three disputes in 90 days, listing them", () => {
    const alerts = repeatedPetitionAlerts(
      [
        { partyId: "PA", code: "3", registeredAt: daysBefore(1) },
        { partyId: "PA", code: "1", registeredAt: daysBefore(80) },
        { partyId: "PA", code: "2", registeredAt: daysBefore(40) },
        { partyId: "PA", code: "2", registeredAt: daysBefore(40) }, // same dispute twice (two roles)
        { partyId: "PB", code: "4", registeredAt: daysBefore(2) },
        { partyId: "PB", code: "5", registeredAt: daysBefore(3) },
      ],
      asOf,
    );
    expect(alerts).toEqual([
      expect.objectContaining({ key: "REPEATED_PETITION|PA", count: 3, disputeCodes: ["1", "2", "3"] }),
    ]);
  });

  it("ignores disputes outside the window", () => {
    const rows = [1, 2, 91].map((d, i) => ({ partyId: "PA", code: String(i), registeredAt: daysBefore(d) }));
    expect(repeatedPetitionAlerts(rows, asOf)).toEqual([]);
  });
});

describe("group disputes and due-soon clocks", () => {
  it("flags open disputes of five or more people", () => {
    const alerts = groupDisputeAlerts([
      { code: "A", title: "六名工人追讨欠薪", peopleInvolved: 6 },
      { code: "B", title: "邻里漏水", peopleInvolved: 2 },
    ]);
    expect(alerts.map((a) => a.key)).toEqual(["GROUP_DISPUTE|A"]);
    expect(alerts[0]!.summary).toContain("6人");
  });

  it("keys due-soon alerts by dispute and clock", () => {
    const [alert] = dueSoonAlerts([
      { code: "A", title: "邻里漏水", clockKind: "centerServiceOrdinary", remainingDays: 1 },
    ]);
    expect(alert).toMatchObject({ key: "DUE_SOON|A|centerServiceOrdinary", count: 1 });
    expect(alert!.summary).toBe("「邻里漏水」中心办理时限（一般）还剩1日届满");
  });

  it("describes a surge against last year", () => {
    const [alert] = surgeAlerts(
      [{ dimension: "RESPONDENT", key: "91330122MA2XXXXX0X", label: "某美容店", count: 12, baseline: 2, ratio: 6 }],
      "2026-10-22",
    );
    expect(alert).toMatchObject({ count: 12, baseline: 2, key: "SURGE|RESPONDENT|91330122MA2XXXXX0X|2026-10-22" });
    expect(alert!.summary).toContain("6.0倍");
  });
});

describe("planning a detection run", () => {
  const candidate = (key: string, count: number, kind: "SURGE" | "DUE_SOON" = "SURGE") => ({
    kind,
    key,
    summary: "",
    count,
    baseline: null,
    disputeCodes: [],
  });

  it("creates new matters, refreshes open ones that changed, leaves unchanged ones alone", () => {
    const plan = planAlerts(
      [
        { key: "a", status: "NEW", count: 5 },
        { key: "b", status: "ACKNOWLEDGED", count: 7 },
      ],
      [candidate("a", 6), candidate("b", 7), candidate("c", 1)],
    );
    expect(plan.create.map((c) => c.key)).toEqual(["c"]);
    expect(plan.refresh.map((c) => c.key)).toEqual(["a"]);
  });

  it("raises a handled matter again only when it grew", () => {
    const handled = [{ key: "a", status: "HANDLED" as const, count: 5 }];
    expect(planAlerts(handled, [candidate("a", 5)]).create).toEqual([]);
    expect(planAlerts(handled, [candidate("a", 9)]).create.map((c) => c.count)).toEqual([9]);
    expect(planAlerts([{ key: "d", status: "HANDLED", count: 2 }], [candidate("d", 1, "DUE_SOON")]).create).toEqual([]);
  });

  it("refreshes the open alert when a handled one with the same key exists too", () => {
    const plan = planAlerts(
      [
        { key: "a", status: "HANDLED", count: 5 },
        { key: "a", status: "NEW", count: 9 },
      ],
      [candidate("a", 10)],
    );
    expect(plan).toEqual({ create: [], refresh: [expect.objectContaining({ key: "a", count: 10 })] });
  });
});

describe("the aggregate view (cockpit viewer)", () => {
  it("keeps kind and figures and drops codes, titles, handlers and notes", () => {
    const worked = { acknowledgedBy: "officer-1", handledBy: "officer-1", handlingNote: "已联系张某某，约定次日调解" };
    const [group] = groupDisputeAlerts([
      { code: "330122-2026-000123-7", title: "张家村土地流转款纠纷", peopleInvolved: 9 },
    ]);
    const [due] = dueSoonAlerts([
      { code: "330122-2026-000124-5", title: "李某欠薪", clockKind: "peopleMediation", remainingDays: 0 },
    ]);
    expect(aggregateView({ ...group!, ...worked })).toEqual({
      ...group,
      summary: "群体性纠纷：一件纠纷涉及9人",
      disputeCodes: [],
      acknowledgedBy: null,
      handledBy: null,
      handlingNote: null,
    });
    expect(aggregateView({ ...due!, ...worked }).summary).toBe("即将超期：一件纠纷的办理时限今日届满");
    const [surge] = surgeAlerts(
      [{ dimension: "RESPONDENT", key: "k", label: "某连锁美容院", count: 12, baseline: 0, ratio: 12 }],
      "2026-08-04",
    );
    const seen = aggregateView({ ...surge!, disputeCodes: ["330122-2026-000125-3"], ...worked });
    expect(seen).toMatchObject({
      summary: surge!.summary,
      count: 12,
      baseline: 0,
      disputeCodes: [],
      handlingNote: null,
    });
  });
});

describe("alerts by region (a county commander's, a province leader's)", () => {
  // A party who brought matters in 桐庐县 (330122) and 普陀区 (330903).
  const [repeated] = repeatedPetitionAlerts(
    [
      { partyId: "P1", code: "330122260000101", registeredAt: daysBefore(3) },
      { partyId: "P1", code: "330122260000102", registeredAt: daysBefore(2) },
      { partyId: "P1", code: "330903260000103", registeredAt: daysBefore(1) },
    ],
    asOf,
  );

  it("concerns the regions of the disputes behind it", () => {
    expect(alertInRegion(repeated!.disputeCodes, "330903")).toBe(true);
    expect(alertInRegion(repeated!.disputeCodes, "3309")).toBe(true);
    expect(alertInRegion(repeated!.disputeCodes, "33")).toBe(true);
    expect(alertInRegion(repeated!.disputeCodes, "330127")).toBe(false);
    expect(alertInRegion([], "330122")).toBe(false);
    // A caller without a region claim is not narrowed.
    expect(alertInRegion([], undefined)).toBe(true);
  });

  it("shows a narrowed caller their region's evidence only, with the matter's figures", () => {
    expect(regionalView(repeated!, "330903")).toEqual({ ...repeated, disputeCodes: ["330903260000103"] });
    expect(regionalView(repeated!, "330122").disputeCodes).toEqual(["330122260000101", "330122260000102"]);
    expect(regionalView(repeated!, "330122").count).toBe(3);
    expect(regionalView(repeated!, undefined)).toBe(repeated);
  });
});

describe("alert status", () => {
  it.each([
    ["NEW", "ACKNOWLEDGE", "ACKNOWLEDGED"],
    ["NEW", "HANDLE", "HANDLED"],
    ["ACKNOWLEDGED", "HANDLE", "HANDLED"],
    ["ACKNOWLEDGED", "ACKNOWLEDGE", "ALREADY_ACKNOWLEDGED"],
    ["HANDLED", "HANDLE", "ALREADY_HANDLED"],
  ] as const)("%s + %s → %s", (status, action, expected) => {
    const step = alertStep(status, action);
    expect(step.ok ? step.status : step.reason).toBe(expected);
  });
});
