import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { METHOD_NAMES, type MethodName } from '../../../shared/contract/index.js';
import { methodSummaries } from '../../../shared/i18n/en/method-summaries.js';
import { isValidTimeZone, systemTimeZone } from '../../../shared/domain/time-zone.js';
import { cli, makeVault, NEW_PASSPHRASE, PASSPHRASE, useTempDirs, writeText, type CliRun } from './harness.js';

// Every workspace the CLI opens is recorded, to prove it is locked again on every path.
const opened = vi.hoisted(() => [] as Array<{ disposed: boolean; isUnlocked: () => boolean }>);
vi.mock('../../../electron/core/workspace.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/core/workspace.js')>();
  return {
    ...actual,
    openWorkspace(options: Parameters<typeof actual.openWorkspace>[0]) {
      const ws = actual.openWorkspace(options);
      const record = { disposed: false, isUnlocked: () => ws.isUnlocked() };
      opened.push(record);
      return {
        ...ws,
        dispose() {
          record.disposed = true;
          ws.dispose();
        },
      };
    },
  };
});

afterEach(() => {
  for (const record of opened.splice(0)) {
    expect(record.disposed).toBe(true);
    expect(record.isUnlocked()).toBe(false);
  }
});

const tempDir = useTempDirs();

/** No run may print a passphrase, wherever it came from. */
function expectNoSecrets(run: CliRun, ...secrets: string[]): void {
  for (const secret of [PASSPHRASE, NEW_PASSPHRASE, ...secrets]) {
    expect(run.stdout).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
  }
}

const errorOf = (run: CliRun) => (run.json() as { error: { code: string; message: string } }).error;

describe('casefile init', () => {
  it('creates a vault and shows the recovery key once, with the warning', async () => {
    const root = tempDir();
    const vault = join(root, 'vault');
    const run = await cli(['--vault', vault, 'init', '--passphrase-file', writeText(root, 'pass', `${PASSPHRASE}\n`)]);
    expect(run.status).toBe(EXIT.ok);
    const key = /^ {4}(\S+)$/m.exec(run.stdout)?.[1] ?? '';
    expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);
    expect(run.stdout.split(key)).toHaveLength(2);
    expect(run.stdout).toContain('It is shown only now');
    expect(run.stderr).toBe('');
    expectNoSecrets(run);

    // The key printed is the vault's: it unlocks it.
    const check = await cli([
      '--vault',
      vault,
      'unlock',
      '--check',
      '--recovery-key-file',
      writeText(root, 'key', key),
    ]);
    expect(check.status).toBe(EXIT.ok);
    expect(check.stdout).toContain('OK');
    expectNoSecrets(check, key);
  });

  it(
    "takes this computer's time zone as the mission's (CI runs it under " +
      'TZ=Pacific/Kiritimati and America/Port-au-Prince)',
    async () => {
      const root = tempDir();
      const vault = join(root, 'vault');
      expect((await cli(['--vault', vault, 'init'], { env: { CASEFILE_PASSPHRASE: PASSPHRASE } })).status).toBe(
        EXIT.ok,
      );
      const clocks = await cli(['--json', '--vault', vault, 'call', 'clocks.get'], {
        env: { CASEFILE_PASSPHRASE: PASSPHRASE },
      });
      const zone = (clocks.json() as { calendar: { timeZone: string } }).calendar.timeZone;
      expect(zone).toBe(systemTimeZone());
      if (process.env['TZ'] && isValidTimeZone(process.env['TZ'])) expect(zone).toBe(process.env['TZ']);
    },
  );

  it(
    'gives {"recoveryKey"} with --json, asking twice at a terminal and again after a ' + 'weak or mismatched entry',
    async () => {
      const vault = join(tempDir(), 'vault');
      const run = await cli(['--json', '--vault', vault, 'init'], {
        answers: ['tiger123', PASSPHRASE, `${PASSPHRASE}x`, PASSPHRASE, PASSPHRASE],
      });
      expect(run.status).toBe(EXIT.ok);
      expect(run.json()).toEqual({ recoveryKey: expect.stringMatching(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/) });
      expect(run.prompts).toEqual([
        'Passphrase: ',
        'Passphrase: ',
        'Repeat the passphrase: ',
        'Passphrase: ',
        'Repeat the passphrase: ',
      ]);
      expect(run.stderr).toContain('too weak');
      expect(run.stderr).toContain('The two entries differ.');
      expectNoSecrets(run);
    },
  );

  it('refuses a folder that already holds a vault, or other things, before asking anything', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const again = await cli(['--json', '--vault', vault, 'init'], { answers: [] });
    expect(again.status).toBe(EXIT.failure);
    expect(errorOf(again).code).toBe('VAULT_EXISTS');

    const busy = tempDir();
    writeFileSync(join(busy, 'notes.txt'), 'not a vault');
    const other = await cli(['--json', '--vault', busy, 'init'], { answers: [] });
    expect(other.status).toBe(EXIT.noVault);
    expect(errorOf(other).code).toBe('NOT_A_VAULT');
  });

  it('passes a weak passphrase from the environment to the core, which refuses it', async () => {
    const vault = join(tempDir(), 'vault');
    const run = await cli(['--json', '--vault', vault, 'init'], { env: { CASEFILE_PASSPHRASE: 'password1' } });
    expect(run.status).toBe(EXIT.usage);
    expect(errorOf(run).code).toBe('WEAK_PASSPHRASE');
    expect(existsSync(join(vault, 'vault.json'))).toBe(false);
  });

  it('will not prompt when stdin is not a terminal', async () => {
    const run = await cli(['--vault', join(tempDir(), 'vault'), 'init']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stderr).toContain('stdin is not a terminal');
    expect(run.stderr).toContain('--passphrase-file FILE or $CASEFILE_PASSPHRASE');
  });
});

