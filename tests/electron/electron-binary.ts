import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export type ElectronBinary = { path: string; reason: null } | { path: null; reason: string };

/**
 * Finds the Electron executable the way `require('electron')` does — path.txt inside the
 * package, or ELECTRON_OVERRIDE_DIST_PATH — but without its fallback of downloading the binary
 * in the middle of a test run. Where it is missing, the reason says what to do.
 */
export function findElectronBinary(): ElectronBinary {
  const packageDir = join(repoRoot, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) {
    return { path: null, reason: 'the electron package is not installed (npm install with dev dependencies)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!existsSync(pathFile) && !override) {
    return {
      path: null,
      reason:
        'Electron binary not installed (node_modules/electron/dist missing: its download ' +
        'failed or was skipped); run where Electron can be downloaded (npx ' +
        'install-electron)',
    };
  }
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = join(override ?? join(packageDir, 'dist'), executable);
  if (!existsSync(binary)) {
    return {
      path: null,
      reason: `Electron binary not found at ${binary}; run where Electron can be downloaded (npx install-electron)`,
    };
  }
  return { path: binary, reason: null };
}
