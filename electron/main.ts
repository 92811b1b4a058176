import path from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './core/kernel/security/app-origin.js';
import { openWorkspace, type Workspace } from './core/workspace.js';
import { routeWorkspace } from './ipc/workspace-router.js';
import { installAppMenu } from './shell/app-menu.js';
import { registerAppScheme, serveAppFiles } from './shell/app-protocol.js';
import { forwardEvents } from './shell/event-forwarding.js';
import { nativeFileDialogs } from './shell/file-dialogs.js';
import { exposeContract } from './shell/ipc-bridge.js';
import { readLaunchOptions } from './shell/launch-options.js';
import { createMainWindow } from './shell/main-window.js';
import { hardenSession } from './shell/session-policy.js';
import { bindVaultToWindow, lockSafely } from './shell/vault-window.js';
import { guardWebContents } from './shell/web-contents-guards.js';

// The shell only wires Electron to the core: every decision about the vault lives in electron/core.

const launch = readLaunchOptions(process.argv, process.env, process.cwd());
if (launch.profileDir !== null) app.setPath('userData', launch.profileDir);

// No "persist:" prefix: the renderer's storage, cache and cookies live in memory and die with the app.
const APP_PARTITION = 'casefile';

app.enableSandbox();
registerAppScheme();

function reportInternalError(method: string, error: unknown): void {
  // Name and code only: a message could quote case data.
  const name = error instanceof Error ? error.name : 'unknown error';
  const code = (error as { code?: unknown } | null)?.code;
  console.error(`[casefile] ${method} failed: ${name}${typeof code === 'string' ? ` (${code})` : ''}`);
}

function start(): void {
  let workspace: Workspace | null = null;
  let mainWindow: BrowserWindow | null = null;

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.on('second-instance', () => {
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    if (workspace !== null) lockSafely(workspace, 'shutdown');
  });
  app.on('will-quit', () => workspace?.dispose());

  void app
    .whenReady()
    .then(() => {
      const appSession = session.fromPartition(APP_PARTITION);
      hardenSession(appSession);
      hardenSession(session.defaultSession);
      serveAppFiles(appSession, path.join(app.getAppPath(), 'dist', 'renderer'));

      const vaultDir = launch.vaultDir ?? path.join(app.getPath('userData'), 'vault');
      const ws = openWorkspace({ dir: vaultDir, filePorts: nativeFileDialogs(() => mainWindow) });
      workspace = ws;

      const appWindow = createMainWindow({
        preloadPath: path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
        session: appSession,
        devTools: !app.isPackaged,
      });
      mainWindow = appWindow;
      const vaultWindow = bindVaultToWindow(ws, appWindow);
      // Job progress, lock and due deadlines reach the page as they happen: it polls for none of them.
      const stopForwarding = forwardEvents(ws, () => (appWindow.isDestroyed() ? null : appWindow.webContents));
      appWindow.on('closed', () => {
        stopForwarding();
        vaultWindow.release();
      });

      exposeContract({
        dispatch: routeWorkspace(ws, { reportInternalError }),
        isAppWindow: (contents) => !appWindow.isDestroyed() && contents.id === appWindow.webContents.id,
        afterCall: (name, result) => {
          if (name === 'settings.update' && result.ok) vaultWindow.applyContentProtection();
        },
      });
      installAppMenu({ lockNow: () => lockSafely(ws, 'user'), developerItems: !app.isPackaged });

      appWindow.once('ready-to-show', () => appWindow.show());
      return appWindow.loadURL(APP_ENTRY_URL);
    })
    .catch((error: unknown) => {
      // Nothing is unlocked yet, so the message holds no case data; it tells the user what to fix.
      dialog.showErrorBox('Casefile could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

// A second copy would open the same vault files: hand over to the first one instead.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
