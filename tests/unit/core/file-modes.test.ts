import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import { testClock } from '../../clock.js';
import { intake } from '../cases/case-file-fixture.js';
import { FLOOR_KDF, modeOf, OTHER_PASSPHRASE, PASSPHRASE, parsedInput, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.dispose();
});

describe('file modes', () => {
  // The most permissive umask (this test file's own process only): nothing may rely on the user's umask.
  let previousUmask = 0;
  beforeAll(() => {
    previousUmask = process.umask(0o000);
  });
  afterAll(() => {
    process.umask(previousUmask);
  });

  it('would otherwise create world-readable files here (the check can fail)', () => {
    const file = path.join(tempDir(), 'plain.txt');
    fs.writeFileSync(file, 'x');
    expect(modeOf(file)).toBe(0o666);
  });

  it(
    'keeps the folder 0700 and vault.json, preferences.json, casefile.db, -wal, -shm ' + '0600 after every write',
    async () => {
      const parent = tempDir();
      fs.chmodSync(parent, 0o755);
      const dir = path.join(parent, 'vault');
      const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: testClock.now });
      open.push(ws);
      const files = ['vault.json', 'casefile.db', 'casefile.db-wal', 'casefile.db-shm'];
      const expectPrivate = (names: string[]) => {
        expect(modeOf(dir)).toBe(0o700);
        for (const name of names) expect(modeOf(path.join(dir, name)), name).toBe(0o600);
      };

      await ws.handlers['vault.create']({ passphrase: PASSPHRASE });
      expectPrivate(files);
      await ws.handlers['cases.create'](
        parsedInput('cases.create', intake({ title: 'a case', confidentiality: 'standard' })),
      );
      await ws.handlers['settings.update']({ autoLockMinutes: 15 });
      expectPrivate([...files, 'preferences.json']);
      await ws.handlers['vault.changePassphrase']({ current: PASSPHRASE, next: OTHER_PASSPHRASE });
      expectPrivate([...files, 'preferences.json']);

      ws.lock('user');
      expect(fs.existsSync(path.join(dir, 'casefile.db-wal'))).toBe(false);
      await ws.handlers['vault.unlock']({ method: 'passphrase', passphrase: OTHER_PASSPHRASE });
      expectPrivate([...files, 'preferences.json']);
      expect(fs.readdirSync(dir).sort()).toEqual([...files, 'preferences.json'].sort());
    },
  );

  it('tightens an existing empty folder chosen for a new vault', async () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o755);
    const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: testClock.now });
    open.push(ws);
    await ws.handlers['vault.create']({ passphrase: PASSPHRASE });
    expect(modeOf(dir)).toBe(0o700);
  });
});
