import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as SettingsModule from '../../../shared/domain/settings.js';
import { messageText } from '../../../shared/i18n/messages.js';

/**
 * electron/main.ts when the core's thread cannot start (here its bundle is missing from the app): the
 * user is told in a dialog whose title and sentence come from the catalogues, in the default language
 * (no preferences could be read; French here), and the app ends. A stand-in for `electron` as in main-process.test.ts.
 */
const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const { join } = await import('node:path');
  const log: string[] = [];
  const dialogs: { title: string; message: string }[] = [];
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    webRequest: { onBeforeRequest: () => undefined },
    protocol: { handle: () => undefined },
  });
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    appPath: '',
    enableSandbox: () => undefined,
    setPath: () => undefined,
    getPath: () => join(app.appPath, 'user-data'),
    getAppPath: () => app.appPath,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    quit: () => log.push('app.quit'),
    exit: (code: number) => log.push(`app.exit:${code}`),
  });
  return { log, dialogs, session, app };
});

// French by default here, so the test tells a catalogue's sentence from the English one written into the code.
vi.mock('../../../shared/domain/settings.js', async (importOriginal) => {
  const real = await importOriginal<typeof SettingsModule>();
  return { ...real, DEFAULT_SETTINGS: { ...real.DEFAULT_SETTINGS, language: 'fr' } };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: class {
    constructor() {
      throw new Error('no window opens when the core could not start');
    }
  },
  session: { fromPartition: () => fake.session, defaultSession: fake.session },
  protocol: { registerSchemesAsPrivileged: () => undefined },
  ipcMain: { handle: () => undefined },
  powerMonitor: { on: () => undefined, off: () => undefined },
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined },
  dialog: {
    showErrorBox: (title: string, message: string) => fake.dialogs.push({ title, message }),
    showMessageBox: async () => undefined,
  },
}));

const appDir = mkdtempSync(path.join(tmpdir(), 'casefile-main-no-core-'));
afterAll(() => rmSync(appDir, { recursive: true, force: true }));

describe('electron/main.ts when the core cannot start', () => {
  it('says so in the catalogue’s words, in the default language, and ends the app', async () => {
    fake.app.appPath = appDir; // holds no dist/electron/core-host.cjs
    await import('../../../electron/main.js');
    await vi.waitFor(() => expect(fake.log).toContain('app.exit:1'), { timeout: 30_000, interval: 50 });
    const language = 'fr';
    expect(fake.dialogs).toEqual([
      {
        title: messageText(language, 'app.couldNotStart'),
        message: messageText(language, 'errors.vault.coreCouldNotStart'),
      },
    ]);
    expect(fake.dialogs[0]?.title).toBe('Casefile n’a pas pu démarrer');
    expect(fake.dialogs[0]?.message).toMatch(/n’a pas pu démarrer.*ouvrez-le de nouveau/);
  });
});
