// Headless Chromium for the browser tests: Debian's package, with the flags this machine's closed network
// needs (without the background-networking ones Chromium keeps dialling out and is refused).
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser } from "playwright-core";
import type { RunningSystem } from "@onedoor/shared/system/launcher";
import { startSystem, testDatabases, type TestDatabases } from "./system.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A system of the file's own with the demo data, and a browser, for the enclosing describe: started before
 * its tests, stopped after them. Read `system` and `browser` inside tests (they exist once started).
 */
export function seededSystemWithBrowser(): { readonly system: RunningSystem; readonly browser: Browser } {
  let databases: TestDatabases | undefined;
  let system: RunningSystem | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    databases = await testDatabases();
    system = await startSystem(databases, { env: { SEED_DEMO_DATA: "1" } });
    browser = await launchChromium();
  }, 480_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    await databases?.drop();
  });
  return {
    get system() {
      if (!system) throw new Error("the system is not started yet: read it inside a test");
      return system;
    },
    get browser() {
      if (!browser) throw new Error("the browser is not launched yet: read it inside a test");
      return browser;
    },
  };
}