describe('casefile unlock --check', () => {
  it('prints OK for the right passphrase, from a file (one trailing CRLF dropped) or the environment', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const fromFile = await cli([
      '--vault',
      vault,
      'unlock',
      '--check',
      '--passphrase-file',
      writeText(tempDir(), 'p', `${PASSPHRASE}\r\n`),
    ]);
    expect(fromFile.status).toBe(EXIT.ok);
    expect(fromFile.stdout).toMatch(/^OK/);
    const fromEnv = await cli(['--json', 'unlock', '--check'], {
      env: { CASEFILE_VAULT: vault, CASEFILE_PASSPHRASE: PASSPHRASE },
    });
    expect(fromEnv.status).toBe(EXIT.ok);
    expect(fromEnv.json()).toEqual({ ok: true, unlockedWith: 'passphrase' });
    expectNoSecrets(fromFile);
    expectNoSecrets(fromEnv);
  });

  it('exits 3 with WRONG_PASSPHRASE for a wrong passphrase (only one newline is forgiven)', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const wrong = await cli(['--json', '--vault', vault, 'unlock', '--check'], {
      env: { CASEFILE_PASSPHRASE: 'not the passphrase at all' },
    });
    expect(wrong.status).toBe(EXIT.wrongSecret);
    expect(errorOf(wrong)).toEqual({
      code: 'WRONG_PASSPHRASE',
      reason: 'vault.wrongPassphrase',
      message: expect.stringContaining('Wrong passphrase'),
    });
    expectNoSecrets(wrong, 'not the passphrase at all');

    const twoNewlines = await cli([
      '--vault',
      vault,
      'unlock',
      '--check',
      '--passphrase-file',
      writeText(tempDir(), 'p', `${PASSPHRASE}\n\n`),
    ]);
    expect(twoNewlines.status).toBe(EXIT.wrongSecret);
    expect(twoNewlines.stderr).toContain('Wrong passphrase');
  });

  it('exits 4 with its own message for a missing vault, a folder of other things, and a file', async () => {
    const root = tempDir();
    const missing = await cli(['--json', '--vault', join(root, 'nothing-here'), 'unlock', '--check'], { answers: [] });
    expect(missing.status).toBe(EXIT.noVault);
    expect(errorOf(missing)).toEqual({
      code: 'VAULT_MISSING',
      reason: 'vault.folderMissing',
      message: expect.stringContaining('casefile --vault'),
    });

    const other = join(root, 'photos');
    mkdirSync(other);
    writeFileSync(join(other, 'a.jpg'), 'jpeg');
    const notVault = await cli(['--json', '--vault', other, 'unlock', '--check'], { answers: [] });
    expect(notVault.status).toBe(EXIT.noVault);
    expect(errorOf(notVault).code).toBe('NOT_A_VAULT');

    const file = await cli(['--vault', writeText(root, 'plain.txt', 'x'), 'unlock', '--check'], { answers: [] });
    expect(file.status).toBe(EXIT.noVault);
    expect(file.stderr).toContain('not a folder');

    const messages = new Set([errorOf(missing).message, errorOf(notVault).message, file.stderr]);
    expect(messages.size).toBe(3);
  });

  it('reports an unreadable or empty passphrase file by name, and refuses two secrets at once', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const absent = await cli(['--vault', vault, 'unlock', '--check', '--passphrase-file', '/no/such/file']);
    // Worded and coded by the kernel's one mapping of read failures (file-read-failures.test.ts).
    expect(absent.status).toBe(EXIT.notFound);
    expect(absent.stderr).toContain('Cannot read the passphrase file /no/such/file: The file was not found.');
    const empty = await cli([
      '--vault',
      vault,
      'unlock',
      '--check',
      '--passphrase-file',
      writeText(tempDir(), 'e', '\n'),
    ]);
    expect(empty.stderr).toContain('is empty');
    const both = await cli([
      '--vault',
      vault,
      'unlock',
      '--check',
      '--passphrase-file',
      'a',
      '--recovery-key-file',
      'b',
    ]);
    expect(both.status).toBe(EXIT.usage);
    expect(both.stderr).toContain('not both');
  });
});

