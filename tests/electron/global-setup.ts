import { spawnSync } from 'node:child_process';
import { findElectronBinary, repoRoot } from './electron-binary.js';

function run(title: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${title} failed (exit ${result.status ?? result.error?.message})`);
}

/**
 * Where Electron can run: build the bundles (unless the caller just did) and make the SQLite
 * module match Electron's ABI. Where it cannot, touch nothing — in particular not the native
 * module, which the Node test suites on this machine are using.
 */
export default async function globalSetup(): Promise<void> {
  const binary = findElectronBinary();
  if (binary.path === null) {
    console.warn(`[electron tests] skipped: ${binary.reason}`);
    return;
  }
  if (process.env.CASEFILE_SKIP_BUILD !== '1') run('build', ['build/build.mjs']);
  run('native module for Electron', ['build/native-module.mjs', 'electron']);
}
