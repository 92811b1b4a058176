import { describe, expect, it } from 'vitest';
import { CliFailure, EXIT } from '../../../electron/cli/failure.js';
import { fileReadFailure } from '../../../electron/cli/file-read-failure.js';
import { FileError, type FileProblem } from '../../../electron/core/kernel/files/io-errors.js';
import { cli, makeVault, PASSPHRASE, useTempDirs, writeText } from './harness.js';
import { inEnglish } from './in-language.js';

const tempDir = useTempDirs();

const errno = (code: string) => Object.assign(new Error(`${code}: /secret/path/of/victim.txt`), { code });

/** The words and code the app gives the same failure (the kernel's one mapping). */
const kernel = (problem: FileProblem) => new FileError(problem);

const errorOf = (stdout: string) =>
  (JSON.parse(stdout) as { error: { code: string; reason?: string; message: string } }).error;

describe('a file the CLI cannot read, worded by the kernel', () => {
  it('maps each kind of read failure to the code and words of the app', () => {
    const cases: Array<[string, FileProblem]> = [
      ['ENOENT', 'source_missing'],
      ['ENOTDIR', 'source_missing'],
      ['EISDIR', 'source_not_a_file'],
      ['EACCES', 'source_unreadable'],
      ['EPERM', 'source_unreadable'],
      ['EIO', 'source_unreadable'],
    ];
    for (const [code, problem] of cases) {
      const failure = inEnglish(() => fileReadFailure(errno(code), 'the notes file n.txt')) as CliFailure;
      expect(failure).toBeInstanceOf(CliFailure);
      const { code: expectedCode, reason, message } = kernel(problem);
      expect({ code, failure: [failure.code, failure.reason, failure.message] }).toEqual({
        code,
        failure: [expectedCode, reason, `Cannot read the notes file n.txt: ${message}`],
      });
      // The system's own message names paths the user did not type.
      expect(failure.message).not.toContain('/secret/path');
    }
  });

  it('lets an error with no system code through, as the bug it is', () => {
    const bug = new TypeError('not a disk problem');
    expect(inEnglish(() => fileReadFailure(bug, 'the notes file n.txt'))).toBe(bug);
  });

  it('words a missing passphrase file as the app words a missing file, naming only the path typed', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const run = await cli(['--json', '--vault', vault, 'unlock', '--check', '--passphrase-file', '/no/such/file']);
    expect(run.status).toBe(EXIT.notFound);
    expect(errorOf(run.stdout)).toEqual({
      code: 'NOT_FOUND',
      reason: 'files.sourceMissing',
      message: `Cannot read the passphrase file /no/such/file: ${kernel('source_missing').message}`,
    });
  });

  it('words a folder given as the passphrase file as the app words a folder', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const folder = tempDir();
    const run = await cli(['--json', '--vault', vault, 'unlock', '--check', '--passphrase-file', folder]);
    expect(run.status).toBe(EXIT.usage);
    expect(errorOf(run.stdout).message).toBe(
      `Cannot read the passphrase file ${folder}: ${kernel('source_not_a_file').message}`,
    );
  });

  it('words a missing or folder notes file as the app does', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const amend = (notesFile: string) =>
      cli(
        ['--json', '--vault', vault, 'interview', 'amend', 'some-id', '--reason', 'Typo', '--notes-file', notesFile],
        {
          env: { CASEFILE_PASSPHRASE: PASSPHRASE },
        },
      );
    const missing = await amend('/no/such/notes');
    expect(missing.status).toBe(EXIT.notFound);
    expect(errorOf(missing.stdout)).toEqual({
      code: 'NOT_FOUND',
      reason: 'files.sourceMissing',
      message: `Cannot read the notes file /no/such/notes: ${kernel('source_missing').message}`,
    });
    const folder = tempDir();
    const notAFile = await amend(folder);
    expect(notAFile.status).toBe(EXIT.usage);
    expect(errorOf(notAFile.stdout).message).toBe(
      `Cannot read the notes file ${folder}: ${kernel('source_not_a_file').message}`,
    );
    // A file that can be read gets past this step (to the unknown interview), its content never echoed.
    const readable = await amend(writeText(folder, 'n.txt', 'Victim lives at 12 Rue X'));
    expect(errorOf(readable.stdout).code).toBe('NOT_FOUND');
    expect(errorOf(readable.stdout).message).not.toMatch(/^Cannot read/);
    expect(readable.stdout + readable.stderr).not.toContain('Rue X');
  });
});
