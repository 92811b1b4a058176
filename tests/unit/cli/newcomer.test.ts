import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { cli, makeVault, PASSPHRASE, useTempDirs } from './harness.js';

// The command line as someone meets it the first time: what version is this, what must I give,
// what does a failure mean.

const tempDir = useTempDirs();
const env = { CASEFILE_PASSPHRASE: PASSPHRASE };
const packageVersion = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

describe('casefile --version', () => {
  it('prints the version of casefile and the Node.js running it, and exits 0', async () => {
    const run = await cli(['--version']);
    expect(run).toMatchObject({
      status: EXIT.ok,
      stdout: `casefile ${packageVersion} (Node.js ${process.versions.node})\n`,
      stderr: '',
    });
    expect((await cli(['--json', '--version'])).json()).toEqual({
      version: packageVersion,
      node: process.versions.node,
    });
    expect((await cli(['--help'])).stdout).toMatch(/--version +Print the version of casefile and exit\./);
  });
});

describe('a required option left out', () => {
  it('is named as the option the user types, never as a schema field', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const run = await cli(
      ['--vault', dir, 'case', 'create', '--title', 'Report from the market', '--entity', 'MINUSCA'],
      { env },
    );
    expect(run.status).toBe(EXIT.usage);
    expect(run.stderr).toBe('casefile: The case intake needs --received DATE and --channel CHANNEL.\n');

    const json = await cli(
      ['--vault', dir, '--json', 'case', 'create', '--title', 'Report', '--channel', 'hotline', '--entity', 'MINUSCA'],
      { env },
    );
    expect(json.json()).toEqual({ error: { code: 'USAGE', message: 'The case intake needs --received DATE.' } });
    for (const text of [run.stderr, json.stdout]) {
      expect(text).not.toMatch(/dateReceived|reportingChannel|expected string|received undefined/);
    }
  });

  it('a wrong value is told by its option too', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const args = [
      '--vault',
      dir,
      'case',
      'create',
      '--title',
      'Report',
      '--received',
      '2026-03-09',
      '--entity',
      'MINUSCA',
      '--channel',
      'fax',
    ];
    const run = await cli(args, { env });
    expect(run.status).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/^casefile: Invalid case intake: --channel: /);
    expect(run.stderr).not.toContain('reportingChannel');
  });

  it('is marked in --help', async () => {
    const help = (await cli(['case', '--help'])).stdout;
    for (const option of ['--title TEXT', '--received DATE', '--entity TEXT', '--channel CHANNEL']) {
      expect(help).toMatch(new RegExp(`${option} +\\[required for create\\] `));
    }
    expect(help).toMatch(/--urgent +create: mark urgent/);
    expect((await cli(['unlock', '--help'])).stdout).toMatch(/--check +\[required\] /);
    expect((await cli(['evidence', '--help'])).stdout).toMatch(/--case CASE +\[required for add\] /);
  });
});

describe('exit codes', () => {
  it('an unknown case exits with the documented not-found code', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const run = await cli(['--vault', dir, 'case', 'show', 'CF-2026-0042'], { env });
    expect(run.status).toBe(EXIT.notFound);
    expect(EXIT.notFound).toBe(6);
    const help = (await cli(['--help'])).stdout;
    expect(help).toMatch(/\n {2}6 +not found: no such case/);
    expect(help).toMatch(/\n {2}7 +the vault is damaged/);
    expect(help).toMatch(
      new RegExp(
        '\\n {2}8 +the database module cannot be loaded \\(built for the app, or missing\\): ' +
          'run node build/native-module\\.mjs node',
      ),
    );
  });
});
