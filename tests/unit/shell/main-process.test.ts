import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/kernel/security/content-security-policy.js';
import { channelOf, METHOD_NAMES, type Result } from '../../../shared/contract/index.js';

/**
 * electron/main.ts run in Node against a stand-in for the `electron` module (no Electron binary
 * can run here): the real core host (its thread built as the app ships it, dist/electron/core-host.cjs),
 * workspace, router, protocol handler and shell modules, with Electron's objects replaced by
 * recorders. It checks the wiring — order of start-up steps, what is registered where, and what
 * happens on IPC, power events and quit.
 */
const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const log: string[] = [];

  class FakeSession extends EventEmitter {
    permissionRequest?: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
    permissionCheck?: () => boolean;
    protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
    beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
    constructor(readonly name: string) {
      super();
    }
    setPermissionRequestHandler(handler: FakeSession['permissionRequest']) {
      this.permissionRequest = handler;
    }
    setPermissionCheckHandler(handler: FakeSession['permissionCheck']) {
      this.permissionCheck = handler;
    }
    setDevicePermissionHandler() {}
    protocol = {
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        log.push(`protocol.handle:${this.name}:${scheme}`);
        this.protocolHandlers.set(scheme, handler);
      },
    };
    webRequest = { onBeforeRequest: (handler: FakeSession['beforeRequest']) => (this.beforeRequest = handler) };
  }
  const sessions = new Map<string, FakeSession>();
  const defaultSession = new FakeSession('default');

  let ready: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    appPath: '',
    userData: '',
    enableSandbox: () => log.push('app.enableSandbox'),
    setPath: (name: string, value: string) => log.push(`app.setPath:${name}:${value}`),
    getPath: () => app.userData,
    getAppPath: () => app.appPath,
    requestSingleInstanceLock: () => {
      log.push('app.requestSingleInstanceLock');
      return true;
    },
    whenReady: () => readyPromise,
    quit: () => log.push('app.quit'),
    exit: (code: number) => log.push(`app.exit:${code}`),
  });

  class FakeWebContents extends EventEmitter {
    id = 41;
    loads: string[] = [];
    openHandler?: () => { action: string };
    setWindowOpenHandler(handler: () => { action: string }) {
      this.openHandler = handler;
    }
    async loadURL(url: string) {
      this.loads.push(url);
    }
  }
  class FakeWindow extends EventEmitter {
    static all: FakeWindow[] = [];
    webContents = new FakeWebContents();
    contentProtection: boolean[] = [];
    focused = 0;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      FakeWindow.all.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    focus() {
      this.focused += 1;
    }
    show() {}
    setContentProtection(enabled: boolean) {
      this.contentProtection.push(enabled);
    }
    loadURL(url: string) {
      return this.webContents.loadURL(url);
    }
  }

  return {
    log,
    ready: () => ready(),
    sessions,
    defaultSession,
    app,
    FakeWindow,
    ipcHandlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    power: new EventEmitter(),
    menus: [] as unknown[],
    privilegedSchemes: [] as unknown[],
    errors: [] as string[],
    session: {
      fromPartition: (name: string) => {
        if (!sessions.has(name)) sessions.set(name, new FakeSession(name));
        return sessions.get(name);
      },
      defaultSession,
    },
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeWindow,
  session: fake.session,
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      fake.log.push('protocol.registerSchemesAsPrivileged');
      fake.privilegedSchemes.push(...schemes);
    },
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) =>
      fake.ipcHandlers.set(channel, handler),
  },
  powerMonitor: fake.power,
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => fake.menus.push(menu),
  },
  dialog: {
    showErrorBox: (title: string) => fake.errors.push(title),
    showMessageBox: async (_window: unknown, options: { message: string }) => fake.errors.push(options.message),
  },
}));

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let base: string;
let appDir: string;
let vaultDir: string;
let window: InstanceType<typeof fake.FakeWindow>;

