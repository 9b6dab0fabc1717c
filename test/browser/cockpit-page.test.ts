// The cockpit page in a real browser (Debian's Chromium, headless): its numbers match the graph, and a
// screenshot is kept as an artifact (test/artifacts/cockpit.png).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import type { RunningSystem } from "@onedoor/shared/system/launcher";
import { REPO_ROOT } from "@onedoor/shared/db/database";
import { graphql, startSystem, testDatabases, type TestDatabases } from "../support/system.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const WINDOW = { from: "2026-01-01", to: "2026-11-10" };

describe("cockpit page", () => {
  let databases: TestDatabases;
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    databases = await testDatabases();
    system = await startSystem(databases, { env: { SEED_DEMO_DATA: "1" } });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });
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

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const failed: string[] = [];
    page.on("requestfailed", (request) => failed.push(request.url()));
    await page.goto(`${system.gatewayOrigin}/cockpit/?from=${WINDOW.from}&to=${WINDOW.to}`);
    await page.waitForSelector("body[data-loaded]", { timeout: 20_000 });

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
});
