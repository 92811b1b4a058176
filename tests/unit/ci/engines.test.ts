import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * package.json `engines` names the Node versions Casefile supports, and it must not promise more
 * than its dependencies do: with ">=20.18", Node 20 installed with eight EBADENGINE warnings
 * (electron and @electron/rebuild need >= 22.12, i18next and react-i18next >= 22, and the linter's
 * eslint-visitor-keys >= 22.13). Each range a
 * dependency declares must contain ours. Optional packages are left out: they are platform
 * builds (a WASM fallback of rolldown), installed only where no native build exists.
 */
interface LockPackage {
  version?: string;
  optional?: boolean;
  engines?: { node?: string } | string[];
}

const root = new URL('../../../', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
// semver is npm's own range logic (here through the dependency tree, as npm resolves it).
const semver = createRequire(import.meta.url)('semver') as {
  subset(sub: string, dom: string): boolean;
  satisfies(version: string, range: string): boolean;
};

const pkg = readJson<{ engines: { node: string } }>('package.json');
const lock = readJson<{ packages: Record<string, LockPackage> }>('package-lock.json');
const supported = pkg.engines.node;

describe('the supported Node versions (package.json engines)', () => {
  it('are Node 22 from 22.13 and Node 24', () => {
    expect(['22.13.0', '22.23.5', '24.0.0', '24.22.3'].filter((v) => !semver.satisfies(v, supported))).toEqual([]);
    expect(['20.20.2', '22.12.0', '23.11.0', '25.0.0'].filter((v) => semver.satisfies(v, supported))).toEqual([]);
  });

  it('are within what every installed dependency declares', () => {
    const narrower = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.optional !== true)
      .flatMap(([path, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range !== undefined && !semver.subset(supported, range)
          ? [`${path.replace(/^.*node_modules\//, '')}@${entry.version ?? '?'} needs ${range}`]
          : [];
      });
    expect(narrower).toEqual([]);
    // Not vacuous: the lock holds the dependencies that raised the floor to 22.13.
    const declared = (name: string) =>
      (lock.packages[`node_modules/${name}`]?.engines as { node?: string } | undefined)?.node;
    expect(declared('electron')).toBeDefined();
    expect(declared('i18next')).toBeDefined();
    expect(semver.subset('>=20.18', declared('electron') ?? '*')).toBe(false);
  });

  it('are copied into the lock file, as npm writes it', () => {
    expect((lock.packages['']?.engines as { node?: string } | undefined)?.node).toBe(supported);
  });

  it('include the Node 24 that .ci/run tests on', () => {
    const pinned = /^NODE24_VERSION=(\S+)$/m.exec(readFileSync(new URL('.ci/run', root), 'utf8'))?.[1];
    expect(pinned).toMatch(/^24\.\d+\.\d+$/);
    expect(semver.satisfies(pinned ?? '', supported)).toBe(true);
  });
});
