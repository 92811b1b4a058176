import { isAppUrl } from '../core/kernel/security/app-origin.js';

/** What the shell knows about the frame behind an IPC call, taken from the Electron event. */
export interface SenderFacts {
  /** URL of the sending frame; null when the frame navigated away or was destroyed meanwhile. */
  frameUrl: string | null;
  /** The sending frame is the top frame of its page, not an iframe. */
  isMainFrame: boolean;
  /** The page belongs to our app window, not to developer tools or any other web contents. */
  isAppWindow: boolean;
}

/**
 * Only the top frame of our window, showing our own app:// page, may call the core
 * (as VS Code's validatedIpcMain does): not an iframe, not devtools, not a page that
 * somehow navigated elsewhere.
 */
export function isTrustedSender(facts: SenderFacts): boolean {
  return facts.isAppWindow && facts.isMainFrame && facts.frameUrl !== null && isAppUrl(facts.frameUrl);
}