describe('casefile passwd', () => {
  it('changes the passphrase: the old one stops working, the new one and the recovery key work', async () => {
    const vault = tempDir();
    const recoveryKey = await makeVault(vault);
    const files = tempDir();
    const run = await cli([
      '--vault',
      vault,
      'passwd',
      '--passphrase-file',
      writeText(files, 'old', PASSPHRASE),
      '--new-passphrase-file',
      writeText(files, 'new', `${NEW_PASSPHRASE}\n`),
    ]);
    expect(run.status).toBe(EXIT.ok);
    expect(run.stdout).toContain('Passphrase changed');
    expectNoSecrets(run);

    const check = (env: Record<string, string>, extra: string[] = []) =>
      cli(['--vault', vault, 'unlock', '--check', ...extra], { env });
    expect((await check({ CASEFILE_PASSPHRASE: PASSPHRASE })).status).toBe(EXIT.wrongSecret);
    expect((await check({ CASEFILE_PASSPHRASE: NEW_PASSPHRASE })).status).toBe(EXIT.ok);
    expect((await check({}, ['--recovery-key-file', writeText(files, 'key', recoveryKey)])).status).toBe(EXIT.ok);
  });

  it('takes the new passphrase from CASEFILE_NEW_PASSPHRASE, or the recovery key as the current secret', async () => {
    const vault = tempDir();
    const recoveryKey = await makeVault(vault);
    const run = await cli(
      ['--json', '--vault', vault, 'passwd', '--recovery-key-file', writeText(tempDir(), 'key', `${recoveryKey}\n`)],
      {
        env: { CASEFILE_NEW_PASSPHRASE: NEW_PASSPHRASE },
      },
    );
    expect(run.status).toBe(EXIT.ok);
    expect(run.json()).toEqual({ changed: true });
    expectNoSecrets(run, recoveryKey);
    expect(
      (await cli(['--vault', vault, 'unlock', '--check'], { env: { CASEFILE_PASSPHRASE: NEW_PASSPHRASE } })).status,
    ).toBe(EXIT.ok);
  });

  it('checks the current passphrase before asking for a new one, and refuses the same one again', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const wrong = await cli(['--vault', vault, 'passwd'], { answers: ['not the current one'] });
    expect(wrong.status).toBe(EXIT.wrongSecret);
    expect(wrong.prompts).toEqual(['Current passphrase: ']);

    const same = await cli(['--json', '--vault', vault, 'passwd'], {
      env: { CASEFILE_PASSPHRASE: PASSPHRASE, CASEFILE_NEW_PASSPHRASE: PASSPHRASE },
    });
    expect(same.status).toBe(EXIT.usage);
    expect(errorOf(same).message).toContain('same as the current one');
  });
});

