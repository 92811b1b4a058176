import { BrowserWindow, type Session } from 'electron';

export interface MainWindowOptions {
  /** Absolute path of the bundled CommonJS preload (sandboxed preloads cannot load ESM). */
  preloadPath: string;
  /** The in-memory session that serves app:// and refuses every permission. */
  session: Session;
  /** Developer tools only in development; packaged builds cannot open them. */
  devTools: boolean;
}

/**
 * The single window. Every webPreferences entry is written out literally (no spread, so
 * reviewers and Electronegativity read exactly what applies): sandboxed, isolated renderer
 * without Node, <webview>, plugins or insecure content, and without spellcheck (it fetches
 * dictionaries and keeps words the user adds — names, places — in a file in the profile).
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preloadPath,
      session: options.session,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      plugins: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
    },
  });
}
