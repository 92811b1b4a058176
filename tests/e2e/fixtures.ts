import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import type { FilePorts } from '../../electron/core/kernel/files/file-ports.js';
import { SECURITY_HEADERS } from '../../electron/core/kernel/security/content-security-policy.js';
import { KDF_FLOORS } from '../../electron/core/kernel/vault/passphrase-kdf.js';
import { openWorkspace, type Workspace } from '../../electron/core/workspace.js';
import type { Dispatch } from '../../electron/ipc/router.js';
import type { EventName } from '../../shared/contract/index.js';
import { routeWorkspace } from '../../electron/ipc/workspace-router.js';
import { installNetworkGuard, NetworkAccessBlocked, networkAttemptsMessage, type NetworkGuard } from '../no-network.js';
import { flowingClock, TEST_START_MS, type TestClock } from '../clock.js';
import { installBridge } from './bridge.js';
import { confineToOrigin, OFFLINE_CHROMIUM_ARGS } from './network-guard.js';
import { builtRenderer } from './paths.js';
import { serveDirectory, type StaticServer } from './static-server.js';

const CHROMIUM_PATH = process.env.CASEFILE_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', ...OFFLINE_CHROMIUM_ARGS, '--no-first-run'];
export const VIEWPORT = { width: 1280, height: 800 } as const;

export interface VaultHarness {
  dir: string;
  ws: Workspace;
  /** The workspace's clock, the same one the browser runs on (see the `clock` fixture). */
  clock: TestClock;
  /** The real router over the real workspace: what IPC calls in the app. */
  dispatch: Dispatch;
  /** Names of the methods called through `dispatch`, in order (never their inputs: they hold secrets). */
  calls: string[];
  /** Replies to give instead of the router's, per method: to hold one path still while testing another. */
  overrides: Map<string, Dispatch>;
  /** Methods the router reported as failing unexpectedly (never with their error text). */
  internalErrors: string[];
  /** Events the bridge does not hand to the page: to show what the page does without them. */
  withheldEvents: Set<EventName>;
  /** The native file dialogs, answered by the test. */
  files: FileDialogs;
}

/**
 * Stand-ins for the open and save dialogs: the test writes its files into `dir` and says which
 * ones the user "chooses"; every save is answered with a path in `dir/exports` and recorded.
 */
export interface FileDialogs {
  /** A temporary folder of this test, removed after it. */
  dir: string;
  /** What the open dialog returns next (absolute paths); empty means the user cancelled. */
  toAdd: string[];
  /** Every save dialog: the name proposed and the path given back. */
  exports: { suggestedName: string; path: string }[];
  /** Set to answer the next save dialogs with Cancel. */
  cancelExports: boolean;
}

function stubFilePorts(files: FileDialogs): FilePorts {
  return {
    chooseFilesToAdd: async () => [...files.toAdd],
    chooseExportPath: async (suggestedName) => {
      if (files.cancelExports) return null;
      const path = join(files.dir, 'exports', suggestedName);
      files.exports.push({ suggestedName, path });
      return path;
    },
  };
}

/**
 * A vault folder, its workspace on the test's clock, the router over it and stubbed file dialogs: the
 * `vault` fixture, and a second vault for a test between two laptops (a bundle hand-over). `close`
 * disposes of it and fails the test if the router reported an internal error.
 */
export function openVaultHarness(clock: TestClock): { harness: VaultHarness; close: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-e2e-vault-'));
  const files: FileDialogs = {
    dir: mkdtempSync(join(tmpdir(), 'casefile-e2e-files-')),
    toAdd: [],
    exports: [],
    cancelExports: false,
  };
  mkdirSync(join(files.dir, 'exports'));
  // The floors of the KDF policy: real Argon2id, but quick enough for a dozen vaults per run.
  const ws = openWorkspace({
    dir,
    passphraseKdf: {
      memoryKiB: KDF_FLOORS.memoryKiB,
      iterations: KDF_FLOORS.iterations,
      parallelism: KDF_FLOORS.parallelism,
    },
    filePorts: stubFilePorts(files),
    now: clock.now,
  });
  const internalErrors: string[] = [];
  const calls: string[] = [];
  const overrides = new Map<string, Dispatch>();
  const route = routeWorkspace(ws, { reportInternalError: (method) => internalErrors.push(method) });
  const dispatch: Dispatch = (name, input) => {
    calls.push(name);
    return (overrides.get(name) ?? route)(name, input);
  };
  const withheldEvents = new Set<EventName>();
  const harness = { dir, ws, clock, dispatch, calls, overrides, internalErrors, withheldEvents, files };
  const close = () => {
    ws.dispose();
    rmSync(dir, { recursive: true, force: true });
    rmSync(files.dir, { recursive: true, force: true });
    expect(internalErrors, 'router reported internal errors').toEqual([]);
  };
  return { harness, close };
}

