import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/kernel/security/content-security-policy.js';
import { locateAppFile, readAppFile } from '../../../electron/shell/app-files.js';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'casefile-app-files-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets', 'folder.js'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'notes.unknown'), 'x');
  // A file beside the root that traversal would reach.
  writeFileSync(path.join(base, 'secret.txt'), 'not for the renderer');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('locateAppFile', () => {
  it('maps app URLs to files under the root, "/" to index.html', () => {
    expect(locateAppFile(root, 'app://casefile/')).toEqual({
      kind: 'file',
      path: path.join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(locateAppFile(root, 'app://casefile/assets/index-abc.js?v=1#x')).toMatchObject({
      kind: 'file',
      path: path.join(root, 'assets', 'index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it('accepts names that merely start with dots', () => {
    expect(locateAppFile(root, 'app://casefile/..chunk.js')).toMatchObject({
      kind: 'file',
      path: path.join(root, '..chunk.js'),
    });
  });

  it.each([
    ['.css', 'text/css; charset=utf-8'],
    ['.svg', 'image/svg+xml'],
    ['.woff2', 'font/woff2'],
    ['.json', 'application/json; charset=utf-8'],
    ['.PNG', 'image/png'],
  ])('gives %s files the type %s', (ext, mime) => {
    expect(locateAppFile(root, `app://casefile/assets/a${ext}`)).toMatchObject({ kind: 'file', mimeType: mime });
  });

  it.each([
    'app://casefile/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://casefile/..%2fsecret.txt',
    'app://casefile/..%5csecret.txt',
    'app://casefile/%2fetc%2fpasswd',
    'app://casefile//etc/passwd',
    'app://casefile/C:/Windows/win.ini',
    'app://casefile/C%3A%5CWindows%5Cwin.ini',
    'app://casefile/index.html%00.js',
    'app://casefile/assets//index-abc.js',
    'app://casefile/./index.html%2f',
  ])('refuses %s', (url) => {
    expect(locateAppFile(root, url)).toEqual({ kind: 'refused', status: 403 });
  });

  it.each([
    'app://casefile/../../secret.txt',
    'app://casefile/%2e%2e/secret.txt',
    'app://casefile/assets/%2E%2E/%2e%2E/secret.txt',
  ])('lets the URL parser resolve whole ".." segments in %s, which keeps them inside the root', (url) => {
    // WHATWG URL (as Chromium) turns /%2e%2e/secret.txt into /secret.txt: under the root, where no such file is.
    expect(locateAppFile(root, url)).toMatchObject({ kind: 'file', path: path.join(root, 'secret.txt') });
  });

  it('refuses malformed escapes, other origins and unknown file types', () => {
    expect(locateAppFile(root, 'app://casefile/%E0%A4%A')).toEqual({ kind: 'refused', status: 400 });
    expect(locateAppFile(root, 'app://other/index.html')).toEqual({ kind: 'refused', status: 403 });
    expect(locateAppFile(root, 'file:///etc/passwd')).toEqual({ kind: 'refused', status: 403 });
    expect(locateAppFile(root, 'app://casefile/assets/notes.unknown')).toEqual({ kind: 'refused', status: 404 });
    expect(locateAppFile(root, 'app://casefile/assets/')).toEqual({ kind: 'refused', status: 403 });
  });
});

describe('readAppFile', () => {
  it('serves a file with its type and the security headers', async () => {
    const reply = await readAppFile(root, 'app://casefile/index.html');
    expect(reply.status).toBe(200);
    expect(reply.body?.toString()).toBe('<!doctype html><title>x</title>');
    expect(reply.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('answers 404 for a missing file or a directory, 403 for traversal, never echoing the path', async () => {
    const missing = await readAppFile(root, 'app://casefile/assets/missing-victim-name.js');
    expect(missing.status).toBe(404);
    expect(missing.body?.toString()).not.toContain('victim');
    expect(missing.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);

    expect((await readAppFile(root, 'app://casefile/assets/folder.js')).status).toBe(404);

    const traversal = await readAppFile(root, 'app://casefile/%2e%2e%2fsecret.txt');
    expect(traversal.status).toBe(403);
    expect(traversal.body?.toString()).not.toContain('not for the renderer');
    const normalized = await readAppFile(root, 'app://casefile/%2e%2e/secret.txt');
    expect(normalized.status).toBe(404);
    expect(normalized.body?.toString()).not.toContain('not for the renderer');
  });
});
