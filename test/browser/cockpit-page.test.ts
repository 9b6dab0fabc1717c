// The cockpit page in a real browser (Debian's Chromium, headless): it asks for a token, reads the graph
// with it, its numbers, trend, departments, regions and alerts match the graph, a department that is down
// shows as unavailable while the rest renders, a dispute registered while it is open shows without a reload
// (it follows cockpitChanged), and a screenshot is kept (test/artifacts/cockpit.png).
import { describe, expect, it } from "vitest";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page, Request } from "playwright-core";
import { seededSystemWithBrowser } from "../support/browser.js";
import { REPO_ROOT } from "@onedoor/shared/db/database";
import { graphql } from "../support/system.js";
import { as, COCKPIT_VIEWER, tokenFor } from "../support/callers.js";
import { residentId } from "../support/identities.js";
import { registerDispute } from "../support/registration.js";

// Over 62 days and under a year: the page asks for weekly trend buckets.
const WINDOW = { from: "2026-01-01", to: "2026-11-10" };

interface Rate {
  value: number | null;
  numerator: number;
  denominator: number;
}
interface Point {
  start: string;
  count: number;
}
interface Item {
  label: string;
  count: number;
}
interface Place {
  code: string;
  name: string | null;
  count: number;
}
interface Expected {
  cockpit: {
    intake: { disputesAccepted: { value: number }; zeroRunRate: Rate; places: Place[] };
    overall: { satisfactionRate: Rate };
    trend: { registered: Point[]; closed: Point[]; registeredLastYear: Point[] };
    mediation: { successRate: Rate; agreementPerformanceRate: Rate; byCommittee: Item[] };
    arbitration: { awardedOnTime: Rate };
    litigation: { preFilingResolutionRate: Rate };
    legalAid: { grantRate: Rate };
  };
  alerts: { id: string; kind: string; status: string; summary: string }[];
}

type Answered = Omit<Expected, "alerts"> & { alerts: { edges: { node: Expected["alerts"][number] }[] } };

const EXPECTED = `query ($filter: CockpitFilter!) {
  cockpit(filter: $filter) {
    intake { disputesAccepted { value } zeroRunRate { value numerator denominator } places { code name count } }
    overall { satisfactionRate { value numerator denominator } }
    trend(granularity: WEEK) { registered { start count } closed { start count } registeredLastYear { start count } }
    mediation { successRate { value numerator denominator } agreementPerformanceRate { value numerator denominator } byCommittee { label count } }
    arbitration { awardedOnTime { value numerator denominator } }
    litigation { preFilingResolutionRate { value numerator denominator } }
    legalAid { grantRate { value numerator denominator } }
  }
  alerts(first: 10) { edges { node { id kind status summary } } }
}`;

const percent = (rate: Rate) => (rate.value === null ? "—" : `${(rate.value * 100).toFixed(1)}%`);

/** What ECharts drew in a chart container: its category axis and each series' data. */
function chartData(page: Page, id: string) {
  return page.evaluate((id) => {
    type Option = {
      xAxis: { data?: string[] }[];
      yAxis: { data?: string[] }[];
      series: { name?: string; data: number[] }[];
    };
    const { echarts } = window as unknown as {
      echarts: { getInstanceByDom(el: HTMLElement): { getOption(): Option } | undefined };
    };
    const option = echarts.getInstanceByDom(document.getElementById(id)!)!.getOption();
    const categoryAxis = option.xAxis[0]?.data?.length ? option.xAxis[0] : option.yAxis[0];
    return { categories: categoryAxis?.data ?? [], series: option.series.map((s) => ({ name: s.name, data: s.data })) };
  }, id);
}

