import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVault, PASSPHRASE, useTempDirs } from './harness.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tempDir = useTempDirs();

/**
 * The real entry, bundled the way build/build.mjs bundles it, launched through the real
 * bin/casefile.js. It lives under <repo>/.tmp so the native externals resolve from node_modules.
 */
describe('the built casefile command', () => {
  let install: string;

  beforeAll(async () => {
    mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
    install = mkdtempSync(join(repoRoot, '.tmp', 'cli-spawn-'));
    mkdirSync(join(install, 'bin'));
    copyFileSync(join(repoRoot, 'bin', 'casefile.js'), join(install, 'bin', 'casefile.js'));
    await build({
      entryPoints: [join(repoRoot, 'electron', 'cli.ts')],
      outfile: join(install, 'dist', 'cli.js'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20.18',
      external: ['electron', 'better-sqlite3-multiple-ciphers', '@node-rs/argon2'],
      banner: {
        js:
          "import { createRequire as __casefileCreateRequire } from 'node:module';\nconst " +
          'require = __casefileCreateRequire(import.meta.url);',
      },
      logLevel: 'silent',
    });
  });

  afterAll(() => {
    if (install) rmSync(install, { recursive: true, force: true });
  });

  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(install, 'bin', 'casefile.js'), ...args], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });

  it('prints its help and exits 0', () => {
    const result = run(['--help']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: casefile');
    expect(result.stdout).toContain('call METHOD');
  });

  it('calls a method on a real vault, with the native modules loaded from node_modules', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const result = run(['--json', '--vault', vault, 'call', 'cases.list'], { CASEFILE_PASSPHRASE: PASSPHRASE });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ items: [{ title: 'Fixture allegation' }] });

    const wrong = run(['--json', '--vault', vault, 'call', 'cases.list'], {
      CASEFILE_PASSPHRASE: 'not the passphrase at all',
    });
    expect(wrong.status).toBe(3);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ error: { code: 'WRONG_PASSPHRASE' } });
  });

  it('says how to build it when dist/cli.js is missing', () => {
    const bare = tempDir();
    mkdirSync(join(bare, 'bin'));
    copyFileSync(join(repoRoot, 'bin', 'casefile.js'), join(bare, 'bin', 'casefile.js'));
    const result = spawnSync(process.execPath, [join(bare, 'bin', 'casefile.js'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('dist/cli.js is missing');
    expect(result.stderr).toContain('npm install');
  });
});
