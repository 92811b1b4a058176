import Database from 'better-sqlite3-multiple-ciphers';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import { testClock } from '../../clock.js';
import {
  changePassphrase,
  createVault,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from '../../../electron/core/kernel/vault/vault.js';
import { intake } from '../cases/case-file-fixture.js';
import {
  caught,
  FLOOR_KDF,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  parsedInput,
  sha256File,
  snapshotFolder,
  useTempDirs,
} from './helpers.js';
import type { LooseJson } from './loose-json.js';

const tempDir = useTempDirs();
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.dispose();
});

function workspace(dir: string): Workspace {
  const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: testClock.now });
  open.push(ws);
  return ws;
}

/** A fresh vault in a new folder, created (and so unlocked) through the handlers. */
async function createdVault(): Promise<{ dir: string; ws: Workspace; recoveryKey: string }> {
  const dir = path.join(tempDir(), 'vault');
  const ws = workspace(dir);
  const { recoveryKey } = await ws.handlers['vault.create']({ passphrase: PASSPHRASE });
  return { dir, ws, recoveryKey };
}

const unlockWith = (ws: Workspace, passphrase: string) =>
  ws.handlers['vault.unlock']({ method: 'passphrase', passphrase });
const unlockWithKey = (ws: Workspace, recoveryKey: string) =>
  ws.handlers['vault.unlock']({ method: 'recoveryKey', recoveryKey });