function ipc(
  name: string,
  input: unknown = {},
  sender: { url: string | null; id?: number } = { url: 'app://casefile/index.html' },
) {
  const handler = fake.ipcHandlers.get(channelOf(name as never));
  if (!handler) throw new Error(`no handler for ${name}`);
  const event = {
    sender: { id: sender.id ?? window.webContents.id },
    senderFrame: sender.url === null ? null : { url: sender.url, parent: null },
  };
  return handler(event, input) as Promise<Result<Record<string, unknown>>>;
}

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'casefile-main-'));
  vaultDir = path.join(base, 'vault');
  // Under the repo's gitignored .tmp/, so that the core's thread finds the native modules in node_modules.
  appDir = mkdtempSync(path.join(repoRoot, '.tmp', 'casefile-main-app-'));
  fake.app.appPath = appDir;
  fake.app.userData = path.join(base, 'user-data');
  mkdirSync(path.join(fake.app.appPath, 'dist', 'renderer'), { recursive: true });
  // The core's thread, bundled as `npm run build` bundles it, where the packaged app has it.
  const built = spawnSync(
    process.execPath,
    ['build/build.mjs', '--main-only', '--main-out', path.join(fake.app.appPath, 'dist')],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  writeFileSync(
    path.join(fake.app.appPath, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>Casefile</title>',
  );

  const argv = process.argv;
  process.argv = [...argv, `--vault=${vaultDir}`, `--profile=${path.join(base, 'profile')}`];
  try {
    await import('../../../electron/main.js');
  } finally {
    process.argv = argv;
  }
  fake.log.push('-- ready --');
  fake.ready();
  // The core's thread loads the whole core before the window opens.
  await vi.waitFor(
    () => {
      expect(fake.errors).toEqual([]);
      expect(fake.FakeWindow.all[0]?.webContents.loads).toHaveLength(1);
    },
    { timeout: 60_000, interval: 50 },
  );
  window = fake.FakeWindow.all[0] as InstanceType<typeof fake.FakeWindow>;
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
});