/**
 * Loads the app in `page` over `vault`'s router (the emulated preload), on the vault's clock, its
 * errors collected in `browserErrors`: the `page` fixture, and a second laptop's window in the same
 * browser. Returns the function that stops delivering the core's events.
 */
export async function showApp(
  page: Page,
  vault: VaultHarness,
  server: StaticServer,
  browserErrors: string[],
): Promise<() => void> {
  // Installed before the first load; the page's time then flows on its own, as the workspace's does.
  await page.clock.install({ time: vault.clock.now() });
  page.on('pageerror', (error) => browserErrors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') browserErrors.push(`console: ${message.text()}`);
  });
  const stopEvents = await installBridge(page, vault.dispatch, (listener) =>
    vault.ws.onEvent((event) => {
      if (!vault.withheldEvents.has(event.name)) listener(event);
    }),
  );
  await page.goto(`${server.origin}/index.html`);
  return stopEvents;
}

interface Fixtures {
  /**
   * One clock for both sides: it starts at CASEFILE_TEST_NOW (or the time the run started) in
   * every test and flows with real time; the workspace dates records by it, and the browser's
   * clock is installed at the same instant before the page loads. Compute dates from it, never
   * from the wall clock.
   */
  clock: TestClock;
  /**
   * An ISO instant where this test's clock starts, for a test about a moment; else CASEFILE_TEST_NOW or the run's
   * start.
   */
  clockStart: string | undefined;
  /** The zone the browser (the investigator's computer) is set to; UTC unless a test says otherwise. */
  browserTimeZone: string;
  /**
   * The locale the browser (the investigator's computer) is set to; the app must follow its own language setting
   * instead.
   */
  browserLocale: string;
  vault: VaultHarness;
  context: BrowserContext;
  page: Page;
  /** Page errors, console errors and CSP violations; a test that expects some removes them. */
  browserErrors: string[];
  /**
   * No test reaches the network: attempts from Node (this worker) and from Chromium (anywhere but
   * `server`) are refused where they are made and fail the test at its end. A test that plants one
   * on purpose takes it with `network.take()`.
   */
  network: NetworkGuard;
}

interface WorkerFixtures {
  server: StaticServer;
}

/** A vault folder, a Chromium profile and a bridge of their own for every test; nothing outlives it. */
export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await serveDirectory(builtRenderer, SECURITY_HEADERS);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  clockStart: [undefined, { option: true }],

  clock: async ({ clockStart }, use) => {
    await use(flowingClock(clockStart ?? TEST_START_MS));
  },

  browserTimeZone: ['UTC', { option: true }],

  browserLocale: ['en-GB', { option: true }],

  vault: async ({ clock }, use) => {
    const { harness, close } = openVaultHarness(clock);
    await use(harness);
    close();
  },

  browserErrors: async ({}, use) => {
    const errors: string[] = [];
    await use(errors);
    expect(errors, 'errors in the page').toEqual([]);
  },

  network: [
    async ({}, use, testInfo) => {
      const guard = installNetworkGuard(() => testInfo.titlePath.join(' › '));
      await use(guard);
      const attempts = guard.take();
      if (attempts.length > 0) throw new NetworkAccessBlocked(networkAttemptsMessage(attempts));
    },
    { auto: true },
  ],

  context: async ({ browserTimeZone, browserLocale, server, network }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'casefile-e2e-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: VIEWPORT,
      locale: browserLocale,
      timezoneId: browserTimeZone,
      reducedMotion: 'reduce',
    });
    await confineToOrigin(context, server.origin, network);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },

  page: async ({ context, vault, server, browserErrors }, use, testInfo) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const stopEvents = await showApp(page, vault, server, browserErrors);
    await use(page);
    stopEvents();
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('failure', { body: await page.screenshot(), contentType: 'image/png' });
    }
  },
});

export { expect };
