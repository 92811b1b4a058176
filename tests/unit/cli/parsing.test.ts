import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/table/index.js';
import { EXIT } from '../../../electron/cli/failure.js';
import { GLOBAL_OPTIONS, parseCommandLine } from '../../../electron/cli/options.js';
import { suggestNames } from '../../../electron/cli/suggest.js';
import { cli } from './harness.js';
import { inEnglish } from './in-language.js';

describe('help', () => {
  it('lists every command, every global option, the environment and the exit codes', async () => {
    for (const argv of [['--help'], ['-h'], ['--json', '--help']]) {
      const run = await cli(argv);
      expect(run.status, argv.join(' ')).toBe(EXIT.ok);
      for (const command of COMMANDS) expect(run.stdout).toContain(command.headline);
      for (const option of Object.keys(GLOBAL_OPTIONS)) expect(run.stdout).toContain(`--${option}`);
      for (const variable of ['CASEFILE_VAULT', 'CASEFILE_PASSPHRASE', 'CASEFILE_NEW_PASSPHRASE'])
        expect(run.stdout).toContain(variable);
      for (const status of Object.values(EXIT)) expect(run.stdout).toMatch(new RegExp(`^\\s+${status}\\s+\\w`, 'm'));
    }
  });

  it('prints the usage on stderr and exits 2 with no arguments', async () => {
    const run = await cli([]);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: casefile');
  });

  it("shows a command's own options after its name", async () => {
    const run = await cli(['call', '--help']);
    expect(run.status).toBe(EXIT.ok);
    expect(run.stdout).toContain('Usage: casefile [--vault DIR] [--json] call METHOD');
    expect(run.stdout).toContain('--input FILE|-');
    expect(run.stdout).toContain('--recovery-key-file FILE');
    expect((await cli(['passwd', '-h'])).stdout).toContain('--new-passphrase-file FILE');
  });

  it('says what a bundle without identities leaves out, and that free text goes as written', async () => {
    const help = (await cli(['bundle', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('evidence file names');
    expect(help).toContain('other free text go as written');
  });
});

describe('usage errors', () => {
  it('refuses an unknown command without repeating it, suggesting the nearest of its own names', async () => {
    const run = await cli(['unlok']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stderr).toContain('That is not a casefile command. Did you mean unlock?');
    expect(run.stderr).not.toContain('unlok');
    expect(run.stdout).toBe('');
    // A passphrase typed in the command's place lands neither on screen nor in a terminal's log.
    for (const argv of [['correct horse battery'], ['--json', 'correct horse battery']]) {
      const secret = await cli(argv);
      expect(secret.status).toBe(EXIT.usage);
      expect(secret.stdout + secret.stderr).not.toMatch(/correct|horse|battery/);
    }
  });

  it('answers with {"error":{code,message}} on stdout under --json', async () => {
    const run = await cli(['--json', 'metods']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.json()).toEqual({ error: { code: 'USAGE', message: expect.stringContaining('Did you mean methods?') } });
    expect(run.stderr).toBe('');
    expect(JSON.parse((await cli(['--json'])).stdout)).toEqual({
      error: { code: 'USAGE', message: expect.any(String) },
    });
  });

  it('refuses an unknown option without printing it back, and suggests one the command has', async () => {
    const run = await cli(['unlock', '--chek', '--vault', '/nowhere']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stderr).toContain('That is not an option of `casefile unlock`. Did you mean --check?');
    expect(run.stderr).not.toContain('--chek');
    // An option of another command is unknown here.
    expect((await cli(['init', '--input', 'x.json', '--vault', '/nowhere'])).stderr).toContain(
      'That is not an option of `casefile init`.',
    );
    // A passphrase typed where an option goes is never printed back.
    const secret = await cli(['unlock', '--check', '--correct-horse-battery-staple', '--vault', '/nowhere']);
    expect(secret.status).toBe(EXIT.usage);
    expect(secret.stderr + secret.stdout).not.toContain('correct-horse');
  });

  it('rejects missing, misplaced and repeated option values', async () => {
    expect((await cli(['methods', '--vault'])).stderr).toContain('Option --vault needs a value');
    expect((await cli(['--vault', '--json', 'methods'])).stdout).toContain('the next argument is an option');
    expect((await cli(['methods', '--json=yes'])).stderr).toContain('Option --json takes no value');
    expect((await cli(['--vault', 'a', '--vault', 'b', 'methods'])).stderr).toContain(
      '--vault is given more than once',
    );
    // A value that really starts with '-' can be given inline.
    expect((await cli(['--vault=-odd', 'methods'])).status).toBe(EXIT.ok);
  });

  it('never echoes a stray argument: it may be a passphrase typed in the wrong place', async () => {
    const run = await cli(['--vault', '/nowhere', 'unlock', '--check', 'correct-horse-battery-staple']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stderr).toContain('casefile unlock takes no arguments; got 1');
    expect(run.stderr).not.toContain('correct-horse');
    const call = await cli(['--vault', '/nowhere', 'call']);
    expect(call.stderr).toContain('casefile call takes METHOD; got 0');
  });

  it('asks for a vault folder when neither --vault nor CASEFILE_VAULT is set', async () => {
    const run = await cli(['--json', 'unlock', '--check']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.json()).toEqual({
      error: { code: 'USAGE', message: 'No vault folder: pass --vault DIR or set CASEFILE_VAULT.' },
    });
  });

  it('requires --check for unlock', async () => {
    const run = await cli(['--vault', '/nowhere', 'unlock']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stderr).toContain('needs --check');
  });
});

describe('the command table', () => {
  it('gives every option one meaning across commands, so argv is read the same everywhere', () => {
    expect(() => inEnglish(() => parseCommandLine(['methods'], COMMANDS))).not.toThrow();
    const names = COMMANDS.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads global options before or after the command, and `-` as a value', () => {
    const line = inEnglish(() =>
      parseCommandLine(['call', 'cases.list', '--input', '-', '--vault', 'v', '--json'], COMMANDS),
    );
    expect(line.command?.name).toBe('call');
    expect(line.args).toEqual(['cases.list']);
    expect(line.options).toMatchObject({ input: '-', vault: 'v', json: true });
  });

  it('suggests near names, and nothing for far ones', () => {
    expect(suggestNames('cases.lst', ['cases.list', 'cases.create', 'vault.lock'])).toEqual(['cases.list']);
    expect(suggestNames('cases', ['cases.list', 'cases.create', 'vault.lock'])).toEqual(['cases.create', 'cases.list']);
    expect(suggestNames('zzzzzz', ['cases.list', 'vault.lock'])).toEqual([]);
  });
});
