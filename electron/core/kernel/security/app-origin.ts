/** The renderer is served from this origin only; the shell trusts nothing else (IPC, navigation). */
export const APP_SCHEME = 'app';
const APP_HOST = 'casefile';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for `app://casefile/...`. Compared field by field: `app:` is not a special scheme
 * for WHATWG URL, so `URL.origin` is "null" and cannot be used.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.pathname.startsWith('/')
  );
}

/**
 * Requests the app's session lets through: its own files, inline data (images), and the
 * developer tools' own pages (devtools are disabled in packaged builds). Everything else —
 * any network, file:// — is cancelled, beneath the CSP.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parse(url);
  if (parsed === null) return false;
  return parsed.protocol === 'data:' || parsed.protocol === 'devtools:';
}
