import dgram from 'node:dgram';
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

/**
 * No test reaches the network (issue 8: offline, a scanner's lookups of GitHub and S3 failed 5
 * runs of 6 with unhandled `getaddrinfo ENOTFOUND`). Once installed in a test process, every way
 * Node has to leave the machine — a TCP or TLS connection (so also http, https, http2 and fetch),
 * a DNS query, a UDP datagram — throws when aimed anywhere but loopback, and the attempt is kept
 * so the runner fails the test even when the code under test swallows the error (as HTTP clients
 * with a "No connectivity?" fallback do). Loopback and Unix sockets stay open: the e2e suite
 * serves the app on 127.0.0.1.
 *
 * What this cannot see: child processes (they do not inherit these patches) and native code that
 * opens its own sockets.
 */

export interface NetworkAttempt {
  /** What was called, e.g. `net.Socket#connect`, `dns.lookup`, `fetch`. */
  via: string;
  /** Where it was going: host and port, a host name, or a URL. */
  target: string;
  /** The test that tried, as its runner names it. */
  test: string;
}

export interface NetworkGuard {
  /** The attempts since the last call, which it clears. */
  take(): NetworkAttempt[];
  /**
   * Records an attempt another layer refused (the e2e suite's Chromium requests) and returns the
   * error to fail it with: one list, one message, whichever side tried.
   */
  refuse(via: string, target: string): NetworkAccessBlocked;
  /** Names the test that an attempt from now on is charged to. */
  nameTestWith(currentTest: () => string): void;
  /** Puts every patched function back (only the guard's own tests need this). */
  uninstall(): void;
}

export class NetworkAccessBlocked extends Error {
  override name = 'NetworkAccessBlocked';
}

const describeAttempt = (attempt: NetworkAttempt): string =>
  `"${attempt.test}" called ${attempt.via} for ${attempt.target}`;

/** The message a test fails with; it names the host and the test, never more than they hold. */
export function networkAttemptsMessage(attempts: readonly NetworkAttempt[]): string {
  return [
    `A test tried to reach the network, which no test may do (fake the service or serve it on 127.0.0.1):`,
    ...attempts.map((attempt) => `  - ${describeAttempt(attempt)}`),
  ].join('\n');
}

const LOOPBACK = new net.BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** localhost, 127.0.0.0/8 and ::1 (bare, bracketed, or 127.x mapped into IPv6). */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (net.isIPv4(name)) return LOOPBACK.check(name, 'ipv4');
  return net.isIPv6(name) && LOOPBACK.check(name, 'ipv6');
}

/** Where `socket.connect(...)` goes, or null for a Unix socket or Windows pipe (never the network). */
function socketTarget(args: unknown[]): { host: string; port: string } | null {
  // net.connect() passes its normalised [options, callback] as one array argument.
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (first !== null && typeof first === 'object') {
    const options = first as { path?: unknown; host?: unknown; port?: unknown };
    if (options.path !== undefined && options.path !== null) return null;
    return { host: typeof options.host === 'string' ? options.host : 'localhost', port: String(options.port ?? '') };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return null;
  return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: String(first ?? '') };
}

/** The URL a fetch() is for, or null when it has none we can read (the real fetch then refuses it). */
function fetchUrl(input: unknown): URL | null {
  try {
    if (input instanceof URL) return input;
    if (typeof input === 'string') return new URL(input);
    if (input !== null && typeof input === 'object' && 'url' in input && typeof input.url === 'string')
      return new URL(input.url);
  } catch {
    return null;
  }
  return null;
}

const GUARD = Symbol.for('casefile.tests.no-network');
type Patch = () => void;

interface GuardState extends NetworkGuard {
  attempts: NetworkAttempt[];
  currentTest: () => string;
}

/**
 * Installs the guard in this process (once: later calls only rename the current test) and
 * returns it. `currentTest` names the test an attempt belongs to, at the moment of the attempt.
 */