describe('casefile methods', () => {
  it('lists every contract method with its summary from the catalogue, whileLocked and input JSON Schema', async () => {
    const run = await cli(['methods', '--json']);
    expect(run.status).toBe(EXIT.ok);
    const methods = run.json() as Array<{
      name: MethodName;
      summary: string;
      whileLocked: boolean;
      input: Record<string, unknown>;
    }>;
    expect(methods.map((method) => method.name)).toEqual(METHOD_NAMES);
    for (const method of methods) {
      expect(method.summary, method.name).toBe(methodSummaries[method.name]);
      expect(typeof method.whileLocked).toBe('boolean');
      expect(method.input['$schema'], method.name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(
        method.input['type'] === 'object' || Array.isArray(method.input['oneOf'] ?? method.input['anyOf']),
        method.name,
      ).toBe(true);
    }
    const create = methods.find((method) => method.name === 'cases.create');
    expect(create?.input).toMatchObject({
      properties: { title: { type: 'string', maxLength: 300 } },
      additionalProperties: false,
    });
    // Only what intake cannot go without is required; every other field has a default.
    expect((create?.input['required'] as string[]).sort()).toEqual([
      'dateReceived',
      'entity',
      'reportingChannel',
      'title',
    ]);

    const human = await cli(['methods']);
    for (const name of METHOD_NAMES) expect(human.stdout).toContain(name);
    expect(human.stdout).toContain('works while locked');
  });
});

describe('casefile call', () => {
  it('invokes a method with input from a file, unlocking first', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const input = writeText(
      tempDir(),
      'case.json',
      JSON.stringify({
        title: 'Second allegation',
        dateReceived: '2026-03-10',
        reportingChannel: 'email_or_letter',
        entity: 'MINUSCA',
        confidentiality: 'strictly_confidential',
      }),
    );
    const run = await cli(['--vault', vault, 'call', 'cases.create', '--input', input], {
      env: { CASEFILE_PASSPHRASE: PASSPHRASE },
    });
    expect(run.status).toBe(EXIT.ok);
    expect(run.json()).toMatchObject({
      title: 'Second allegation',
      confidentiality: 'strictly_confidential',
      reference: expect.any(String),
    });
    expectNoSecrets(run);

    const list = await cli(['--json', '--vault', vault, 'call', 'cases.list'], {
      env: { CASEFILE_PASSPHRASE: PASSPHRASE },
    });
    const titles = (list.json() as { items: Array<{ title: string }> }).items.map((item) => item.title).sort();
    expect(titles).toEqual(['Fixture allegation', 'Second allegation']);
  });

  it('records what it changes in the audit trail as the cli, apart from the app', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const input = JSON.stringify({
      title: 'Third allegation',
      dateReceived: '2026-03-11',
      reportingChannel: 'hotline',
      entity: 'MINUSCA',
    });
    const created = await cli(['--json', '--vault', vault, 'call', 'cases.create', '--input', '-'], {
      stdin: input,
      env: { CASEFILE_PASSPHRASE: PASSPHRASE },
    });
    expect(created.status).toBe(EXIT.ok);
    const list = await cli(['--json', '--vault', vault, 'call', 'audit.list'], {
      env: { CASEFILE_PASSPHRASE: PASSPHRASE },
    });
    const rows = (list.json() as { items: Array<{ action: string; actor: string; target: { label?: string } | null }> })
      .items;
    const caseCreations = rows
      .filter((row) => row.action === 'case.create')
      .map((row) => [row.target?.label, row.actor]);
    // The fixture's case was opened through the core as the app would; the second by this command.
    expect(caseCreations.sort()).toEqual([
      ['CF-2026-0001', 'app'],
      ['CF-2026-0002', 'cli'],
    ]);
  });

  it('reads the input from stdin with -', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const run = await cli(['--vault', vault, 'call', 'settings.update', '--input', '-'], {
      stdin: '{"autoLockMinutes": 25}',
      env: { CASEFILE_PASSPHRASE: PASSPHRASE },
    });
    expect(run.status).toBe(EXIT.ok);
    expect(run.json()).toMatchObject({ autoLockMinutes: 25 });
  });

  it('calls a method allowed while locked without asking for any secret', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const settings = await cli(['--vault', vault, 'call', 'settings.get']);
    expect(settings.status).toBe(EXIT.ok);
    expect(settings.json()).toMatchObject({ autoLockMinutes: expect.any(Number), language: 'en' });
    const status = await cli(['--vault', vault, 'call', 'vault.status'], { answers: [] });
    expect(status.json()).toEqual({ state: 'locked' });
    expect(status.prompts).toEqual([]);
  });

  it('reports bad JSON as VALIDATION with its position, before any unlock', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const run = await cli(['--json', '--vault', vault, 'call', 'cases.create', '--input', '-'], {
      stdin: '{\n  "title": "x",\n  "summary": confidential-words\n}',
      env: { CASEFILE_PASSPHRASE: PASSPHRASE },
    });
    expect(run.status).toBe(EXIT.usage);
    expect(errorOf(run)).toEqual({
      code: 'VALIDATION',
      message: 'The input from stdin is not valid JSON: expected a JSON value at line 3, column 14 (offset 31).',
    });
  });

  it(
    'refuses input the schema rejects before spending a key derivation (a wrong ' + 'passphrase is not even tried)',
    async () => {
      const vault = tempDir();
      await makeVault(vault);
      const run = await cli(['--json', '--vault', vault, 'call', 'cases.create', '--input', '-'], {
        stdin: '{"title": "", "colour": "red"}',
        env: { CASEFILE_PASSPHRASE: 'not the passphrase at all' },
      });
      expect(run.status).toBe(EXIT.usage);
      expect(errorOf(run)).toEqual({
        code: 'VALIDATION',
        message: expect.stringContaining('Invalid input for cases.create'),
      });
    },
  );

  it('exits 3 when the passphrase does not unlock, and 2 with a suggestion for an unknown method', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const wrong = await cli(['--vault', vault, 'call', 'cases.list'], {
      env: { CASEFILE_PASSPHRASE: 'not the passphrase at all' },
    });
    expect(wrong.status).toBe(EXIT.wrongSecret);
    const unknown = await cli(['--json', '--vault', vault, 'call', 'case.list']);
    expect(unknown.status).toBe(EXIT.usage);
    expect(errorOf(unknown)).toEqual({
      code: 'UNKNOWN_METHOD',
      message: expect.stringContaining('Did you mean cases.list?'),
    });
  });

  it('passes the core’s error code through, and locks the vault even when the call fails after unlocking', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const run = await cli(['--json', '--vault', vault, 'call', 'vault.changePassphrase', '--input', '-'], {
      stdin: JSON.stringify({ current: 'not the passphrase at all', next: NEW_PASSPHRASE }),
      env: { CASEFILE_PASSPHRASE: PASSPHRASE },
    });
    expect(run.status).toBe(EXIT.wrongSecret);
    expect(errorOf(run).code).toBe('WRONG_PASSPHRASE');
    expectNoSecrets(run, 'not the passphrase at all');
    // afterEach checks this workspace was disposed and is locked.
    expect(opened.length).toBeGreaterThan(0);
  });
});
