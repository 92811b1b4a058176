import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  SECURITY_HEADERS,
} from '../../../electron/core/kernel/security/content-security-policy.js';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('content security policy', () => {
  const parsed = directives(CONTENT_SECURITY_POLICY);

  it('denies by default and allows scripts and styles from the app only', () => {
    expect(parsed.get('default-src')).toEqual(["'none'"]);
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('style-src')).toEqual(["'self'"]);
    expect(parsed.get('connect-src')).toEqual(["'none'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
    expect(parsed.get('form-action')).toEqual(["'none'"]);
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never relaxes to inline code, eval, wildcards or remote schemes', () => {
    for (const forbidden of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      "'wasm-unsafe-eval'",
      '*',
      'http:',
      'https:',
      'blob:',
      'file:',
    ]) {
      expect(CONTENT_SECURITY_POLICY.split(/[\s;]+/)).not.toContain(forbidden);
    }
    // data: only for images.
    for (const [name, sources] of parsed) {
      if (name !== 'img-src') expect(sources, name).not.toContain('data:');
    }
  });

  it('is one well-formed header built from the directive table', () => {
    expect(parsed.size).toBe(Object.keys(CSP_DIRECTIVES).length);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[\r\n]/);
  });

  it('travels with the companion headers', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain('camera=()');
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain('microphone=()');
  });
});
