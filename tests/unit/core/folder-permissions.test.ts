import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFolderRepair, tightenVaultFolder } from '../../../electron/core/kernel/vault/folder-permissions.js';
import { cli } from '../cli/harness.js';
import { addFile, openCase, useEvidenceFiles, writeSource } from '../evidence/evidence-fixture.js';
import { modeOf, PASSPHRASE, useTempDirs } from './helpers.js';

// Written to work as root too (CI runs as root here): root may chmod anything, and nothing below
// depends on being refused access.

const newEvidenceFile = useEvidenceFiles();
const tempDir = useTempDirs();

/** Every folder and file under `dir` (the folder itself included), with its mode. */
function modes(dir: string): Record<string, number> {
  const found: Record<string, number> = { '.': modeOf(dir) };
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    const full = path.join(entry.parentPath, entry.name);
    found[path.relative(dir, full)] = modeOf(full);
  }
  return found;
}

/** What someone's `chmod -R a+rwX` leaves: folders 0777, files 0666. */
function openUp(dir: string): void {
  fs.chmodSync(dir, 0o777);
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    fs.chmodSync(path.join(entry.parentPath, entry.name), entry.isDirectory() ? 0o777 : 0o666);
  }
}

describe('a vault folder found open to other accounts', () => {
  it('is made private at unlock — folder 0700, every file 0600 — and the unlock reply says so in words', async () => {
    const ef = await newEvidenceFile();
    const theCase = await openCase(ef);
    const item = await ef.call('evidence.create', { caseId: theCase.id, type: 'digital', description: 'phone' });
    expect((await addFile(ef, item.id, writeSource(ef, Buffer.from('evidence bytes')))).state).toBe('done');
    await ef.call('settings.update', { autoLockMinutes: 12 });
    ef.ws.lock('user');
    // A WAL and shared memory left by a crash: empty files SQLite accepts.
    for (const name of ['casefile.db-wal', 'casefile.db-shm']) fs.writeFileSync(path.join(ef.dir, name), '');
    openUp(ef.dir);
    const opened = modes(ef.dir);
    expect(Object.keys(opened).sort()).toEqual(
      expect.arrayContaining([
        '.',
        'vault.json',
        'casefile.db',
        'casefile.db-wal',
        'casefile.db-shm',
        'preferences.json',
        'objects',
      ]),
    );
    expect(Object.keys(opened).filter((name) => name.startsWith('objects/'))).toHaveLength(1);

    // A wrong passphrase proves nothing: nothing changes.
    expect(
      (await ef.refusal('vault.unlock', { method: 'passphrase', passphrase: 'not the passphrase at all' })).code,
    ).toBe('WRONG_PASSPHRASE');
    expect(modes(ef.dir)).toEqual(opened);

    const reply = await ef.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(reply.state).toBe('unlocked');
    const after = modes(ef.dir);
    for (const [name, mode] of Object.entries(after)) {
      const isFolder = fs.statSync(path.join(ef.dir, name)).isDirectory();
      expect(mode, name).toBe(isFolder ? 0o700 : 0o600);
    }
    expect(reply.notices).toEqual([
      {
        kind: 'folderMadePrivate',
        changed: Object.keys(opened).length,
        failed: 0,
        message: expect.any(String) as unknown as string,
      },
    ]);
    const message = reply.notices[0]?.message ?? '';
    expect(message).toMatch(/^Other accounts on this computer could open this vault folder/);
    expect(message).toContain('Casefile has made it private to you again');
    expect(message).not.toMatch(/0o?[67]{3}|chmod|vault\.json|casefile\.db/);

    // Private already: the next unlock has nothing to say.
    ef.ws.lock('user');
    expect((await ef.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE })).notices).toEqual([]);
  });

  it('the command line tells it on stderr, and stdout stays clean JSON with --json', async () => {
    const ef = await newEvidenceFile();
    ef.ws.lock('user');
    openUp(ef.dir);
    const env = { CASEFILE_PASSPHRASE: PASSPHRASE };
    const run = await cli(['--vault', ef.dir, '--json', 'unlock', '--check'], { env });
    expect(run.status).toBe(0);
    expect(run.json()).toEqual({ ok: true, unlockedWith: 'passphrase' });
    expect(run.stderr).toMatch(
      new RegExp(
        '^casefile: notice: Other accounts on this computer could open this vault folder: .* ' +
          'Casefile has made it private to you again',
      ),
    );
    expect(modeOf(path.join(ef.dir, 'vault.json'))).toBe(0o600);
    const again = await cli(['--vault', ef.dir, 'unlock', '--check'], { env });
    expect(again.stderr).toBe('');
  });

  it('never follows a link out of the folder, and leaves a private folder untouched', () => {
    const root = tempDir();
    const vault = path.join(root, 'vault');
    fs.mkdirSync(vault, { mode: 0o700 });
    fs.chmodSync(vault, 0o700);
    const outside = path.join(root, 'shared-notes.txt');
    fs.writeFileSync(outside, 'not ours');
    fs.chmodSync(outside, 0o666);
    fs.symlinkSync(outside, path.join(vault, 'link'));
    fs.writeFileSync(path.join(vault, 'vault.json'), '{}', { mode: 0o600 });
    fs.chmodSync(path.join(vault, 'vault.json'), 0o600);

    expect(tightenVaultFolder(vault)).toEqual({ tightened: [], failed: [] });
    expect(modeOf(outside)).toBe(0o666);

    fs.chmodSync(path.join(vault, 'vault.json'), 0o644); // readable by all: also too open
    expect(tightenVaultFolder(vault)).toEqual({ tightened: ['vault.json'], failed: [] });
    expect(modeOf(path.join(vault, 'vault.json'))).toBe(0o600);
  });

  it('words what it could not change, and says nothing when nothing was open', () => {
    expect(describeFolderRepair({ tightened: [], failed: [] })).toBeNull();
    expect(describeFolderRepair({ tightened: ['.', 'vault.json'], failed: [] })).toContain('(items changed: 2)');
    const partly = describeFolderRepair({ tightened: ['vault.json'], failed: ['objects/abc'] }) ?? '';
    expect(partly).toContain('(items changed: 1)');
    expect(partly).toContain('Some items could not be made private (items: 1): another account owns them.');
    expect(partly).not.toContain('objects/abc');
    // In the command line's language, from the same catalogue.
    const french = describeFolderRepair({ tightened: ['vault.json'], failed: ['objects/abc'] }, 'fr') ?? '';
    expect(french).toMatch(/^D’autres comptes de cet ordinateur pouvaient ouvrir le dossier de ce coffre/);
    expect(french).toContain('(éléments modifiés : 1)');
    expect(french).not.toMatch(/private|items|encrypted/);
  });
});
