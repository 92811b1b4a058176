import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { CasefileError } from '../shared/contract/index.js';
import { DEFAULT_SETTINGS } from '../shared/domain/settings.js';
import { messageText } from '../shared/i18n/messages.js';
import { startCoreHost, type CoreHost } from './core-host/core-host.js';
import { APP_ENTRY_URL } from './core/kernel/security/app-origin.js';
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

function start(): void {
  let core: CoreHost | null = null;
  let coreClosed = false;
  let mainWindow: BrowserWindow | null = null;

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.on('second-instance', () => {
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    if (core !== null) lockSafely(core, 'shutdown');
  });
  // The core's thread locks and closes the database before the app ends.
  app.on('will-quit', (event) => {
    if (core === null || coreClosed) return;
    event.preventDefault();
    void core.dispose().finally(() => {
      coreClosed = true;
      app.quit();
    });
  });

  void app
    .whenReady()
    .then(async () => {
      const appSession = session.fromPartition(APP_PARTITION);
      hardenSession(appSession);
      hardenSession(session.defaultSession);
      serveAppFiles(appSession, path.join(app.getAppPath(), 'dist', 'renderer'));

      const vaultDir = launch.vaultDir ?? path.join(app.getPath('userData'), 'vault');
      // The vault, database and services run in a thread of their own (Signal Desktop runs its SQL the same
      // way): no query, however long, blocks the window, the menus or IPC on this thread.
      const host = await startCoreHost({
        spawn: () =>
          new Worker(path.join(app.getAppPath(), 'dist', 'electron', 'core-host.cjs'), {
            name: 'casefile-core',
            workerData: { dir: vaultDir },
          }),
        filePorts: nativeFileDialogs(() => mainWindow),
      });
      core = host;

      const appWindow = createMainWindow({
        preloadPath: path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
        session: appSession,
        devTools: !app.isPackaged,
      });
      mainWindow = appWindow;
      const vaultWindow = bindVaultToWindow(host, appWindow);
      // Job progress, lock and due deadlines reach the page as they happen: it polls for none of them.
      const stopForwarding = forwardEvents(host, () => (appWindow.isDestroyed() ? null : appWindow.webContents));
      // The core's thread died: the vault is locked (the window reloads) and the user is told why, in their
      // language, and whether Casefile must be restarted (no fresh thread could take its place).
      const stopReporting = host.onStopped((outcome) => {
        if (appWindow.isDestroyed()) return;
        const reason = outcome === 'restart' ? 'errors.vault.restartNeeded' : 'errors.vault.coreStopped';
        const message = messageText(host.settings().language, reason);
        void dialog.showMessageBox(appWindow, { type: 'error', message });
      });
      appWindow.on('closed', () => {
        stopForwarding();
        stopReporting();
        vaultWindow.release();
      });

      exposeContract({
        dispatch: host.dispatch,
        isAppWindow: (contents) => !appWindow.isDestroyed() && contents.id === appWindow.webContents.id,
        afterCall: (name, result) => {
          if (name === 'settings.update' && result.ok) vaultWindow.applyContentProtection();
        },
      });
      installAppMenu({ lockNow: () => vaultWindow.lock('user'), developerItems: !app.isPackaged });

      appWindow.once('ready-to-show', () => appWindow.show());
      return appWindow.loadURL(APP_ENTRY_URL);
    })
    .catch((error: unknown) => {
      // Nothing is unlocked yet, so the core's reason holds no case data; it tells the user what to fix. No
      // preferences were read: the default language.
      const { language } = DEFAULT_SETTINGS;
      const message =
        error instanceof CasefileError
          ? messageText(language, `errors.${error.reason}`, error.params)
          : messageText(language, 'errors.request.failed');
      dialog.showErrorBox(messageText(language, 'app.couldNotStart'), message);
      app.exit(1);
    });
}

// A second copy would open the same vault files: hand over to the first one instead.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
