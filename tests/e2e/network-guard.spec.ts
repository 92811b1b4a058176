import net from 'node:net';
import { NetworkAccessBlocked } from '../no-network.js';
import { expect, test } from './fixtures.js';

/**
 * The e2e suite's network guard fires (see fixtures.ts `network`): planted attempts from the
 * page and from this worker are refused and named, and one the test does not take fails it.
 * Hosts are under .invalid (RFC 2606), so a guard that failed open still reaches no one.
 */
const HOST = 'casefile-guard.invalid';

test.describe('no e2e test reaches the network', () => {
  test('a page that navigates away from the app server is stopped, and the URL and test are named', async ({
    page,
    network,
  }) => {
    const url = `https://${HOST}/help`;
    const error = await page.goto(url).then(
      () => null,
      (caught: Error) => caught,
    );
    expect(error?.message).toContain('ERR_BLOCKED_BY_CLIENT');
    expect(network.take()).toEqual([{ via: 'Chromium', target: url, test: test.info().titlePath.join(' › ') }]);
  });

  test('the app server itself stays reachable', async ({ page, server, network }) => {
    const response = await page.goto(`${server.origin}/index.html`);
    expect(response?.status()).toBe(200);
    expect(network.take()).toEqual([]);
  });

  test('a connection from the Node side is refused, and the host and test are named', async ({ network }) => {
    let error: unknown;
    try {
      net.connect(443, HOST);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NetworkAccessBlocked);
    expect((error as Error).message).toContain(`${HOST}:443`);
    expect(network.take()).toEqual([
      { via: 'net.connect', target: `${HOST}:443`, test: test.info().titlePath.join(' › ') },
    ]);
  });

  // The `network` fixture's teardown is what fails these two: nothing else in them can.
  test('an attempt from the page that the test leaves unchecked fails it', async ({ page }) => {
    test.fail();
    await page.goto(`https://${HOST}/`).catch(() => undefined);
  });

  test('an attempt from Node that the code swallows fails the test', async () => {
    test.fail();
    try {
      net.connect(443, HOST);
    } catch {
      // swallowed on purpose, as an HTTP client with an offline fallback would
    }
  });
});
