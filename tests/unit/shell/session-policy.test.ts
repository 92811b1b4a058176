import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession } from '../../../electron/shell/session-policy.js';

function hardenedSession() {
  const captured: {
    request?: (wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
    check?: (wc: unknown, permission: string, origin: string, details: unknown) => boolean;
    device?: (details: unknown) => boolean;
    beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
  } = {};
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: (handler: typeof captured.request) => (captured.request = handler),
    setPermissionCheckHandler: (handler: typeof captured.check) => (captured.check = handler),
    setDevicePermissionHandler: (handler: typeof captured.device) => (captured.device = handler),
    webRequest: { onBeforeRequest: (handler: typeof captured.beforeRequest) => (captured.beforeRequest = handler) },
  });
  hardenSession(session as unknown as import('electron').Session);
  return { session, captured };
}

describe('hardenSession', () => {
  it.each([
    'media',
    'notifications',
    'geolocation',
    'clipboard-read',
    'clipboard-sanitized-write',
    'openExternal',
    'fullscreen',
  ])('refuses the %s permission, when asked and when checked', (permission) => {
    const { captured } = hardenedSession();
    const callback = vi.fn();
    captured.request?.({}, permission, callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(captured.check?.({}, permission, 'app://casefile', {})).toBe(false);
  });

  it('refuses devices and downloads', () => {
    const { session, captured } = hardenedSession();
    expect(captured.device?.({})).toBe(false);
    const preventDefault = vi.fn();
    session.emit('will-download', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });

  it('cancels every request that is not for the app itself', () => {
    const { captured } = hardenedSession();
    const cancelled = (url: string): boolean => {
      let cancel: boolean | undefined;
      captured.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      if (cancel === undefined) throw new Error('no answer');
      return cancel;
    };
    expect(cancelled('app://casefile/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('https://example.org/collect')).toBe(true);
    expect(cancelled('http://127.0.0.1:9222/json')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
  });
});