function editKeyFile(dir: string, mutate: (json: LooseJson) => void): void {
  const file = path.join(dir, 'vault.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  mutate(json);
  fs.writeFileSync(file, JSON.stringify(json));
}

describe('creating a vault', () => {
  it('creates the folder, returns the recovery key once and leaves the vault unlocked', async () => {
    const { dir, ws, recoveryKey } = await createdVault();
    expect(recoveryKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
    expect(ws.isUnlocked()).toBe(true);
    expect(await ws.handlers['vault.status']({})).toEqual({ state: 'unlocked' });
    expect(fs.readdirSync(dir).sort()).toEqual(['casefile.db', 'casefile.db-shm', 'casefile.db-wal', 'vault.json']);
    const keyFileText = fs.readFileSync(path.join(dir, 'vault.json'), 'utf8');
    expect(keyFileText).not.toContain(recoveryKey.replaceAll('-', ''));
    expect(JSON.parse(keyFileText).dataKey.passphrase.kdf).toMatchObject({
      algorithm: 'argon2id',
      version: 19,
      memoryKiB: 65536,
    });
  });

  it('uses the strong default Argon2id cost when none is given', async () => {
    const dir = path.join(tempDir(), 'vault');
    const ws = openWorkspace({ dir, now: testClock.now });
    open.push(ws);
    await ws.handlers['vault.create']({ passphrase: PASSPHRASE });
    const { kdf } = JSON.parse(fs.readFileSync(path.join(dir, 'vault.json'), 'utf8')).dataKey.passphrase;
    expect(kdf).toMatchObject({ memoryKiB: 262144, parallelism: 4 });
    expect(kdf.iterations).toBeGreaterThanOrEqual(4);
    expect(Buffer.from(kdf.salt, 'base64')).toHaveLength(16);
  });

  it('refuses a weak passphrase, saying why, and writes nothing', async () => {
    const dir = path.join(tempDir(), 'vault');
    const ws = workspace(dir);
    const short = await caught(() => ws.handlers['vault.create']({ passphrase: 'Tr0ub4dor&3' }));
    expect(short.code).toBe('WEAK_PASSPHRASE');
    expect(short.message).toMatch(/shorter than 12 characters/);
    const guessable = await caught(() => ws.handlers['vault.create']({ passphrase: 'passwordpassword' }));
    expect(guessable.code).toBe('WEAK_PASSPHRASE');
    expect(guessable.message).toMatch(/too easy to guess/);
    expect(fs.existsSync(dir)).toBe(false);
    expect(ws.isUnlocked()).toBe(false);
  });

  it('refuses VAULT_EXISTS where a vault already is, and a non-empty folder that is not a vault', async () => {
    const { dir } = await createdVault();
    const before = snapshotFolder(dir);
    const second = workspace(dir);
    const exists = await caught(() => second.handlers['vault.create']({ passphrase: OTHER_PASSPHRASE }));
    expect(exists.code).toBe('VAULT_EXISTS');
    expect(snapshotFolder(dir)).toEqual(before);

    const documents = tempDir();
    fs.writeFileSync(path.join(documents, 'notes.txt'), 'my notes');
    const other = await caught(() => workspace(documents).handlers['vault.create']({ passphrase: PASSPHRASE }));
    expect(other.code).toBe('NOT_A_VAULT');
    expect(other.message).toMatch(/not empty and is not a Casefile vault/);
    expect(fs.readdirSync(documents)).toEqual(['notes.txt']);
  });

  it('accepts an existing empty folder (OS litter aside)', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.DS_Store'), '');
    const ws = workspace(dir);
    await ws.handlers['vault.create']({ passphrase: PASSPHRASE });
    expect(ws.isUnlocked()).toBe(true);
  });
});

describe('unlocking', () => {
  it('unlocks with the passphrase and with the recovery key, however the key is typed', async () => {
    const { ws, recoveryKey } = await createdVault();
    ws.lock('user');
    expect(await ws.handlers['vault.status']({})).toEqual({ state: 'locked' });
    expect(await unlockWith(ws, PASSPHRASE)).toEqual({ state: 'unlocked', notices: [] });
    ws.lock('user');
    const sloppy = ` ${recoveryKey.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o')} `;
    expect(await unlockWithKey(ws, sloppy)).toEqual({ state: 'unlocked', notices: [] });
  });

  it('says WRONG_PASSPHRASE for a wrong secret and changes nothing on disk', async () => {
    const { dir, ws } = await createdVault();
    ws.lock('user');
    const before = snapshotFolder(dir);
    await new Promise((resolve) => setTimeout(resolve, 20)); // an mtime change would show

    const wrong = await caught(() => unlockWith(ws, OTHER_PASSPHRASE));
    expect(wrong).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(wrong.message).toMatch(/^Wrong passphrase/);

    const otherVault = await createdVault();
    const wrongKey = await caught(() => unlockWithKey(ws, otherVault.recoveryKey));
    expect(wrongKey.code).toBe('WRONG_PASSPHRASE');
    expect(wrongKey.message).toMatch(/^Wrong recovery key/);

    expect(ws.isUnlocked()).toBe(false);
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('reports a typo in the recovery key as a typo', async () => {
    const { ws, recoveryKey } = await createdVault();
    ws.lock('user');
    const typo = recoveryKey.replace(/^(.)/, (c) => (c === 'A' ? 'B' : 'A'));
    const error = await caught(() => unlockWithKey(ws, typo));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toMatch(/^The recovery key has a typo/);
  });

  it('says VAULT_MISSING for a folder that does not exist or holds nothing', async () => {
    const missing = workspace(path.join(tempDir(), 'nowhere'));
    expect(await missing.handlers['vault.status']({})).toEqual({ state: 'absent' });
    const a = await caught(() => unlockWith(missing, PASSPHRASE));
    expect(a.code).toBe('VAULT_MISSING');
    expect(a.message).toMatch(/does not exist/);
    const b = await caught(() => unlockWith(workspace(tempDir()), PASSPHRASE));
    expect(b.code).toBe('VAULT_MISSING');
    expect(b.message).toMatch(/is empty/);
    expect(fs.existsSync(path.join(path.dirname(missing.dir), 'nowhere'))).toBe(false);
  });

  it(
    'says NOT_A_VAULT for a folder of other things or a lone vault.json that is not ' +
      'ours; VAULT_CORRUPT once a case file sits beside it',
    async () => {
      const documents = tempDir();
      fs.writeFileSync(path.join(documents, 'report.docx'), 'x');
      expect((await caught(() => unlockWith(workspace(documents), PASSPHRASE))).message).toMatch(
        /has no vault key file \(vault\.json\)/,
      );

      const garbage = tempDir();
      fs.writeFileSync(path.join(garbage, 'vault.json'), '\u0000\u0001 not json');
      const g = await caught(() => unlockWith(workspace(garbage), PASSPHRASE));
      expect(g.code).toBe('NOT_A_VAULT');
      expect(g.message).toMatch(/its vault\.json is not a Casefile key file/);

      const { dir: magicDir, ws: magicWs } = await createdVault();
      magicWs.lock('user');
      editKeyFile(magicDir, (j) => (j.magic = 'other-app'));
      // Beside this vault's casefile.db, a key file that is not ours is a damaged vault, not a foreign folder.
      expect((await caught(() => unlockWith(magicWs, PASSPHRASE))).code).toBe('VAULT_CORRUPT');

      // The key unwraps, but the database is a plain SQLite file someone put in its place.
      const { dir, ws } = await createdVault();
      ws.lock('user');
      const db = path.join(dir, 'casefile.db');
      fs.rmSync(db);
      const plain = new Database(db);
      plain.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
      plain.close();
      const foreign = await caught(() => unlockWith(ws, PASSPHRASE));
      expect(foreign.code).toBe('VAULT_CORRUPT');
      expect(foreign.message).toMatch(/does not open with this vault's key, although the passphrase is right/);
      expect(ws.isUnlocked()).toBe(false);
    },
  );

  it("says VAULT_CORRUPT for another vault's database under this key file", async () => {
    const a = await createdVault();
    const b = await createdVault();
    a.ws.lock('user');
    b.ws.lock('user');
    fs.copyFileSync(path.join(b.dir, 'casefile.db'), path.join(a.dir, 'casefile.db'));
    expect((await caught(() => unlockWith(a.ws, PASSPHRASE))).code).toBe('VAULT_CORRUPT');
  });

  it('says VAULT_CORRUPT for our key file damaged, missing, or a database emptied', async () => {
    const { dir, ws } = await createdVault();
    ws.lock('user');
    const original = fs.readFileSync(path.join(dir, 'vault.json'));
    editKeyFile(dir, (j) => (j.dataKey.passphrase.nonce = 'AAAA'));
    const damaged = await caught(() => unlockWith(ws, PASSPHRASE));
    expect(damaged.code).toBe('VAULT_CORRUPT');
    // Damaged, and where to restore it from: never the key file's field names.
    expect(damaged.message).toMatch(
      /^The vault's key file \(vault\.json\) is damaged: .* Restore vault\.json from a backup of this vault folder\.$/,
    );

    fs.rmSync(path.join(dir, 'vault.json'));
    expect(await ws.handlers['vault.status']({})).toEqual({ state: 'locked' });
    expect((await caught(() => unlockWith(ws, PASSPHRASE))).message).toMatch(/key file \(vault.json\) is missing/);

    fs.writeFileSync(path.join(dir, 'vault.json'), original);
    fs.writeFileSync(path.join(dir, 'casefile.db'), '');
    const before = snapshotFolder(dir);
    const empty = await caught(() => unlockWith(ws, PASSPHRASE));
    expect(empty.code).toBe('VAULT_CORRUPT');
    expect(empty.message).toMatch(/is empty/);
    expect(snapshotFolder(dir)).toEqual(before);

    fs.rmSync(path.join(dir, 'casefile.db'));
    expect((await caught(() => unlockWith(ws, PASSPHRASE))).message).toMatch(/casefile.db\) is missing/);
  });

  it(
    'refuses KDF_TOO_WEAK when vault.json was edited below the Argon2id floors, ' + 'before using the passphrase',
    async () => {
      const { dir, ws, recoveryKey } = await createdVault();
      ws.lock('user');
      const edits: [string, (j: LooseJson) => void][] = [
        ['memory', (j) => (j.dataKey.passphrase.kdf.memoryKiB = 32 * 1024)],
        ['iterations', (j) => (j.dataKey.passphrase.kdf.iterations = 2)],
        ['salt', (j) => (j.dataKey.passphrase.kdf.salt = Buffer.alloc(8).toString('base64'))],
      ];
      const original = fs.readFileSync(path.join(dir, 'vault.json'));
      for (const [name, edit] of edits) {
        fs.writeFileSync(path.join(dir, 'vault.json'), original);
        editKeyFile(dir, edit);
        const error = await caught(() => unlockWith(ws, PASSPHRASE));
        expect(error.code, name).toBe('KDF_TOO_WEAK');
        expect(error.message, name).toMatch(/weaker passphrase protection than Casefile allows/);
      }
      // The recovery key does not go through Argon2: it still opens the vault, to set a sound passphrase again.
      await unlockWithKey(ws, recoveryKey);
      await ws.handlers['vault.changePassphrase']({ current: recoveryKey, next: OTHER_PASSPHRASE });
      ws.lock('user');
      expect(await unlockWith(ws, OTHER_PASSPHRASE)).toEqual({ state: 'unlocked', notices: [] });
    },
  );

  it('says VAULT_TOO_NEW for a newer key-file format or a newer database schema, changing nothing', async () => {
    const { dir, ws } = await createdVault();
    ws.lock('user');
    const original = fs.readFileSync(path.join(dir, 'vault.json'));
    editKeyFile(dir, (j) => (j.formatVersion = 2));
    const newerFile = await caught(() => unlockWith(ws, PASSPHRASE));
    expect(newerFile.code).toBe('VAULT_TOO_NEW');
    expect(newerFile.message).toMatch(/created by a newer version of Casefile; update the app/);
    fs.writeFileSync(path.join(dir, 'vault.json'), original);

    const opened = await unlockWithPassphrase(dir, PASSPHRASE);
    opened.db.pragma('user_version = 99');
    opened.close();
    const dbBefore = sha256File(path.join(dir, 'casefile.db'));
    const newerDb = await caught(() => unlockWith(ws, PASSPHRASE));
    expect(newerDb.code).toBe('VAULT_TOO_NEW');
    expect(newerDb.message).toMatch(/created by a newer version of Casefile; update the app/);
    expect(sha256File(path.join(dir, 'casefile.db'))).toBe(dbBefore);
    expect(ws.isUnlocked()).toBe(false);
  });
});

describe('changing the passphrase', () => {
  it(
    'rewraps the data key only: the database bytes stay, the old passphrase fails, ' + 'new and recovery key work',
    async () => {
      const { dir, ws, recoveryKey } = await createdVault();
      await ws.handlers['cases.create'](parsedInput('cases.create', intake({ title: 'Allegation at the east camp' })));
      ws.lock('user');
      await unlockWith(ws, PASSPHRASE);
      const dbBefore = sha256File(path.join(dir, 'casefile.db'));
      const keyFileBefore = sha256File(path.join(dir, 'vault.json'));

      await ws.handlers['vault.changePassphrase']({ current: PASSPHRASE, next: OTHER_PASSPHRASE });
      expect(sha256File(path.join(dir, 'vault.json'))).not.toBe(keyFileBefore);
      ws.lock('user');
      expect(sha256File(path.join(dir, 'casefile.db'))).toBe(dbBefore);

      expect((await caught(() => unlockWith(ws, PASSPHRASE))).code).toBe('WRONG_PASSPHRASE');
      expect(await unlockWith(ws, OTHER_PASSPHRASE)).toEqual({ state: 'unlocked', notices: [] });
      expect((await ws.handlers['cases.list'](parsedInput('cases.list', {}))).items).toHaveLength(1);
      ws.lock('user');
      expect(await unlockWithKey(ws, recoveryKey)).toEqual({ state: 'unlocked', notices: [] });
    },
  );

  it('refuses a wrong current passphrase and a weak new one, leaving vault.json as it was', async () => {
    const { dir, ws } = await createdVault();
    const before = sha256File(path.join(dir, 'vault.json'));
    const wrong = await caught(() =>
      ws.handlers['vault.changePassphrase']({ current: OTHER_PASSPHRASE, next: OTHER_PASSPHRASE }),
    );
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    const weak = await caught(() => ws.handlers['vault.changePassphrase']({ current: PASSPHRASE, next: 'short' }));
    expect(weak.code).toBe('WEAK_PASSPHRASE');
    expect(weak.message).toMatch(/shorter than 12 characters/);
    expect(sha256File(path.join(dir, 'vault.json'))).toBe(before);
    ws.lock('user');
    expect(await unlockWith(ws, PASSPHRASE)).toEqual({ state: 'unlocked', notices: [] });
  });

  it('accepts the recovery key as the current secret (the passphrase was forgotten)', async () => {
    const { ws, recoveryKey } = await createdVault();
    ws.lock('user');
    await unlockWithKey(ws, recoveryKey);
    await ws.handlers['vault.changePassphrase']({ current: recoveryKey.toLowerCase(), next: OTHER_PASSPHRASE });
    ws.lock('user');
    expect(await unlockWith(ws, OTHER_PASSPHRASE)).toEqual({ state: 'unlocked', notices: [] });
  });

  it('gives up, changing nothing, when the vault is locked while the new key is being derived', async () => {
    const { dir, ws } = await createdVault();
    const before = sha256File(path.join(dir, 'vault.json'));
    const change = ws.handlers['vault.changePassphrase']({ current: PASSPHRASE, next: OTHER_PASSPHRASE });
    ws.lock('suspend');
    expect((await caught(() => change)).code).toBe('VAULT_LOCKED');
    expect(sha256File(path.join(dir, 'vault.json'))).toBe(before);
  });
});

describe('locking', () => {
  it('closes the database and overwrites the data key; idempotent', async () => {
    const dir = path.join(tempDir(), 'vault');
    const { vault } = await createVault(dir, PASSPHRASE, { kdfCost: FLOOR_KDF });
    const key = vault.dataKey;
    expect(key.equals(Buffer.alloc(32))).toBe(false);
    vault.close();
    expect(key.equals(Buffer.alloc(32))).toBe(true);
    expect(vault.db.open).toBe(false);
    expect(() => vault.close()).not.toThrow();
    expect(fs.existsSync(path.join(dir, 'casefile.db-wal'))).toBe(false); // checkpointed on close
  });

  it('tells listeners, with the reason, on unlock and lock; a second lock is a no-op', async () => {
    const { ws } = await createdVault();
    const events: string[] = [];
    const stop = ws.onLockChange((state, reason) => events.push(reason ? `${state}:${reason}` : state));
    ws.onLockChange(() => {
      throw new Error('a faulty listener');
    });
    ws.lock('screen-lock');
    ws.lock('user');
    expect(await ws.handlers['vault.lock']({})).toEqual({ state: 'locked' });
    await unlockWith(ws, PASSPHRASE);
    ws.lock('suspend');
    stop();
    await unlockWith(ws, PASSPHRASE);
    expect(events).toEqual(['locked:screen-lock', 'unlocked', 'locked:suspend']);
  });

  it('refuses record access once locked, even when a handler is called directly', async () => {
    const { ws } = await createdVault();
    ws.lock('user');
    expect((await caught(() => ws.handlers['cases.list'](parsedInput('cases.list', {})))).code).toBe('VAULT_LOCKED');
    const create = () =>
      ws.handlers['cases.create'](parsedInput('cases.create', intake({ title: 't', confidentiality: 'standard' })));
    expect((await caught(create)).code).toBe('VAULT_LOCKED');
  });

  it('does not stay unlocked when a lock arrives while the passphrase is being checked', async () => {
    const { ws } = await createdVault();
    ws.lock('user');
    const unlocking = unlockWith(ws, PASSPHRASE);
    ws.lock('suspend');
    expect((await caught(() => unlocking)).code).toBe('VAULT_LOCKED');
    expect(ws.isUnlocked()).toBe(false);
  });

  it('opens one connection when two unlocks race', async () => {
    const { ws } = await createdVault();
    ws.lock('user');
    const events: string[] = [];
    ws.onLockChange((state) => events.push(state));
    await Promise.all([unlockWith(ws, PASSPHRASE), unlockWith(ws, PASSPHRASE)]);
    expect(events).toEqual(['unlocked']);
  });

  it('lower-level API: unlock with either secret after a passphrase change', async () => {
    const dir = path.join(tempDir(), 'vault');
    const created = await createVault(dir, PASSPHRASE, { kdfCost: FLOOR_KDF });
    const dataKey = Buffer.from(created.vault.dataKey); // close() overwrites the vault's own copy
    const vaultId = created.vault.keyFile.vaultId;
    created.vault.db.exec(
      "CREATE TABLE written_before (note TEXT); INSERT INTO written_before VALUES ('before the change')",
    );
    await changePassphrase(created.vault, PASSPHRASE, OTHER_PASSPHRASE, { kdfCost: FLOOR_KDF });
    created.vault.close();

    expect((await caught(() => unlockWithPassphrase(dir, PASSPHRASE))).code).toBe('WRONG_PASSPHRASE');
    const byPassphrase = await unlockWithPassphrase(dir, OTHER_PASSPHRASE);
    const byRecoveryKey = await unlockWithRecoveryKey(dir, created.recoveryKey);
    try {
      for (const vault of [byPassphrase, byRecoveryKey]) {
        // Open on the same data key and the same database, whose rows read back.
        expect(vault.isOpen).toBe(true);
        expect(vault.dataKey.equals(dataKey)).toBe(true);
        expect(vault.keyFile.vaultId).toBe(vaultId);
        expect(vault.db.prepare('SELECT note FROM written_before').pluck().all()).toEqual(['before the change']);
      }
    } finally {
      byPassphrase.close();
      byRecoveryKey.close();
    }
  });
});
