import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { nativeModuleRefusal } from '../../../electron/core/kernel/vault/database.js';
import { openWorkspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import { testClock } from '../../clock.js';
import { cli, FLOOR_KDF, makeVault, PASSPHRASE, useTempDirs } from './harness.js';

// The SQLite module loads at the first database opened. Here it can be made to fail as it does
// for real: built for Electron and loaded by Node (npm start's rebuild, then the CLI), or removed
// by a rebuild that failed half way.

const loading = vi.hoisted(() => ({ error: null as Error | null }));
vi.mock('better-sqlite3-multiple-ciphers', async (importOriginal) => {
  const actual = (await importOriginal<{ default: new (...args: unknown[]) => object }>()).default;
  class Switchable extends actual {
    constructor(...args: unknown[]) {
      if (loading.error) throw loading.error;
      super(...args);
    }
  }
  return { default: Switchable };
});

/** What Node throws for a module built for another runtime (its message, line breaks and code). */
function abiMismatch(): Error {
  const error = new Error(
    "The module '/work/casefile/node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node'\n" +
      ('was compiled against a different Node.js version using\nNODE_MODULE_VERSION ' +
        '150. This version of Node.js requires\n') +
      ('NODE_MODULE_VERSION 115. Please try re-compiling or re-installing\nthe module ' +
        '(for instance, using `npm rebuild` or `npm install`).'),
  );
  Object.assign(error, { code: 'ERR_DLOPEN_FAILED' });
  return error;
}

const tempDir = useTempDirs();
const env = { CASEFILE_PASSPHRASE: PASSPHRASE };

async function withModule<T>(error: Error, run: () => Promise<T>): Promise<T> {
  loading.error = error;
  try {
    return await run();
  } finally {
    loading.error = null;
  }
}

describe('a database module that cannot load', () => {
  it('built for the app: the CLI names the cause and the command that fixes it, and exits 8', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const run = await withModule(abiMismatch(), () => cli(['--vault', dir, 'unlock', '--check'], { env }));
    expect(run.status).toBe(EXIT.wrongRuntime);
    expect(EXIT.wrongRuntime).toBe(8);
    expect(run.stderr).toContain("Casefile's database module is built for the app, not for the command line");
    expect(run.stderr).toContain('In the Casefile folder, run: node build/native-module.mjs node');
    expect(run.stderr).not.toMatch(/unexpectedly|NODE_MODULE_VERSION/);

    const json = await withModule(abiMismatch(), () => cli(['--vault', dir, '--json', 'case', 'list'], { env }));
    expect(json.status).toBe(EXIT.wrongRuntime);
    expect(json.json()).toMatchObject({ error: { code: 'NATIVE_MODULE', reason: 'storage.moduleBuiltForApp' } });

    // Rebuilt: the same vault opens again.
    expect((await cli(['--vault', dir, 'unlock', '--check'], { env })).status).toBe(EXIT.ok);
  });

  it('missing (a failed rebuild removed it): told as such, exit 8', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const missing = new Error(
      'Could not locate the bindings file. Tried:\n → ' +
        '/work/casefile/node_modules/better-sqlite3-multiple-ciphers/build/better_sqlite3.node',
    );
    const run = await withModule(missing, () => cli(['--vault', dir, '--json', 'unlock', '--check'], { env }));
    expect(run.status).toBe(EXIT.wrongRuntime);
    expect(run.json()).toMatchObject({
      error: {
        code: 'NATIVE_MODULE',
        reason: 'storage.moduleUnusable',
        message: expect.stringContaining('it is missing') as unknown as string,
      },
    });
  });

  it('at vault creation: refused the same way, and the folder is left empty', async () => {
    const dir = path.join(tempDir(), 'vault');
    const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: testClock.now });
    try {
      const reply = await withModule(abiMismatch(), () =>
        routeWorkspace(ws)('vault.create', { passphrase: PASSPHRASE }),
      );
      expect(reply).toMatchObject({ ok: false, error: { code: 'NATIVE_MODULE', reason: 'storage.moduleBuiltForApp' } });
    } finally {
      ws.dispose();
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('in the app (Electron) the same error points to npm start; any other error is left alone', () => {
    const inElectron = { ...process.versions, electron: '45.5.0' } as NodeJS.ProcessVersions;
    expect(nativeModuleRefusal(abiMismatch(), inElectron)).toMatchObject({
      code: 'NATIVE_MODULE',
      reason: 'storage.moduleBuiltForCommandLine',
    });
    expect(nativeModuleRefusal(abiMismatch(), inElectron)?.message).toContain('run: npm start');
    expect(nativeModuleRefusal(new Error('disk I/O error'))).toBeNull();
    expect(nativeModuleRefusal('not an error')).toBeNull();
  });
});
