import { defineConfig } from '@playwright/test';

/**
 * `npm run bench:ui`: the renderer in Debian's Chromium over the real router (the e2e harness),
 * timed as a person feels it. It prints figures; it never fails on a time.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.spec.ts',
  workers: 1,
  fullyParallel: false,
  reporter: 'list',
  globalSetup: '../../e2e/global-setup.ts',
  timeout: 1_800_000,
  expect: { timeout: 120_000 },
  outputDir: '../../../.tmp/bench-ui-results',
});
