import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isAppUrl } from '../core/kernel/security/app-origin.js';
import { SECURITY_HEADERS } from '../core/kernel/security/content-security-policy.js';

/**
 * What the app:// protocol may serve from the built renderer. No Electron import: the shell wraps
 * this in a Response, and unit tests call it directly. Types not listed here are not served —
 * with nosniff, a wrong type would break the page rather than be guessed.
 */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppFileLocation =
  { kind: 'file'; path: string; mimeType: string } | { kind: 'refused'; status: 400 | 403 | 404 };

// Characters that never belong in one of our file names and that some OS treats as a separator,
// a drive letter / stream (":"), or a string terminator.
const FORBIDDEN_IN_SEGMENT = /[/\\:\0]/;

/**
 * Maps an app:// URL to a file under `rootDir`, or refuses it. Each path segment is decoded
 * once and checked on its own, so `..`, `%2e%2e`, `%2f` and `%5c` tricks, empty segments
 * (`//etc`) and drive letters never reach the file system; the joined path is re-checked to
 * lie inside the root.
 */
export function locateAppFile(rootDir: string, requestUrl: string): AppFileLocation {
  if (!isAppUrl(requestUrl)) return { kind: 'refused', status: 403 };
  const { pathname } = new URL(requestUrl);
  const rawSegments = pathname === '/' ? ['index.html'] : pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'refused', status: 400 };
    }
    if (segment === '' || segment === '.' || segment === '..' || FORBIDDEN_IN_SEGMENT.test(segment)) {
      return { kind: 'refused', status: 403 };
    }
    segments.push(segment);
  }
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.split(path.sep)[0] === '..' || path.isAbsolute(relative)) {
    return { kind: 'refused', status: 403 };
  }
  const mimeType = MIME_TYPES[path.extname(filePath).toLowerCase()];
  if (mimeType === undefined) return { kind: 'refused', status: 404 };
  return { kind: 'file', path: filePath, mimeType };
}

export interface AppFileResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad request',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  500: 'Could not read the file',
};

/** A refusal: no body beyond the status text, and never the requested path echoed back. */
export function refusal(status: 400 | 403 | 404 | 405 | 500): AppFileResponse {
  return {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    body: Buffer.from(STATUS_TEXT[status] ?? 'Refused'),
  };
}

/** Reads the file an app:// GET asks for, with the security headers on every reply. */
export async function readAppFile(rootDir: string, requestUrl: string): Promise<AppFileResponse> {
  const location = locateAppFile(rootDir, requestUrl);
  if (location.kind === 'refused') return refusal(location.status);
  try {
    // Regular files only: a directory or device under the root is not content.
    if (!(await stat(location.path)).isFile()) return refusal(404);
    const body = await readFile(location.path);
    return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': location.mimeType }, body };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refusal(code === 'ENOENT' || code === 'ENOTDIR' ? 404 : 500);
  }
}
