import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createPrivateFile,
  writeFileAtomic,
  writeFileAtomicFrom,
} from '../../../electron/core/kernel/files/private-files.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-files-'));
  made.push(dir);
  return dir;
}

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
const rejection = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );
const thrown = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    return error;
  }
  return null;
};

/** A folder holding `name` with `content`, world-readable as a file made without care would be. */
function folderWith(name: string, content: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  fs.chmodSync(file, 0o644);
  return { dir, file };
}

describe('the one atomic private-file service', () => {
  // The most permissive umask (this test file's own process only): the 0600 must not come from it.
  let previousUmask = 0;
  beforeAll(() => {
    previousUmask = process.umask(0o000);
  });
  afterAll(() => {
    process.umask(previousUmask);
  });

  it('writes new and replaced files owner-only (0600), sync and streamed', async () => {
    const { dir, file } = folderWith('report.pdf', 'old');
    writeFileAtomic(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(modeOf(file)).toBe(0o600);

    const streamed = path.join(dir, 'export.bin');
    const returned = await writeFileAtomicFrom(streamed, async (handle) => {
      await handle.write(Buffer.from('streamed'), 0, 8, 0);
      return 'filled';
    });
    expect(returned).toBe('filled');
    expect(fs.readFileSync(streamed, 'utf8')).toBe('streamed');
    expect(modeOf(streamed)).toBe(0o600);

    const empty = path.join(dir, 'casefile.db');
    createPrivateFile(empty);
    expect(modeOf(empty)).toBe(0o600);
    expect(fs.readdirSync(dir).sort()).toEqual(['casefile.db', 'export.bin', 'report.pdf']);
  });

  it('never reuses a name: creating over an existing file fails and leaves it alone', () => {
    const { file } = folderWith('casefile.db', 'someone else got here first');
    expect(thrown(() => createPrivateFile(file))).toMatchObject({ code: 'EEXIST' });
    expect(fs.readFileSync(file, 'utf8')).toBe('someone else got here first');
  });

  it('a streamed write that fails part-way leaves the old content and no temp file', async () => {
    const { dir, file } = folderWith('letter.pdf', 'old content');
    const failure = await rejection(
      writeFileAtomicFrom(file, async (handle) => {
        await handle.write(Buffer.from('half of the new'), 0, 15, 0);
        throw new Error('the source failed');
      }),
    );
    expect(failure).toMatchObject({ message: 'the source failed' });
    expect(fs.readFileSync(file, 'utf8')).toBe('old content');
    expect(fs.readdirSync(dir)).toEqual(['letter.pdf']);
  });

  it('a replace the rename refuses (a folder in the way) leaves no temp file, sync and streamed', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'taken');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside.txt'), 'kept');
    expect(thrown(() => writeFileAtomic(target, 'new'))).toMatchObject({ code: expect.stringMatching(/^E/) });
    expect(await rejection(writeFileAtomicFrom(target, async () => undefined))).toMatchObject({
      code: expect.stringMatching(/^E/),
    });
    expect(fs.readdirSync(dir)).toEqual(['taken']);
    expect(fs.readFileSync(path.join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('refuses to replace when told not to (EEXIST), keeping the old content and leaving no temp file', async () => {
    const { dir, file } = folderWith('statement.pdf', 'old');
    expect(thrown(() => writeFileAtomic(file, 'new', { overwrite: false }))).toMatchObject({ code: 'EEXIST' });
    const streamed = await rejection(
      writeFileAtomicFrom(file, async (handle) => void (await handle.write('new')), { overwrite: false }),
    );
    expect(streamed).toMatchObject({ code: 'EEXIST' });
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['statement.pdf']);
  });

  it('an abort before the rename leaves the old content and no temp file', async () => {
    const { dir, file } = folderWith('vault.json', '{"old":true}');
    const controller = new AbortController();
    const failure = await rejection(
      writeFileAtomicFrom(
        file,
        async (handle) => {
          await handle.write('{"new":true}');
          controller.abort();
        },
        { signal: controller.signal },
      ),
    );
    expect(failure).toMatchObject({ name: 'AbortError' });
    expect(thrown(() => writeFileAtomic(file, '{"new":true}', { signal: controller.signal }))).toMatchObject({
      name: 'AbortError',
    });
    expect(fs.readFileSync(file, 'utf8')).toBe('{"old":true}');
    expect(fs.readdirSync(dir)).toEqual(['vault.json']);
  });
});
