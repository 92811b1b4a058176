import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { runVaultFlow } from '../flows/vault-flow.js';
import { findElectronBinary, repoRoot } from './electron-binary.js';

const PASSPHRASE = 'amber tractor ledger violin';
const WRONG_PASSPHRASE = 'amber tractor ledger viola';

const binary = findElectronBinary();
if (binary.path === null) console.warn(`[electron tests] skipped: ${binary.reason}`);

interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  vaultDir: string;
}

/** The app with a vault folder and a Chromium profile of its own, so nothing touches a real profile. */
async function launchApp(executablePath: string): Promise<LaunchedApp> {
  const base = mkdtempSync(join(tmpdir(), 'casefile-electron-'));
  const vaultDir = join(base, 'vault');
  const app = await electron.launch({
    executablePath,
    // The repository is the app folder: package.json's main, dist/electron and dist/renderer.
    args: [repoRoot, `--vault=${vaultDir}`, `--profile=${join(base, 'profile')}`],
    cwd: repoRoot,
  });
  app.on('close', () => rmSync(base, { recursive: true, force: true }));
  const page = await app.firstWindow();
  return { app, page, vaultDir };
}

test.describe('the Electron app', () => {
  test.skip(binary.path === null, binary.reason ?? '');

  let launched: LaunchedApp;
  test.beforeEach(async () => {
    launched = await launchApp(binary.path as string);
  });
  test.afterEach(async () => {
    await launched.app.close();
  });

  test('runs the vault flow: create, recovery key, lock, wrong passphrase, unlock, Ctrl+L, recovery key', async () => {
    const { recoveryKey } = await runVaultFlow(launched.page, {
      passphrase: PASSPHRASE,
      wrongPassphrase: WRONG_PASSPHRASE,
    });
    expect(recoveryKey).toHaveLength(34);
  });

  test('serves the renderer from app:// into an isolated page with only window.casefile', async () => {
    const { app, page } = launched;
    expect(page.url()).toBe('app://casefile/index.html');
    const seen = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      const casefile = scope.casefile as Record<string, Record<string, unknown>>;
      return {
        namespaces: Object.keys(casefile).sort(),
        node: ['require', 'process', 'module', 'Buffer', 'ipcRenderer'].filter(
          (name) => typeof scope[name] !== 'undefined',
        ),
        windowOpenRefused: window.open('https://example.org/') === null,
      };
    });
    expect(seen).toEqual({ namespaces: ['cases', 'session', 'settings', 'vault'], node: [], windowOpenRefused: true });

    const shell = await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows();
      return { windows: windows.length, contentProtected: windows[0]?.isContentProtected() };
    });
    expect(shell).toEqual({ windows: 1, contentProtected: true });
  });

  test('refuses navigation away from the app', async () => {
    const { page } = launched;
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    // will-navigate was prevented: still our page, still with its bridge.
    await expect.poll(() => page.url()).toBe('app://casefile/index.html');
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).casefile)).toBe('object');
  });

  test('keeps the vault and its database off the main process thread (the core runs in a worker thread)', async () => {
    const { app, page } = launched;
    await runVaultFlow(page, { passphrase: PASSPHRASE, wrongPassphrase: WRONG_PASSPHRASE });
    // Modules the main thread has loaded: its own bundle, and none of the core's native modules, which only the
    // core's thread (dist/electron/core-host.cjs) loads.
    const loaded = await app.evaluate(() => {
      const main = (process as unknown as { mainModule?: { constructor: { _cache?: Record<string, unknown> } } })
        .mainModule;
      return Object.keys(main?.constructor._cache ?? {}).map((file) => file.replaceAll('\\', '/'));
    });
    expect(loaded.some((file) => file.endsWith('/dist/electron/main.cjs'))).toBe(true);
    expect(loaded.filter((file) => /better-sqlite3|@node-rs\/argon2|core-host\.cjs/.test(file))).toEqual([]);
  });
});
