import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * build/build.mjs removes `<--cli-out>/cli` before it builds: a value that is missing or is the next flag
 * must stop it before anything is removed (`--cli-out --cli-only` once meant the folder "--cli-only").
 */
const buildScript = fileURLToPath(new URL('../../../build/build.mjs', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function buildIn(args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'casefile-build-args-'));
  dirs.push(cwd);
  // What a wrong reading of the flag would remove: `<cwd>/--cli-only/cli`.
  mkdirSync(join(cwd, '--cli-only', 'cli'), { recursive: true });
  writeFileSync(join(cwd, '--cli-only', 'cli', 'keep.txt'), 'not the build’s');
  const run = spawnSync(process.execPath, [buildScript, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { run, kept: existsSync(join(cwd, '--cli-only', 'cli', 'keep.txt')) };
}

describe('build/build.mjs --cli-out', () => {
  it('refuses a flag in place of the folder, and removes nothing', () => {
    const { run, kept } = buildIn(['--cli-out', '--cli-only']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--cli-out needs a folder after it');
    expect(kept).toBe(true);
  });

  it('refuses a missing folder', () => {
    const { run } = buildIn(['--cli-only', '--cli-out']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--cli-out needs a folder after it');
  });
});
