import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedRequestUrl, isAppUrl } from '../../../electron/core/kernel/security/app-origin.js';

describe('app origin', () => {
  it('the entry page is an app URL', () => {
    expect(APP_ENTRY_URL).toBe('app://casefile/index.html');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });

  it('lets the session load our files, inline images and devtools, nothing else', () => {
    expect(isAllowedRequestUrl('app://casefile/assets/index-abc.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/x',
      'wss://example.org/socket',
      'file:///etc/passwd',
      'app://other/x.js',
      'blob:app://casefile/123',
      'ftp://example.org/',
      '',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });
});