describe("cockpit page", () => {
  const own = seededSystemWithBrowser();

  const openCockpit = async (token: string) => {
    const page = await own.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${own.system.gatewayOrigin}/cockpit/?from=${WINDOW.from}&to=${WINDOW.to}#token=${token}`);
    await page.waitForSelector("body[data-loaded]", { timeout: 30_000 });
    return page;
  };

  it("renders the graph's numbers, trend, departments, regions and alerts", async () => {
    const { body } = await graphql<Answered>(
      own.system.gatewayUrl,
      EXPECTED,
      { filter: WINDOW },
      await as(COCKPIT_VIEWER),
    );
    expect(body.errors).toBeUndefined();
    const expected: Expected = { ...body.data!, alerts: body.data!.alerts.edges.map((edge) => edge.node) };
    // The seeded salon complaints raised a surge alert (the domain notes' story).
    const salon = expected.alerts.find((a) => a.kind === "SURGE" && a.summary.includes("某连锁美容院"));
    expect(salon).toBeDefined();

    const token = await tokenFor(COCKPIT_VIEWER);
    const failed: string[] = [];
    const requests: { url: string; authorization?: string }[] = [];
    const page = await own.browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on("requestfailed", (request) => failed.push(request.url()));
    page.on("request", (request) =>
      requests.push({ url: request.url(), authorization: request.headers().authorization }),
    );
    await page.goto(`${own.system.gatewayOrigin}/cockpit/?from=${WINDOW.from}&to=${WINDOW.to}#token=${token}`);
    await page.waitForSelector("body[data-loaded]", { timeout: 30_000 });
    // The token left the address bar, never went to the server in a URL, and went with the query.
    expect(page.url()).not.toContain("token");
    expect(requests.filter((r) => r.url.includes(token))).toEqual([]);
    expect(requests.find((r) => r.url.endsWith("/graphql"))?.authorization).toBe(`Bearer ${token}`);

    const text = (measure: string) => page.locator(`[data-measure="${measure}"] .value`).innerText();
    const { cockpit } = expected;
    expect(await text("disputesAccepted")).toBe(String(cockpit.intake.disputesAccepted.value));
    expect(await text("zeroRunRate")).toBe(percent(cockpit.intake.zeroRunRate));
    expect(await text("satisfactionRate")).toBe(percent(cockpit.overall.satisfactionRate));
    expect(await page.locator('[data-measure="zeroRunRate"]').getAttribute("title")).toContain("零跑率");

    // Each department's headline rates, with their formula on hover.
    expect(await text("mediation.successRate")).toBe(percent(cockpit.mediation.successRate));
    expect(await text("mediation.agreementPerformanceRate")).toBe(percent(cockpit.mediation.agreementPerformanceRate));
    expect(await text("arbitration.awardedOnTime")).toBe(percent(cockpit.arbitration.awardedOnTime));
    expect(await text("litigation.preFilingResolutionRate")).toBe(percent(cockpit.litigation.preFilingResolutionRate));
    expect(await text("legalAid.grantRate")).toBe(percent(cockpit.legalAid.grantRate));
    expect(await page.locator('[data-measure="mediation.successRate"] .compare').innerText()).toContain(
      `${cockpit.mediation.successRate.numerator}/${cockpit.mediation.successRate.denominator}`,
    );
    expect(await page.locator('[data-measure="arbitration.awardedOnTime"]').getAttribute("title")).toContain(
      "按期裁决率",
    );
    expect(await page.locator(".department .unavailable").count()).toBe(0);

    // The trend: weekly for this window, the same buckets and counts as the graph's.
    const trend = await chartData(page, "trend");
    expect(trend.categories).toHaveLength(cockpit.trend.registered.length);
    expect(trend.series).toEqual([
      { name: "受理", data: cockpit.trend.registered.map((p) => p.count) },
      { name: "办结", data: cockpit.trend.closed.map((p) => p.count) },
      { name: "去年同期受理", data: cockpit.trend.registeredLastYear.map((p) => p.count) },
    ]);
    expect(await page.locator("#trend canvas").count()).toBeGreaterThan(0);

    // Mediation by committee as a bar chart (largest at the top, so drawn reversed).
    const committees = await chartData(page, "committees");
    expect(committees.categories).toEqual(cockpit.mediation.byCommittee.map((c) => c.label).reverse());
    expect(committees.series[0]!.data).toEqual(cockpit.mediation.byCommittee.map((c) => c.count).reverse());
    expect(await page.locator("#committees canvas").count()).toBeGreaterThan(0);

    // Places ranked as the graph ranks them, shown by name (a township's name, not its code).
    const places = await page.locator("#regions li[data-region]").evaluateAll((items) =>
      items.map((li) => ({
        code: li.getAttribute("data-region"),
        name: li.querySelector(".region")!.textContent,
        count: Number(li.querySelector(".count")!.textContent),
      })),
    );
    expect(places).toEqual(cockpit.intake.places.map((p) => ({ ...p, name: p.name ?? p.code })));
    expect(cockpit.intake.places.some((p) => p.code.length === 9 && p.name !== null)).toBe(true);

    // Alerts: the graph's ten newest open ones in order, with kind and status badges.
    expect(
      await page
        .locator("#alerts li[data-alert]")
        .evaluateAll((items) => items.map((li) => li.getAttribute("data-alert"))),
    ).toEqual(expected.alerts.map((a) => a.id));
    const salonItem = page.locator(`#alerts li[data-alert="${salon!.id}"]`);
    expect(await salonItem.locator(".summary").innerText()).toBe(salon!.summary);
    expect(await salonItem.locator(".badge").allInnerTexts()).toEqual([
      "投诉激增",
      salon!.status === "NEW" ? "新预警" : "已签收",
    ]);

    // ECharts drew into each chart container, and everything came from our own origin.
    for (const id of ["channels", "categories", "rates"])
      expect(await page.locator(`#${id} canvas`).count()).toBeGreaterThan(0);
    expect(failed).toEqual([]);

    const artifacts = join(REPO_ROOT, "test", "artifacts");
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "cockpit.png"), fullPage: true });
    await page.close();
  });

  it("picks trend buckets from the period's length", async () => {
    const page = await openCockpit(await tokenFor(COCKPIT_VIEWER));
    const buckets = await page.evaluate(() => {
      const { granularityFor } = window as unknown as { granularityFor(from: string, to: string): string };
      return [
        granularityFor("2026-01-01", "2026-03-03"), // 62 days
        granularityFor("2026-01-01", "2026-03-04"), // 63 days
        granularityFor("2026-01-01", "2026-12-31"), // one year
        granularityFor("2026-01-01", "2027-01-01"), // a year and a day
      ];
    });
    expect(buckets).toEqual(["DAY", "WEEK", "WEEK", "MONTH"]);
    await page.close();
  });

  it("asks for a token first, and in development offers a cockpit-viewer token", async () => {
    const page = await own.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const queries: string[] = [];
    page.on("request", (request) => void (request.url().endsWith("/graphql") && queries.push(request.url())));
    await page.goto(`${own.system.gatewayOrigin}/cockpit/?from=${WINDOW.from}&to=${WINDOW.to}`);
    await page.waitForSelector("#sign-in:not([hidden])");
    expect(await page.locator("body[data-loaded]").count()).toBe(0);
    expect(queries).toEqual([]);

    // A token of a role without access to the cockpit is refused, and the page says so.
    await page.fill(
      '#sign-in-form input[name="token"]',
      await tokenFor({ roles: ["auditor"], sub: "auditor-browser" }),
    );
    await page.click('#sign-in-form button[type="submit"]');
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.includes("无权"));
    expect(await page.locator("#sign-in").isVisible()).toBe(true);

    await page.click("#dev-token");
    await page.waitForSelector("body[data-loaded]", { timeout: 30_000 });
    expect(await page.locator('[data-measure="disputesAccepted"] .value').innerText()).toMatch(/^\d+$/);
    await page.close();
  });

  it("follows cockpitChanged: a dispute registered meanwhile shows without a reload, and the page says it is live", async () => {
    // The dispute is stored now: the period is today and tomorrow, China time (it could fall after midnight),
    // after the window the other tests compare.
    const chinaDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
    const period = { from: chinaDay(Date.now()), to: chinaDay(Date.now() + 86_400_000) };
    const token = await tokenFor(COCKPIT_VIEWER);
    const page = await own.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const isStream = (request: Request) =>
      request.url().endsWith("/graphql") && request.headers().accept === "text/event-stream";
    const streams: Request[] = [];
    const queries: Request[] = [];
    page.on("request", (request) => {
      if (isStream(request)) streams.push(request);
      else if (request.postData()?.includes('"operationName":"Cockpit"')) queries.push(request);
    });
    await page.goto(`${own.system.gatewayOrigin}/cockpit/?from=${period.from}&to=${period.to}#token=${token}`);
    await page.waitForSelector("body[data-loaded]", { timeout: 30_000 });
    // The gateway answers the stream once the subscription follows the feed; the page then says 实时.
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.startsWith("实时"));
    expect(streams).toHaveLength(1);
    expect(streams[0]!.headers().authorization).toBe(`Bearer ${token}`);
    expect(JSON.parse(streams[0]!.postData()!)).toMatchObject({
      operationName: "CockpitChanged",
      variables: { filter: period, granularity: "DAY" },
    });

    const accepted = () => page.locator('[data-measure="disputesAccepted"] .value').innerText();
    const before = Number(await accepted());
    const register = (name: string) =>
      registerDispute((query, variables) => graphql(own.system.gatewayUrl, query, variables), {
        title: "装修噪音扰民纠纷",
        description: "楼上住户装修期间每日清晨施工，噪音扰民，多次沟通未果。",
        category: "邻里",
        region: "330122",
        peopleInvolved: 2,
        channel: "WALK_IN",
        parties: [{ kind: "PERSON", name, residentId: residentId(), phone: "13968174453" }],
        respondents: [{ kind: "PERSON", name: "孙建国" }],
      });
    await register("钱丽萍");
    const queriesBefore = queries.length;
    await expect.poll(accepted, { timeout: 30_000 }).toBe(String(before + 1));
    // Drawn from the subscription's result: the page did not read the graph again.
    expect(queries).toHaveLength(queriesBefore);
    expect(await page.locator("#status").innerText()).toMatch(/^实时 · 已更新 /);

    // The connection drops (cut here from the page's side): the page says so, opens the stream again with
    // the id of the last event it received, and follows on.
    const closed = (request: Request) => page.waitForEvent("requestfailed", (r) => r === request);
    const cut = closed(streams[0]!);
    await page.evaluate("live.controller.abort()");
    await cut;
    await expect.poll(() => streams.length, { timeout: 10_000 }).toBe(2);
    expect(streams[1]!.headers()["last-event-id"]).toMatch(/^\d+:[0-9a-f-]{36}$/);
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.startsWith("实时"));
    await register("赵晓燕");
    await expect.poll(accepted, { timeout: 30_000 }).toBe(String(before + 2));
    expect(queries).toHaveLength(queriesBefore);

    // Another filter closes the stream and follows the new one; signing out closes it.
    const replaced = closed(streams[1]!);
    const later = chinaDay(Date.now() + 2 * 86_400_000);
    await page.fill('#scope input[name="to"]', later);
    await page.click('#scope button[type="submit"]');
    await replaced;
    await expect.poll(() => streams.length).toBe(3);
    expect(JSON.parse(streams[2]!.postData()!).variables.filter).toMatchObject({ from: period.from, to: later });
    expect(streams[2]!.headers()["last-event-id"]).toBeUndefined();
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.startsWith("实时"));
    const signedOut = closed(streams[2]!);
    await page.click("#sign-out");
    await signedOut;
    expect(await page.locator("#status").innerText()).toBe("已退出");
    expect(streams).toHaveLength(3);
    await page.close();
  });

  // Last: it stops a department.
  it("shows a department that is down as unavailable and renders the rest", async () => {
    await own.system.stopProcess("arbitration");
    const { body } = await graphql<{ cockpit: { arbitration: null; mediation: { successRate: Rate } } }>(
      own.system.gatewayUrl,
      `
        query ($filter: CockpitFilter!) {
          cockpit(filter: $filter) {
            arbitration {
              accepted {
                value
              }
            }
            mediation {
              successRate {
                value
                numerator
                denominator
              }
            }
          }
        }
      `,
      { filter: WINDOW },
      await as(COCKPIT_VIEWER),
    );
    expect(body.data?.cockpit.arbitration).toBeNull();
    const outage = body.errors?.find((e) => e.extensions?.subgraph === "arbitration");
    expect(outage?.extensions?.code).toBe("SUBGRAPH_UNAVAILABLE");

    const page = await openCockpit(await tokenFor(COCKPIT_VIEWER));
    expect(await page.locator("#dept-arbitration .unavailable").innerText()).toBe("暂不可用");
    expect(await page.locator("#dept-arbitration .unavailable").getAttribute("title")).toBe(
      outage!.extensions!.messageZh,
    );
    expect(await page.locator("#dept-arbitration [data-measure]").count()).toBe(0);
    expect(await page.locator('[data-measure="mediation.successRate"] .value').innerText()).toBe(
      percent(body.data!.cockpit.mediation.successRate),
    );
    expect(await page.locator(".department .unavailable").count()).toBe(1);
    expect(await page.locator("#trend canvas").count()).toBeGreaterThan(0);
    expect(await page.locator("#alerts li[data-alert]").count()).toBeGreaterThan(0);
    await page.close();
  });
});
