import { defineConfig } from '@playwright/test';

/**
 * The real Electron app (main process, preload, app:// protocol, IPC) driven by Playwright's
 * _electron, running the same UI flow as the Chromium e2e test. Skipped, saying why, where the
 * Electron binary is not installed.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.electron.spec.ts',
  workers: 1,
  fullyParallel: false,
  reporter: 'list',
  globalSetup: './global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  outputDir: '../../.tmp/electron-results',
  forbidOnly: !!process.env.CI,
});
