import dgram from 'node:dgram';
import dns from 'node:dns';
import { lookup as lookupFromPromises } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installNetworkGuard, isLoopbackHost, NetworkAccessBlocked, type NetworkAttempt } from '../../no-network.js';

/**
 * The guard that tests/unit/no-network.setup.ts installs in every test file: each way Node has of
 * leaving the machine is refused with the host and the test named, and a refusal the code under
 * test swallows still fails the test. Hosts are under .invalid (RFC 2606): never resolvable, so
 * a guard that failed open would fail these tests rather than reach anyone.
 */
const guard = installNetworkGuard(() => expect.getState().currentTestName ?? 'outside any test');
const HOST = 'casefile-guard.invalid';
const thisTest = (): string => expect.getState().currentTestName ?? '';

/** Runs a planted attempt, expects it refused, and returns what the guard recorded for it. */
async function plant(attempt: () => unknown): Promise<{ error: unknown; recorded: NetworkAttempt[] }> {
  let error: unknown;
  try {
    await attempt();
  } catch (caught) {
    error = caught;
  }
  return { error, recorded: guard.take() };
}

async function expectRefused(attempt: () => unknown, via: string, target: string): Promise<void> {
  const { error, recorded } = await plant(attempt);
  expect(error).toBeInstanceOf(NetworkAccessBlocked);
  expect((error as Error).message).toContain(target);
  expect((error as Error).message).toContain(thisTest());
  expect(recorded).toEqual([{ via, target, test: thisTest() }]);
}

describe('the network guard of the unit tests', () => {
  it('refuses TCP and TLS connections, whichever API opens them', async () => {
    await expectRefused(() => net.connect(443, HOST), 'net.connect', `${HOST}:443`);
    await expectRefused(() => net.createConnection({ host: HOST, port: 80 }), 'net.connect', `${HOST}:80`);
    await expectRefused(() => new net.Socket().connect(25, '203.0.113.7'), 'net.connect', '203.0.113.7:25');
    await expectRefused(() => tls.connect({ host: HOST, port: 443, servername: HOST }), 'tls.connect', `${HOST}:443`);
    await expectRefused(() => http.get(`http://${HOST}/releases.json`), 'net.connect', `${HOST}:80`);
    await expectRefused(() => https.request({ host: HOST, path: '/en-US.json' }).end(), 'tls.connect', `${HOST}:443`);
  });

  it('refuses fetch with the URL it was for', async () => {
    await expectRefused(() => fetch(`https://${HOST}/index.json`), 'fetch', `https://${HOST}/index.json`);
    await expectRefused(() => fetch(new URL(`http://${HOST}:8080/`)), 'fetch', `http://${HOST}:8080/`);
    await expectRefused(() => fetch(new Request(`https://${HOST}/r`)), 'fetch', `https://${HOST}/r`);
  });

  it('refuses DNS lookups of other hosts and every DNS query, in each of its APIs', async () => {
    await expectRefused(() => dns.lookup(HOST, () => undefined), 'dns.lookup', HOST);
    await expectRefused(() => dns.promises.lookup(HOST), 'dns.promises.lookup', HOST);
    await expectRefused(() => lookupFromPromises(HOST), 'dns.promises.lookup', HOST);
    // A query goes to a name server even for localhost.
    await expectRefused(() => dns.resolve4('localhost', () => undefined), 'dns.resolve4', 'localhost');
    await expectRefused(() => dns.promises.resolveTxt(HOST), 'dns.promises.resolveTxt', HOST);
    await expectRefused(() => new dns.Resolver().resolveMx(HOST, () => undefined), 'dns.Resolver#resolveMx', HOST);
    await expectRefused(
      () => new dns.promises.Resolver().reverse('192.0.2.1'),
      'dns.promises.Resolver#reverse',
      '192.0.2.1',
    );
  });

  it('refuses UDP datagrams to other hosts', async () => {
    const socket = dgram.createSocket('udp4');
    try {
      await expectRefused(() => socket.send('x', 53, '192.0.2.53'), 'dgram.Socket#send', '192.0.2.53');
      await expectRefused(() => socket.connect(53, HOST), 'dgram.Socket#connect', `${HOST}:53`);
    } finally {
      socket.close();
    }
  });

  describe('loopback stays open', () => {
    let server: http.Server;
    let port: number;
    beforeAll(async () => {
      server = http.createServer((_request, response) => response.end('served locally'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const get = (url: string): Promise<string> =>
      new Promise((resolve, reject) => {
        http
          .get(url, (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () => resolve(body));
          })
          .on('error', reject);
      });

    it('serves http and fetch on 127.0.0.1 and localhost, and looks up localhost', async () => {
      expect(await get(`http://127.0.0.1:${port}/`)).toBe('served locally');
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('served locally');
      expect(await get(`http://localhost:${port}/`)).toBe('served locally');
      expect((await dns.promises.lookup('localhost')).address).toMatch(/^(127\.|::1$)/);
      expect(guard.take()).toEqual([]);
    });
  });

  it('knows loopback from the network', () => {
    for (const host of [
      'localhost',
      'LOCALHOST.',
      'app.localhost',
      '127.0.0.1',
      '127.255.0.9',
      '::1',
      '[::1]',
      '0:0:0:0:0:0:0:1',
      '::ffff:127.0.0.1',
    ]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of [
      'github.com',
      'localhost.example.com',
      '128.0.0.1',
      '10.0.0.1',
      '0.0.0.0',
      '::',
      '::2',
      '::ffff:8.8.8.8',
      '',
    ]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  // The setup file's afterEach is what fails this test: its body swallows the refusal, as an HTTP
  // client with a "No connectivity?" fallback does. Without the guard, the connection would go
  // out (and fail with an unhandled ENOTFOUND); without the afterEach, the test would pass.
  it.fails('fails a test whose code swallowed the refusal', () => {
    try {
      net.connect(443, HOST);
    } catch {
      // swallowed on purpose
    }
  });
});
