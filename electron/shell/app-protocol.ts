import { protocol, type Session } from 'electron';
import { APP_SCHEME } from '../core/kernel/security/app-origin.js';
import { readAppFile, refusal, type AppFileResponse } from './app-files.js';

/**
 * Must run before `ready`. Standard + secure gives app:// a real origin (relative URLs,
 * same-origin module scripts, a secure context); nothing else is granted: no CSP bypass,
 * no fetch/CORS from other origins, no service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        bypassCSP: false,
        allowServiceWorkers: false,
        supportFetchAPI: false,
        corsEnabled: false,
        stream: false,
        codeCache: false,
      },
    },
  ]);
}

function toResponse(reply: AppFileResponse): Response {
  return new Response(reply.body === null ? null : new Uint8Array(reply.body), {
    status: reply.status,
    headers: reply.headers,
  });
}

/** Serves the built renderer (`rendererDir`) on app://casefile/ for this session only. */
export function serveAppFiles(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return toResponse(refusal(405));
    return toResponse(await readAppFile(rendererDir, request.url));
  });
}
