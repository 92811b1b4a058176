import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFacts } from '../../../electron/ipc/sender.js';

const ours: SenderFacts = { frameUrl: 'app://casefile/index.html', isMainFrame: true, isAppWindow: true };

describe('isTrustedSender', () => {
  it('accepts the top frame of our window on app://casefile', () => {
    expect(isTrustedSender(ours)).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'app://casefile/index.html#/cases/1' })).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'app://casefile/' })).toBe(true);
  });

  it('refuses a subframe, even on our origin', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false })).toBe(false);
  });

  it('refuses another web contents (devtools, any other window)', () => {
    expect(isTrustedSender({ ...ours, isAppWindow: false })).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: 'devtools://devtools/bundled/devtools_app.html' })).toBe(false);
  });

  it('refuses a frame that is gone', () => {
    expect(isTrustedSender({ ...ours, frameUrl: null })).toBe(false);
  });

  it.each([
    'file:///work/main/dist/renderer/index.html',
    'http://127.0.0.1:5173/index.html',
    'https://casefile/index.html',
    'app://evil/index.html',
    'app://casefile.evil/index.html',
    'app://casefile:8080/index.html',
    'app://casefile@evil/index.html',
    'app://user:pw@casefile/index.html',
    'about:blank',
    'data:text/html,<p>hi</p>',
    'javascript:alert(1)',
    '',
    'not a url',
  ])('refuses a frame showing %s', (frameUrl) => {
    expect(isTrustedSender({ ...ours, frameUrl })).toBe(false);
  });
});
