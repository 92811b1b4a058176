import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents } from '../../../electron/shell/web-contents-guards.js';

// guardWebContents imports only types from electron: no mock needed, and none is loaded.
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  });
  guardWebContents(contents as unknown as import('electron').WebContents);
  return { emitter, openWindow: (url: string) => openHandler?.({ url }) };
}

function navigate(emitter: EventEmitter, eventName: string, url: string): boolean {
  const preventDefault = vi.fn();
  emitter.emit(eventName, { url, preventDefault }, url);
  return preventDefault.mock.calls.length === 0;
}

describe('guardWebContents', () => {
  it('denies every new window', () => {
    const { openWindow } = fakeContents();
    expect(openWindow('https://example.org/')).toEqual({ action: 'deny' });
    expect(openWindow('app://casefile/index.html')).toEqual({ action: 'deny' });
  });

  it('refuses <webview>', () => {
    const { emitter } = fakeContents();
    const preventDefault = vi.fn();
    emitter.emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays within app://casefile', (eventName) => {
    const { emitter } = fakeContents();
    expect(navigate(emitter, eventName, 'app://casefile/index.html')).toBe(true);
    expect(navigate(emitter, eventName, 'https://example.org/')).toBe(false);
    expect(navigate(emitter, eventName, 'file:///etc/passwd')).toBe(false);
    expect(navigate(emitter, eventName, 'app://elsewhere/index.html')).toBe(false);
    expect(navigate(emitter, eventName, 'javascript:alert(1)')).toBe(false);
  });
});
