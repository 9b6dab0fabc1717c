// The cockpit page in a real browser (Debian's Chromium, headless): it asks for a token, reads the graph
// with it, its numbers match the graph, and a screenshot is kept as an artifact (test/artifacts/cockpit.png).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import type { RunningSystem } from "@onedoor/shared/system/launcher";
import { REPO_ROOT } from "@onedoor/shared/db/database";
import { graphql, startSystem, testDatabases, type TestDatabases } from "../support/system.js";
import { COCKPIT_VIEWER, tokenFor } from "../support/callers.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const WINDOW = { from: "2026-01-01", to: "2026-11-10" };

describe("cockpit page", () => {
  let databases: TestDatabases;
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    databases = await testDatabases();
    // Patient: on a shared two-core machine other suites may be starting systems at the same time.
    system = await startSystem(databases, { env: { SEED_DEMO_DATA: "1" }, readyTimeoutMs: 420_000 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 480_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    await databases?.drop();
  });

  it("renders the graph's numbers and its charts", async () => {
    const { body } = await graphql<{ cockpit: { intake: { disputesAccepted: { value: number }; zeroRunRate: { value: number } }; overall: { satisfactionRate: { value: number } } } }>(
      system.gatewayUrl,
      `query ($filter: CockpitFilter!) { cockpit(filter: $filter) { intake { disputesAccepted { value } zeroRunRate { value } } overall { satisfactionRate { value } } } }`,
      { filter: WINDOW },
    );
    expect(body.errors).toBeUndefined();
    const expected = body.data!.cockpit;

    const token = await tokenFor(COCKPIT_VIEWER);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const failed: string[] = [];
    const requests: { url: string; authorization?: string }[] = [];
    page.on("requestfailed", (request) => failed.push(request.url()));
    page.on("request", (request) => requests.push({ url: request.url(), authorization: request.headers().authorization }));
    await page.goto(`${system.gatewayOrigin}/cockpit/?from=${WINDOW.from}&to=${WINDOW.to}#token=${token}`);
    await page.waitForSelector("body[data-loaded]", { timeout: 20_000 });
    // The token left the address bar, never went to the server in a URL, and went with the query.
    expect(page.url()).not.toContain("token");
    expect(requests.filter((r) => r.url.includes(token))).toEqual([]);
    expect(requests.find((r) => r.url.endsWith("/graphql"))?.authorization).toBe(`Bearer ${token}`);

    const text = (measure: string) => page.locator(`[data-measure="${measure}"] .value`).innerText();
    expect(await text("disputesAccepted")).toBe(String(expected.intake.disputesAccepted.value));
    expect(await text("zeroRunRate")).toBe(`${(expected.intake.zeroRunRate.value * 100).toFixed(1)}%`);
    expect(await text("satisfactionRate")).toBe(`${(expected.overall.satisfactionRate.value * 100).toFixed(1)}%`);
    expect(await page.locator('[data-measure="zeroRunRate"]').getAttribute("title")).toContain("零跑率");
    // ECharts drew into each chart container, and everything came from our own origin.
    expect(await page.locator("#channels canvas").count()).toBeGreaterThan(0);
    expect(await page.locator("#categories canvas").count()).toBeGreaterThan(0);
    expect(failed).toEqual([]);

    const artifacts = join(REPO_ROOT, "test", "artifacts");
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "cockpit.png"), fullPage: true });
  });

  it("asks for a token first, and in development offers a cockpit-viewer token", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const queries: string[] = [];
    page.on("request", (request) => void (request.url().endsWith("/graphql") && queries.push(request.url())));
    await page.goto(`${system.gatewayOrigin}/cockpit/?from=${WINDOW.from}&to=${WINDOW.to}`);
    await page.waitForSelector("#sign-in:not([hidden])");
    expect(await page.locator("body[data-loaded]").count()).toBe(0);
    expect(queries).toEqual([]);

    // A token of a role without access to the cockpit is refused, and the page says so.
    await page.fill('#sign-in-form input[name="token"]', await tokenFor({ roles: ["auditor"], sub: "auditor-browser" }));
    await page.click('#sign-in-form button[type="submit"]');
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.includes("无权"));
    expect(await page.locator("#sign-in").isVisible()).toBe(true);

    await page.click("#dev-token");
    await page.waitForSelector("body[data-loaded]", { timeout: 20_000 });
    expect(await page.locator('[data-measure="disputesAccepted"] .value').innerText()).toMatch(/^\d+$/);
    await page.close();
  });
});
