import { defineConfig } from '@playwright/test';

/**
 * The built renderer in Debian's Chromium, bridged to the real router over a real temporary vault.
 * One worker: tests share two CPU cores with Argon2id and the encrypted database.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  reporter: 'list',
  globalSetup: './global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: '../../.tmp/e2e-results',
  forbidOnly: !!process.env.CI,
});
