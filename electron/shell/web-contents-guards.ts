import type { Event, WebContents } from 'electron';
import { isAppUrl } from '../core/kernel/security/app-origin.js';

function stayInApp(event: Event<{ url: string }>): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * Attached to every web contents the app creates (window, devtools, anything unexpected):
 * no new windows, no <webview>, and navigation — of the page or of any frame, by link or by
 * redirect — only within our own app:// origin, so nothing can take the window (and its
 * preload bridge) elsewhere.
 */
export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => stayInApp(event));
  contents.on('will-frame-navigate', (event) => stayInApp(event));
  contents.on('will-redirect', (event) => stayInApp(event));
}
