import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// Chosen once by the main vitest process; the processes it starts inherit it and load this file again.
const seedChosenHere = process.env.E2E_SEED === undefined;
process.env.E2E_SEED ??= String(Math.floor(Math.random() * 1_000_000));
const e2eSeed = Number(process.env.E2E_SEED);
if (seedChosenHere && process.argv.some((arg) => arg.includes("e2e"))) console.log(`e2e order: E2E_SEED=${e2eSeed}`);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the CJS one for type-graphql and
    // Apollo; tests must use the same copy or graphql refuses schemas "from another realm".
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["shared/src/**/*.test.ts", "gateway/src/**/*.test.ts", "subgraphs/*/src/**/*.test.ts"],
          setupFiles: ["reflect-metadata"],
          testTimeout: 60_000,
          // Migrating an in-memory database takes seconds on a busy two-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          // Files and the tests in them run in a random order, so no test can lean on another's data or
          // order; a story told in steps opts out with `describe(..., { shuffle: false })`.
          // E2E_SEED=<seed printed at start> repeats a failing order.
          sequence: { shuffle: true, seed: e2eSeed },
          include: ["test/e2e/**/*.test.ts"],
          // Each file starts the whole system (six processes); one file at a time on a 2-core machine.
          fileParallelism: false,
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          // The committed artefacts agree with their sources; no running system needed.
          name: "contracts",
          include: ["test/contracts/**/*.test.ts"],
          setupFiles: ["reflect-metadata"],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Two replicas of everything behind HAProxy, from the built bundles, on PostgreSQL and Redis at
          // 127.0.0.1: `npx vitest run --project replicas`, run by .ci/run after `npm run build`.
          name: "replicas",
          include: ["test/replicas/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          // Needs Chromium (Debian's package at /usr/bin/chromium): `npm run test:browser`, run by .ci/run.
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
