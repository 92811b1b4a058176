import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as Array<{ webPreferences?: Record<string, unknown> }>);
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      created.push(options);
    }
  },
}));

const { createMainWindow } = await import('../../../electron/shell/main-window.js');

describe('createMainWindow', () => {
  it('creates a sandboxed, isolated window without Node, webviews or spellcheck', () => {
    const session = { id: 'in-memory' };
    createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs', session: session as never, devTools: false });
    const prefs = created.at(-1)?.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      session,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('allows developer tools only when asked (unpackaged builds)', () => {
    createMainWindow({ preloadPath: '/p.cjs', session: {} as never, devTools: true });
    expect(created.at(-1)?.webPreferences?.devTools).toBe(true);
  });
});
