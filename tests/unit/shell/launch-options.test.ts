import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLaunchOptions } from '../../../electron/shell/launch-options.js';

const cwd = path.resolve('/home/investigator');

describe('readLaunchOptions', () => {
  it('defaults to nothing (the shell then uses userData)', () => {
    expect(readLaunchOptions(['electron', '.'], {}, cwd)).toEqual({ vaultDir: null, profileDir: null });
  });

  it('reads --vault and --profile, resolved against the working directory', () => {
    expect(readLaunchOptions(['electron', '.', '--vault=cases', '--profile=/tmp/p'], {}, cwd)).toEqual({
      vaultDir: path.join(cwd, 'cases'),
      profileDir: path.resolve('/tmp/p'),
    });
  });

  it('falls back to CASEFILE_VAULT / CASEFILE_PROFILE; the flag wins over the variable', () => {
    const env = { CASEFILE_VAULT: '/srv/vault', CASEFILE_PROFILE: '/srv/profile' };
    expect(readLaunchOptions(['electron', '.'], env, cwd)).toEqual({
      vaultDir: path.resolve('/srv/vault'),
      profileDir: path.resolve('/srv/profile'),
    });
    expect(readLaunchOptions(['electron', '.', '--vault=/v'], env, cwd).vaultDir).toBe(path.resolve('/v'));
  });

  it('ignores empty values and look-alike flags', () => {
    expect(
      readLaunchOptions(['electron', '--vault=', '--vaults=/x', '--vault'], { CASEFILE_VAULT: ' ' }, cwd).vaultDir,
    ).toBeNull();
  });
});
