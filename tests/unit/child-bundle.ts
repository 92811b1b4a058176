import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where a fixture's bundle goes: under the repo's gitignored .tmp/, so that node resolves the
 * native externals from node_modules.
 */
export const fixtureBundlePath = (name: string): string =>
  path.join(repoRoot, '.tmp', `${name}-${randomBytes(4).toString('hex')}.mjs`);

/**
 * Bundles a fixture script (TypeScript, importing the core) into one ESM file, for a child process
 * or a worker thread of its own; the caller removes it.
 */
export async function bundleFixture(entry: URL, bundle: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(entry)],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers', '@node-rs/argon2'],
    // Bundled CommonJS code may call require(); give it one in the ESM bundle.
    banner: {
      js:
        "import { createRequire as __createRequire } from 'node:module'; const require = " +
        '__createRequire(import.meta.url);',
    },
    logLevel: 'silent',
  });
}

/**
 * A fixture script bundled for a child process of its own (a writer to SIGKILL), built before the
 * test file's tests and removed after them (see bundleFixture). Returns the bundle's path.
 */
export function useChildBundle(entry: URL, name: string): string {
  const bundle = fixtureBundlePath(name);
  beforeAll(() => bundleFixture(entry, bundle));
  afterAll(() => rmSync(bundle, { force: true }));
  return bundle;
}
