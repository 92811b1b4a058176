import type { BrowserContext } from '@playwright/test';
import type { NetworkGuard } from '../no-network.js';

/**
 * Chromium's switches against reaching the network on its own: no background services, and no
 * host name resolves (only the app's server is used, by its IP literal 127.0.0.1), so a request
 * that slipped past the routes below, or that the browser makes for itself, cannot go out.
 */
export const OFFLINE_CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/**
 * Every request a page of this context makes to anywhere but the app's own server — a
 * navigation, a subresource, a WebSocket — is aborted and recorded in `guard`, which fails the
 * test (the `network` fixture). Requests the page's CSP already refuses never get this far.
 */
export async function confineToOrigin(context: BrowserContext, origin: string, guard: NetworkGuard): Promise<void> {
  const elsewhere = (url: URL): boolean => url.origin !== origin;
  await context.route(elsewhere, async (route) => {
    guard.refuse('Chromium', route.request().url());
    await route.abort('blockedbyclient');
  });
  await context.routeWebSocket(elsewhere, async (socket) => {
    guard.refuse('Chromium WebSocket', socket.url());
    await socket.close({ code: 1008, reason: 'tests do not reach the network' });
  });
}