describe('electron/main.ts', () => {
  it('does the pre-ready steps first: profile, sandbox for all renderers, app:// scheme, single instance', () => {
    const readyAt = fake.log.indexOf('-- ready --');
    for (const step of [
      `app.setPath:userData:${path.join(base, 'profile')}`,
      'app.enableSandbox',
      'protocol.registerSchemesAsPrivileged',
      'app.requestSingleInstanceLock',
    ]) {
      const at = fake.log.indexOf(step);
      expect(at, step).toBeGreaterThanOrEqual(0);
      expect(at, step).toBeLessThan(readyAt);
    }
    expect(fake.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false, corsEnabled: false }),
      }),
    ]);
  });

  it('opens one window on the in-memory app session, with the bundled preload, and loads app://casefile', () => {
    expect(fake.FakeWindow.all).toHaveLength(1);
    const prefs = window.options.webPreferences;
    expect(prefs.preload).toBe(path.join(fake.app.appPath, 'dist', 'electron', 'preload.cjs'));
    expect(prefs.session).toBe(fake.sessions.get('casefile'));
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: true });
    expect(window.webContents.loads).toEqual(['app://casefile/index.html']);
    // Guards were attached through web-contents-created.
    expect(window.webContents.openHandler?.()).toEqual({ action: 'deny' });
  });

  it('serves the renderer only on the app session, with the CSP as a response header', async () => {
    expect(fake.log).toContain('protocol.handle:casefile:app');
    expect(fake.log).not.toContain('protocol.handle:default:app');
    const handler = fake.sessions.get('casefile')?.protocolHandlers.get('app');
    if (!handler) throw new Error('no app:// handler');
    const page = await handler(new Request('app://casefile/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Casefile</title>');
    expect((await handler(new Request('app://casefile/%2e%2e%2fvault%2fvault.json'))).status).toBe(403);
    expect((await handler(new Request('app://casefile/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('refuses every permission on both sessions', () => {
    for (const session of [fake.sessions.get('casefile'), fake.defaultSession]) {
      const callback = vi.fn();
      session?.permissionRequest?.({}, 'media', callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session?.permissionCheck?.()).toBe(false);
    }
  });

  it('registers every contract method and answers only our window', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(METHOD_NAMES.map((name) => channelOf(name)).sort());
    await expect(ipc('vault.status')).resolves.toEqual({ ok: true, value: { state: 'absent' } });
    await expect(
      ipc('vault.status', {}, { url: 'devtools://devtools/bundled/devtools_app.html', id: 99 }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    await expect(ipc('vault.status', {}, { url: null })).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
  });

  it('keeps the window content-protected by default and follows settings.update', async () => {
    expect(window.contentProtection.at(-1)).toBe(true);
    const created = await ipc('vault.create', { passphrase: 'amber tractor ledger violin' });
    expect(created.ok).toBe(true);
    const updated = await ipc('settings.update', { contentProtection: false });
    expect(updated).toMatchObject({ ok: true, value: { contentProtection: false } });
    expect(window.contentProtection.at(-1)).toBe(false);
    await ipc('settings.update', { contentProtection: true });
    expect(window.contentProtection.at(-1)).toBe(true);
  });

  it('locks on suspend and reloads the page so the renderer drops case data', async () => {
    await expect(ipc('vault.status')).resolves.toEqual({ ok: true, value: { state: 'unlocked' } });
    const loadsBefore = window.webContents.loads.length;
    fake.power.emit('suspend');
    await expect(ipc('vault.status')).resolves.toEqual({ ok: true, value: { state: 'locked' } });
    expect(window.webContents.loads.slice(loadsBefore)).toEqual(['app://casefile/index.html']);
  });

  it('locks on screen lock, on Ctrl/Cmd+L and before quitting', async () => {
    const unlock = async () => {
      const result = await ipc('vault.unlock', { method: 'passphrase', passphrase: 'amber tractor ledger violin' });
      expect(result).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    };
    const state = async () => {
      const status = await ipc('vault.status');
      return status.ok ? status.value.state : status.error.code;
    };

    await unlock();
    fake.power.emit('lock-screen');
    expect(await state()).toBe('locked');

    await unlock();
    const isMac = process.platform === 'darwin';
    window.webContents.emit(
      'before-input-event',
      { preventDefault: () => undefined },
      { type: 'keyDown', key: 'l', control: !isMac, meta: isMac, alt: false, shift: false },
    );
    // The page gets the first chance to save and lock; the shell locks after a bounded wait.
    expect(await state()).toBe('unlocked');
    await new Promise((done) => setTimeout(done, 2_600));
    expect(await state()).toBe('locked');

    await unlock();
    fake.app.emit('before-quit');
    expect(await state()).toBe('locked');
  });

  it('quits when the window closes and focuses the window for a second instance', () => {
    fake.app.emit('second-instance');
    expect(window.focused).toBe(1);
    fake.app.emit('window-all-closed');
    expect(fake.log.at(-1)).toBe('app.quit');
    expect(fake.errors).toEqual([]);
  });

  it('holds the quit until the core has locked and closed its thread, then quits for good', async () => {
    const preventDefault = vi.fn();
    const quitsBefore = fake.log.filter((entry) => entry === 'app.quit').length;
    fake.app.emit('will-quit', { preventDefault });
    expect(preventDefault).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fake.log.filter((entry) => entry === 'app.quit')).toHaveLength(quitsBefore + 1));
    await expect(ipc('vault.status')).resolves.toMatchObject({
      ok: false,
      error: { code: 'VAULT_LOCKED', reason: 'vault.closed' },
    });
    const again = vi.fn();
    fake.app.emit('will-quit', { preventDefault: again });
    expect(again).not.toHaveBeenCalled();
  });
});
