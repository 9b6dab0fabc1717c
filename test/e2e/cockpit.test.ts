// The data cockpit through the gateway: aggregates of the demo stories, formulas included, no personal data.
import { describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { randomInt } from "node:crypto";
import { as, AUDITOR, COCKPIT_VIEWER, COMMANDER, resident, STAFF, refusalFor } from "../support/callers.js";
import { residentId } from "../support/identities.js";
import { registerDispute } from "../support/registration.js";

const gql = sharedGateway(inject("gatewayUrl"));
const gatewayOrigin = inject("gatewayOrigin");
// The demo stories fall in this window; records made by tests (today) do not.
const DEMO_WINDOW = { from: "2026-01-01", to: "2026-11-10" };

const RATE = "value numerator denominator formula sameperiodLastYear";

describe("data cockpit", () => {
  it("shows intake and overall measures computed from the records, each with its formula", async () => {
    const { body } = await gql<{
      cockpit: {
        key: string;
        intake: {
          visitorTimes: { value: number; sameperiodLastYear: number };
          disputesAccepted: { value: number };
          channels: { label: string; count: number }[];
          zeroRunRate: { value: number; numerator: number; denominator: number; formula: string };
          oneRunRate: { numerator: number; denominator: number };
          onTheSpotRate: { numerator: number; denominator: number };
        };
        overall: {
          satisfactionRate: { value: number; numerator: number; denominator: number };
          closedRate: { numerator: number; denominator: number };
        };
      };
    }>(
      `query ($filter: CockpitFilter!) { cockpit(filter: $filter) {
        key
        intake { visitorTimes { value sameperiodLastYear formula } disputesAccepted { value } channels { label count }
                 zeroRunRate { ${RATE} } oneRunRate { ${RATE} } onTheSpotRate { ${RATE} } }
        overall { closedRate { ${RATE} } onTimeRate { ${RATE} } satisfactionRate { ${RATE} } topCategories { label count } overdueOpen { value formula } }
      } }`,
      { filter: DEMO_WINDOW },
    );
    expect(body.errors).toBeUndefined();
    const { intake, overall, key } = body.data!.cockpit;
    expect(key).toBe("2026-01-01|2026-11-10||");
    // The window's 7 visits, 4 mediation sessions attended in person (the wages story's joint session once) and
    // the wages story's consultation at the legal aid window.
    expect(intake.visitorTimes).toMatchObject({ value: 12, sameperiodLastYear: 0 });
    expect(intake.disputesAccepted.value).toBe(6);
    expect(intake.zeroRunRate).toMatchObject({ numerator: 1, denominator: 5, value: 0.2 });
    expect(intake.zeroRunRate.formula).toContain("零跑率");
    expect(intake.oneRunRate).toMatchObject({ numerator: 3, denominator: 5 });
    expect(intake.onTheSpotRate).toMatchObject({ numerator: 1, denominator: 6 });
    expect(overall.closedRate).toMatchObject({ numerator: 5, denominator: 6 });
    expect(overall.satisfactionRate).toMatchObject({ numerator: 5, denominator: 5, value: 1 });
    // Aggregates only: no name, ID or phone number of the seeded parties anywhere.
    expect(JSON.stringify(body)).not.toMatch(/周秀英|钱志明|王海军|1385712|330122196805120024/);
  });

  it("rejects a malformed or reversed period with field errors", async () => {
    const { body } = await gql(
      `{ cockpit(filter: { from: "2026-12-31", to: "2026-01-01", regionCode: "999999" }) { key } }`,
    );
    const problems = body.errors?.[0]?.extensions?.problems as { field: string[] }[];
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(problems.map((p) => p.field.join("."))).toEqual(expect.arrayContaining(["filter.to", "filter.regionCode"]));
  });

  it("fires the salon early warning from the seeded 12345 complaints, and only then", async () => {
    const WARNINGS = `query ($asOf: LocalDate, $first: Int, $after: String) {
      earlyWarnings(filter: { asOf: $asOf }, first: $first, after: $after) {
        totalCount
        edges { node { dimension key label count baseline ratio windowFrom windowTo explanation } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    type Warning = {
      dimension: string;
      key: string;
      label: string;
      count: number;
      baseline: number;
      windowFrom: string;
      explanation: string;
    };
    type Warnings = {
      earlyWarnings: {
        totalCount: number;
        edges: { node: Warning }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const before = await gql<Warnings>(WARNINGS, { asOf: "2026-09-02", first: 100 });
    expect(before.body.errors).toBeUndefined();
    const warnings = before.body.data!.earlyWarnings.edges.map((e) => e.node);
    expect(before.body.data!.earlyWarnings.totalCount).toBe(warnings.length);
    const salon = warnings.find((w) => w.dimension === "RESPONDENT");
    expect(salon).toMatchObject({
      key: "91330122MA2KDL8Q7N",
      label: "某连锁美容院（桐庐店）",
      count: 12,
      baseline: 0,
      windowFrom: "2026-08-04",
    });
    expect(salon!.explanation).toContain("达到预警条件");
    expect(warnings).toContainEqual(expect.objectContaining({ dimension: "CATEGORY", key: "消费", count: 12 }));
    // Complainants are people: their names never appear in a warning.
    expect(JSON.stringify(before.body)).not.toMatch(/方晓梅|蔡玉兰|1386710/);
    // One at a time, the pages give the same warnings in the same order.
    const paged: Warning[] = [];
    let after: string | null = null;
    do {
      const page: Warnings = (await gql<Warnings>(WARNINGS, { asOf: "2026-09-02", first: 1, after })).body.data!;
      paged.push(...page.earlyWarnings.edges.map((e) => e.node));
      after = page.earlyWarnings.pageInfo.hasNextPage ? page.earlyWarnings.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(warnings);

    const later = await gql<Warnings>(WARNINGS, { asOf: "2026-11-10", first: 100 });
    expect(later.body.data!.earlyWarnings.edges.filter((e) => e.node.dimension === "RESPONDENT")).toEqual([]);
  });
});

describe("trends and alert records", () => {
  it("gives monthly and weekly trends whose points add up to the headline figures", async () => {
    const { body } = await gql<{
      cockpit: { intake: { disputesAccepted: { value: number } }; month: Trend; week: Trend };
    }>(
      `query ($filter: CockpitFilter!) { cockpit(filter: $filter) {
        intake { disputesAccepted { value } }
        month: trend(granularity: MONTH) { granularity registered { start count } closed { start count } registeredLastYear { start count } }
        week: trend(granularity: WEEK) { granularity registered { start count } closed { start count } registeredLastYear { start count } }
      } }`,
      { filter: DEMO_WINDOW },
    );
    expect(body.errors).toBeUndefined();
    const { intake, month, week } = body.data!.cockpit;
    const sum = (points: { count: number }[]) => points.reduce((total, p) => total + p.count, 0);
    expect(month.registered).toHaveLength(11); // January to November, empty months included
    expect(sum(month.registered)).toBe(intake.disputesAccepted.value);
    expect(sum(week.registered)).toBe(intake.disputesAccepted.value);
    expect(week.registered[0]!.start).toBe("2025-12-29"); // the Monday of the week holding 1 January
    expect(sum(month.registeredLastYear)).toBe(0);
  });

  it("refuses a daily trend longer than the chart can show", async () => {
    const { body } = await gql(
      `{ cockpit(filter: { from: "2024-01-01", to: "2026-11-10" }) { trend(granularity: DAY) { granularity } } }`,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["granularity"] });
  });

  it("keeps the salon surge as an alert with its evidence, which the command center acknowledges and handles", async () => {
    const ALERTS = `query ($status: [AlertStatus!]) { alerts(filter: { kinds: [SURGE], statuses: $status }, first: 100) { edges { node { id kind status summary count baseline disputeCodes asOf acknowledgedBy handledBy handlingNote } } } }`;
    const seen = await gql<{ alerts: { edges: { node: Alert }[] } }>(ALERTS, {}, await as(COCKPIT_VIEWER));
    expect(seen.body.errors).toBeUndefined();
    const salon = seen.body.data!.alerts.edges.map((e) => e.node).find((a) => a.summary.includes("某连锁美容院"));
    expect(salon).toMatchObject({ status: "NEW", count: 12, baseline: 0, asOf: "2026-09-02" });
    // The evidence is the command center's; the cockpit viewer sees the figures.
    expect(salon!.disputeCodes).toEqual([]);
    const evidence = await gql<{ alerts: { edges: { node: Alert }[] } }>(ALERTS, {}, await as(COMMANDER));
    expect(
      evidence.body.data!.alerts.edges.map((e) => e.node).find((a) => a.id === salon!.id)?.disputeCodes,
    ).toHaveLength(12);
    expect(JSON.stringify(seen.body)).not.toMatch(/方晓梅|蔡玉兰|1386710/);

    const ACT = `mutation ($id: ID!) { acknowledgeAlert(input: { id: $id }) { status acknowledgedBy } }`;
    const byViewer = await gql(ACT, { id: salon!.id }, await as(COCKPIT_VIEWER));
    expect(byViewer.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const acknowledged = await gql<{ acknowledgeAlert: Alert }>(ACT, { id: salon!.id });
    expect(acknowledged.body.data!.acknowledgeAlert).toMatchObject({ status: "ACKNOWLEDGED" });
    const handled = await gql<{ handleAlert: Alert }>(
      `mutation ($id: ID!) { handleAlert(input: { id: $id, note: "联合调查：105人、48.5万元，次日上午联合调解化解" }) { status handledBy handlingNote } }`,
      { id: salon!.id },
    );
    expect(handled.body.data!.handleAlert).toMatchObject({
      status: "HANDLED",
      handlingNote: "联合调查：105人、48.5万元，次日上午联合调解化解",
    });

    const open = await gql<{ alerts: { edges: { node: Alert }[] } }>(ALERTS, {});
    expect(open.body.data!.alerts.edges.map((e) => e.node).map((a) => a.id)).not.toContain(salon!.id);
    const closed = await gql<{ alerts: { edges: { node: Alert }[] } }>(ALERTS, { status: ["HANDLED"] });
    expect(closed.body.data!.alerts.edges.map((e) => e.node).find((a) => a.id === salon!.id)?.handledBy).toBeTruthy();
    const closedForViewer = await gql<{ alerts: { edges: { node: Alert }[] } }>(
      ALERTS,
      { status: ["HANDLED"] },
      await as(COCKPIT_VIEWER),
    );
    expect(closedForViewer.body.data!.alerts.edges.map((e) => e.node).find((a) => a.id === salon!.id)).toMatchObject({
      status: "HANDLED",
      count: 12,
      handledBy: null,
      handlingNote: null,
    });
  });

  it("shows the cockpit viewer a group dispute's alert by kind and figure, never its code or title", async () => {
    const title = `某小区${randomInt(100_000, 1_000_000)}号楼业主电梯加装分摊纠纷`;
    const code = await registerDispute(gql, {
      title,
      description: "加装电梯费用分摊方案未获一楼住户同意，六户业主多次到社区反映。",
      category: "邻里",
      region: "330122",
      peopleInvolved: 6,
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "沈建平", residentId: residentId(), phone: "13968171146" }],
      respondents: [{ kind: "PERSON", name: "陆国华" }],
    });
    const detected = await gql<{ detectAlerts: number }>(
      `mutation { detectAlerts(input: {}) }`,
      {},
      await as(COMMANDER),
    );
    expect(detected.body.errors).toBeUndefined();

    const ALERTS = `{ alerts(filter: { kinds: [GROUP_DISPUTE] }, first: 100) { edges { node { id kind summary count disputeCodes handlingNote } } } }`;
    const worked = await gql<{ alerts: { edges: { node: Alert }[] } }>(ALERTS, {}, await as(COMMANDER));
    const alert = worked.body.data!.alerts.edges.map((e) => e.node).find((a) => a.disputeCodes.includes(code));
    expect(alert?.summary).toContain(title);

    const seen = await gql<{ alerts: { edges: { node: Alert }[] } }>(ALERTS, {}, await as(COCKPIT_VIEWER));
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data!.alerts.edges.map((e) => e.node).find((a) => a.id === alert!.id)).toEqual({
      id: alert!.id,
      kind: "GROUP_DISPUTE",
      summary: "群体性纠纷：一件纠纷涉及6人",
      count: 6,
      disputeCodes: [],
      handlingNote: null,
    });
    // No 解纷码 and no quoted title anywhere in what the viewer got.
    const text = JSON.stringify(seen.body);
    expect(text).not.toContain(code);
    expect(text).not.toContain(title);
    expect(text).not.toContain("「");
  });
});

interface Trend {
  granularity: string;
  registered: { start: string; count: number }[];
  closed: { start: string; count: number }[];
  registeredLastYear: { start: string; count: number }[];
}

interface Alert {
  id: string;
  kind: string;
  status: string;
  summary: string;
  count: number;
  baseline: number | null;
  disputeCodes: string[];
  asOf: string;
  acknowledgedBy: string | null;
  handledBy: string | null;
  handlingNote: string | null;
}

describe("who may read the cockpit", () => {
  const HEADLINE = `query ($filter: CockpitFilter!) { cockpit(filter: $filter) { intake { disputesAccepted { value } } overall { closedRate { numerator denominator } } } }`;

  it("the cockpit viewer reads the same aggregates as the commander (the default caller)", async () => {
    const commander = await gql(HEADLINE, { filter: DEMO_WINDOW });
    const viewer = await gql(HEADLINE, { filter: DEMO_WINDOW }, await as(COCKPIT_VIEWER));
    expect(viewer.body.errors).toBeUndefined();
    expect(viewer.body.data).toEqual(commander.body.data);
    expect(viewer.body.data).toMatchObject({ cockpit: { intake: { disputesAccepted: { value: 6 } } } });
  });

  it("refuses anonymous callers (UNAUTHENTICATED), residents, the auditor and department staff (FORBIDDEN)", async () => {
    for (const caller of [null, resident("330122196805120024"), AUDITOR, STAFF.mediation]) {
      const { status, body } = await gql(HEADLINE, { filter: DEMO_WINDOW }, await as(caller));
      expect(status).toBe(200);
      expect(body.data?.cockpit ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe(refusalFor(caller));
    }
  });

  it("offers a development cockpit-viewer token (for the page under npm start), and no staff role", async () => {
    const response = await fetch(`${gatewayOrigin}/dev/token?role=cockpitViewer`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { token } = (await response.json()) as { token: string };
    const { body } = await gql(HEADLINE, { filter: DEMO_WINDOW }, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    expect((await fetch(`${gatewayOrigin}/dev/token?role=mediator`)).status).toBe(400);
  });
});