export function installNetworkGuard(currentTest: () => string): NetworkGuard {
  const installed = (globalThis as { [GUARD]?: GuardState })[GUARD];
  if (installed) {
    installed.nameTestWith(currentTest);
    return installed;
  }

  const restores: Patch[] = [];
  const state: GuardState = {
    attempts: [],
    currentTest,
    take: () => state.attempts.splice(0),
    refuse: (via, target) => block(via, target),
    nameTestWith: (namer) => {
      state.currentTest = namer;
    },
    uninstall: () => {
      restores.splice(0).forEach((restore) => restore());
      syncBuiltinESMExports();
      delete (globalThis as { [GUARD]?: GuardState })[GUARD];
    },
  };

  const block = (via: string, target: string): NetworkAccessBlocked => {
    let test: string;
    try {
      test = state.currentTest();
    } catch {
      test = '(unknown test)';
    }
    const attempt = { via, target, test };
    state.attempts.push(attempt);
    return new NetworkAccessBlocked(networkAttemptsMessage([attempt]));
  };

  /** Replaces owner[key] by a function that first runs `check` on the arguments. */
  const guard = (owner: object, key: string, check: (self: unknown, args: unknown[]) => void): void => {
    const original = (owner as Record<string, unknown>)[key];
    if (typeof original !== 'function') return;
    const guarded = function (this: unknown, ...args: unknown[]): unknown {
      check(this, args);
      return Reflect.apply(original, this, args);
    };
    Object.defineProperty(guarded, 'name', { value: original.name });
    (owner as Record<string, unknown>)[key] = guarded;
    restores.push(() => {
      (owner as Record<string, unknown>)[key] = original;
    });
  };

  // TCP and TLS: net.connect, tls.connect, http(s).request, http2.connect and fetch all end here.
  guard(net.Socket.prototype, 'connect', (self, args) => {
    const target = socketTarget(args);
    if (target !== null && !isLoopbackHost(target.host)) {
      throw block(self instanceof tls.TLSSocket ? 'tls.connect' : 'net.connect', `${target.host}:${target.port}`);
    }
  });

  // DNS: a lookup of a name other than localhost, and every query (resolve*, reverse), which goes
  // to a name server even for "localhost".
  const dnsApis: [object, string][] = [
    [dns, 'dns'],
    [dns.promises, 'dns.promises'],
    [dns.Resolver.prototype, 'dns.Resolver#'],
    [dns.promises.Resolver.prototype, 'dns.promises.Resolver#'],
  ];
  for (const [api, label] of dnsApis) {
    for (const key of Object.getOwnPropertyNames(api)) {
      const isLookup = key === 'lookup' || key === 'lookupService';
      if (!isLookup && !/^(resolve|reverse)/.test(key)) continue;
      const via = label.endsWith('#') ? `${label}${key}` : `${label}.${key}`;
      guard(api, key, (_self, args) => {
        const name = typeof args[0] === 'string' ? args[0] : String(args[0]);
        if (!isLookup || !isLoopbackHost(name)) throw block(via, name);
      });
    }
  }

  // UDP.
  guard(dgram.Socket.prototype, 'connect', (_self, args) => {
    const address = typeof args[1] === 'string' ? args[1] : 'localhost';
    if (!isLoopbackHost(address)) throw block('dgram.Socket#connect', `${address}:${String(args[0])}`);
  });
  guard(dgram.Socket.prototype, 'send', (_self, args) => {
    // send(msg, [offset, length,] port, [address], [callback]): the address is the one string after msg.
    const address = args.slice(1).find((arg) => typeof arg === 'string');
    if (typeof address === 'string' && !isLoopbackHost(address)) throw block('dgram.Socket#send', address);
  });

  // fetch: refused before undici, with the URL rather than undici's "fetch failed".
  if (typeof globalThis.fetch === 'function') {
    const originalFetch = globalThis.fetch;
    globalThis.fetch = function fetch(
      input: Parameters<typeof originalFetch>[0],
      init?: RequestInit,
    ): Promise<Response> {
      const url = fetchUrl(input);
      if (url !== null && /^(https?|wss?):$/.test(url.protocol) && !isLoopbackHost(url.hostname)) {
        return Promise.reject(block('fetch', url.href));
      }
      return originalFetch(input, init);
    };
    restores.push(() => {
      globalThis.fetch = originalFetch;
    });
  }

  // `import { lookup } from 'node:dns'` binds to the ESM view of the module: bring it up to date.
  syncBuiltinESMExports();
  (globalThis as { [GUARD]?: GuardState })[GUARD] = state;
  return state;
}
