import type { Session } from 'electron';
import { isAllowedRequestUrl } from '../core/kernel/security/app-origin.js';

/**
 * The app needs no browser permission at all (no camera, notifications, clipboard reads,
 * devices...), makes no network request and downloads nothing: refuse all of it, so a
 * compromised renderer gains nothing by asking.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
  // Beneath the CSP: whatever slips past it (or a bug in it) still reaches no network or file://.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}
