import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../../electron/core/backup/backup-manifest.js';
import { openVaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { unlockWithPassphrase } from '../../../electron/core/kernel/vault/vault.js';
import { OTHER_PASSPHRASE } from '../core/helpers.js';
import { addFile, backUp, caseWithItem, filesUnder, PASSPHRASE, useBackupWorld, type Vault } from './backup-fixture.js';

const world = useBackupWorld('2026-03-10T09:00:00.000Z');
const SUMMARY_MARKER = 'PLAINTEXT-SUMMARY-MARKER-7731';

interface Manifest {
  database: { name: string };
  keyFile: { name: string };
  objects: { name: string; size: number; sha256: string; verifiedMtimeMs?: number; verifiedAt?: string }[];
  createdAt: string;
}
const manifestOf = (folder: string): Manifest =>
  JSON.parse(fs.readFileSync(path.join(folder, MANIFEST_NAME), 'utf8')) as Manifest;

/** A vault with one case and two evidence files whose bytes carry a marker. */
async function vaultWithEvidence() {
  const w = world();
  const vault = await w.newVault();
  const { theCase, item } = await caseWithItem(vault, SUMMARY_MARKER);
  const first = Buffer.concat([Buffer.from('EVIDENCE-MARKER'), randomBytes(300_000)]);
  const second = Buffer.concat([Buffer.from('EVIDENCE-MARKER'), randomBytes(70_000)]);
  const contents = [
    { id: await addFile(vault, item.id, first, 'first.bin'), bytes: first },
    { id: await addFile(vault, item.id, second, 'second.bin'), bytes: second },
  ];
  return { w, vault, theCase, item, contents };
}

/** Restores `folder` as a new vault named `name`; returns the workspace there and the reply. */
async function restore(w: ReturnType<typeof world>, folder: string, name: string, secret: object) {
  const target = w.workspaceAt(path.join(w.root, name));
  target.ports.toAdd = [folder];
  const reply = await target.attempt('backup.restore', secret as never);
  return { target, reply };
}

/** The bytes of each content of the item, exported from `vault`. */
async function exportedBytes(vault: Vault, itemId: string, contentIds: string[]): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const contentId of contentIds) {
    const destination = path.join(path.dirname(vault.dir), `out-${contentId}`);
    vault.ports.exportTo = destination;
    await vault.call('evidence.export', { itemId, contentId });
    out.push(fs.readFileSync(destination));
    fs.rmSync(destination);
  }
  return out;
}

describe('backup', () => {
  it('writes the key file, an encrypted database snapshot and every evidence object, with their hashes', async () => {
    const { w, vault, contents } = await vaultWithEvidence();
    const folder = path.join(w.root, 'usb', 'Casefile backup');
    fs.mkdirSync(path.dirname(folder));
    const job = await backUp(vault, folder);
    expect(job).toMatchObject({ kind: 'backup', state: 'done', folder });
    expect(job.kind === 'backup' && job.outcome).toMatchObject({ evidenceFiles: 2, objectsCopied: 2, objectsKept: 0 });

    const manifest = manifestOf(folder);
    expect(manifest.createdAt).toBe('2026-03-10T09:00:00.000Z');
    expect(manifest.objects.map((o) => o.name).sort()).toEqual(fs.readdirSync(path.join(vault.dir, 'objects')).sort());
    expect(filesUnder(folder)).toEqual(
      [
        MANIFEST_NAME,
        manifest.database.name,
        manifest.keyFile.name,
        ...manifest.objects.map((o) => path.join('objects', o.name)),
      ].sort(),
    );
    // The key file is the vault's own, byte for byte (both wraps of the data key).
    expect(fs.readFileSync(path.join(folder, manifest.keyFile.name))).toEqual(
      fs.readFileSync(path.join(vault.dir, 'vault.json')),
    );
    // Evidence objects are copied as they are: ciphertext.
    for (const o of manifest.objects) {
      expect(fs.readFileSync(path.join(folder, 'objects', o.name))).toEqual(
        fs.readFileSync(path.join(vault.dir, 'objects', o.name)),
      );
    }
    expect(contents).toHaveLength(2);
    // Owner-only, like the vault.
    expect(fs.statSync(path.join(folder, manifest.database.name)).mode & 0o077).toBe(0);
  });

  it('writes the database encrypted at rest: no SQLite header, no plaintext, opens only with the key', async () => {
    const { w, vault } = await vaultWithEvidence();
    const folder = path.join(w.root, 'backup');
    await backUp(vault, folder);
    const { database } = manifestOf(folder);
    const bytes = fs.readFileSync(path.join(folder, database.name));
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from(SUMMARY_MARKER))).toBe(false);
    expect(bytes.includes(Buffer.from('Allegation at the distribution site'))).toBe(false);
    for (const file of filesUnder(folder)) {
      expect(fs.readFileSync(path.join(folder, file)).includes(Buffer.from('EVIDENCE-MARKER')), file).toBe(false);
      expect(fs.readFileSync(path.join(folder, file)).includes(Buffer.from(SUMMARY_MARKER)), file).toBe(false);
    }
    // With the vault's data key the copy opens whole and holds the case.
    const open = await unlockWithPassphrase(vault.dir, PASSPHRASE);
    try {
      const copy = openVaultDatabase(path.join(folder, database.name), open.dataKey, { isNew: false });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.prepare('SELECT summary FROM cases').pluck().all()).toEqual([SUMMARY_MARKER]);
      } finally {
        copy.close();
      }
    } finally {
      open.close();
    }
  });

  it('is incremental: a second backup copies only the evidence objects added since', async () => {
    const { w, vault, item } = await vaultWithEvidence();
    const folder = path.join(w.root, 'backup');
    await backUp(vault, folder);
    const before = manifestOf(folder);
    const inodes = new Map(before.objects.map((o) => [o.name, fs.statSync(path.join(folder, 'objects', o.name)).ino]));

    await addFile(vault, item.id, randomBytes(50_000), 'third.bin');
    w.clock.advance(60_000);
    const job = await backUp(vault, folder);
    expect(job.kind === 'backup' && job.outcome).toMatchObject({ evidenceFiles: 3, objectsCopied: 1, objectsKept: 2 });
    const after = manifestOf(folder);
    expect(after.objects).toHaveLength(3);
    // The objects already there were not rewritten (same files), and the previous generation is gone.
    for (const [name, ino] of inodes) expect(fs.statSync(path.join(folder, 'objects', name)).ino).toBe(ino);
    expect(after.database.name).not.toBe(before.database.name);
    expect(fs.existsSync(path.join(folder, before.database.name))).toBe(false);
    expect(fs.existsSync(path.join(folder, before.keyFile.name))).toBe(false);
    expect(filesUnder(folder)).toHaveLength(3 + after.objects.length);
  });

  it('re-copies an object already in the folder whose bytes changed but kept their size', async () => {
    const { w, vault } = await vaultWithEvidence();
    const folder = path.join(w.root, 'backup');
    await backUp(vault, folder);
    const damaged = manifestOf(folder).objects[0]!;
    const file = path.join(folder, 'objects', damaged.name);
    const original = fs.readFileSync(path.join(vault.dir, 'objects', damaged.name));
    flipByte(file, 1000);
    expect(fs.statSync(file).size).toBe(damaged.size);

    w.clock.advance(60_000);
    const job = await backUp(vault, folder);
    expect(job.kind === 'backup' && job.outcome).toMatchObject({ evidenceFiles: 2, objectsCopied: 1, objectsKept: 1 });
    expect(fs.readFileSync(file).equals(original)).toBe(true);
    const { reply } = await restore(w, folder, 'restored', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(reply.ok).toBe(true);
  });

  it('reads again changed objects, the eighth checked longest ago, and every one with verifyAll', async () => {
    const { w, vault, item } = await vaultWithEvidence();
    for (let n = 0; n < 7; n += 1) await addFile(vault, item.id, randomBytes(20_000), `more-${n}.bin`);
    const folder = path.join(w.root, 'backup');
    await backUp(vault, folder); // nine objects, each checked now
    const first = manifestOf(folder).objects[0]!;
    const file = path.join(folder, 'objects', first.name);
    const original = fs.readFileSync(file);
    // A time set to whole seconds: the test can put it back exactly after changing the bytes.
    const touched = 1_700_000_000;
    fs.utimesSync(file, touched, touched);

    await addFile(vault, item.id, randomBytes(50_000), 'tenth.bin');
    w.clock.advance(60_000);
    const second = await backUp(vault, folder);
    // The new object is copied; of the nine already there, the one whose time changed is read again, and
    // one of the eight others (an eighth, rounded up: the one checked longest ago).
    expect(second.kind === 'backup' && second.outcome).toMatchObject({
      evidenceFiles: 10,
      objectsCopied: 1,
      objectsKept: 9,
      objectsRechecked: 2,
    });
    expect(manifestOf(folder).objects.find((o) => o.name === first.name)).toMatchObject({
      verifiedMtimeMs: touched * 1000,
      verifiedAt: new Date(w.clock.now()).toISOString(),
    });

    // Bytes changed behind the backup's back, size and time put back: the next backup reads two others,
    // checked longer ago; within eight backups the rotation reaches it, finds it damaged and copies it again.
    flipByte(file, 1000);
    fs.utimesSync(file, touched, touched);
    const found: number[] = [];
    for (let run = 1; run <= 8 && found.length === 0; run += 1) {
      w.clock.advance(60_000);
      const next = await backUp(vault, folder);
      expect(next.kind === 'backup' && next.outcome).toMatchObject({ objectsRechecked: 2 });
      if (next.kind === 'backup' && next.outcome?.objectsCopied === 1) found.push(run);
    }
    expect(found).toHaveLength(1);
    expect(found[0]).toBeGreaterThan(1);
    expect(fs.readFileSync(file).equals(original)).toBe(true);

    // A check of every file reads all ten at once and finds a damaged copy at the first backup.
    flipByte(file, 2000);
    fs.utimesSync(file, touched, touched);
    w.clock.advance(60_000);
    const full = await backUp(vault, folder, { verifyAll: true });
    expect(full.kind === 'backup' && full.outcome).toMatchObject({
      objectsCopied: 1,
      objectsKept: 9,
      objectsRechecked: 10,
    });
    expect(fs.readFileSync(file).equals(original)).toBe(true);
    const { reply } = await restore(w, folder, 'restored', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(reply.ok).toBe(true);
  });

  it('keeps the preferences (not secret) and restores them with the vault', async () => {
    const { w, vault } = await vaultWithEvidence();
    await vault.call('settings.update', { backupReminderDays: 30, autoLockMinutes: 25, language: 'fr' });
    const folder = path.join(w.root, 'backup');
    await backUp(vault, folder);
    const listed = JSON.parse(fs.readFileSync(path.join(folder, MANIFEST_NAME), 'utf8')) as {
      preferences?: { name: string };
    };
    expect(listed.preferences?.name).toMatch(/^preferences-[0-9a-f]{16}\.json$/);

    // A later backup replaces the file under its new generation's name, and the old one goes.
    await vault.call('settings.update', { backupReminderDays: 14 });
    w.clock.advance(60_000);
    await backUp(vault, folder);
    const second = manifestOf(folder) as Manifest & { preferences?: { name: string } };
    expect(second.preferences?.name).not.toBe(listed.preferences?.name);
    expect(fs.existsSync(path.join(folder, listed.preferences!.name))).toBe(false);

    const { target, reply } = await restore(w, folder, 'restored', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(reply.ok).toBe(true);
    expect(await target.call('settings.get', {})).toMatchObject({
      backupReminderDays: 14,
      autoLockMinutes: 25,
      language: 'fr',
    });
    // A fresh workspace on the restored folder reads the same file.
    expect(await w.workspaceAt(target.dir).call('settings.get', {})).toMatchObject({ backupReminderDays: 14 });
  });

  it('takes a consistent snapshot while another connection holds a write transaction open', async () => {
    const { w, vault } = await vaultWithEvidence();
    const writer = await unlockWithPassphrase(vault.dir, PASSPHRASE);
    try {
      writer.db.exec('BEGIN IMMEDIATE');
      writer.db.prepare(`UPDATE cases SET summary = 'UNCOMMITTED-EDIT'`).run();
      const folder = path.join(w.root, 'backup');
      // The snapshot is taken while the writer holds its transaction; the writer commits once the copy is under
      // way (the first progress event), so that the backup's own audit row can then be written.
      let committedDuringBackup = false;
      const stop = vault.ws.onEvent((event) => {
        if (event.name === 'jobs.progress' && writer.db.inTransaction) {
          writer.db.exec('COMMIT');
          committedDuringBackup = true;
        }
      });
      const job = await backUp(vault, folder);
      stop();
      expect(job.state).toBe('done');
      expect(committedDuringBackup).toBe(true);
      const { target, reply } = await restore(w, folder, 'restored', { method: 'passphrase', passphrase: PASSPHRASE });
      expect(reply.ok).toBe(true);
      const restored = await unlockWithPassphrase(target.dir, PASSPHRASE);
      try {
        expect(restored.db.prepare('SELECT summary FROM cases').pluck().all()).toEqual([SUMMARY_MARKER]);
        expect(restored.db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        restored.close();
      }
    } finally {
      writer.close();
    }
  });

  it('refuses a folder holding other things, and a backup of another vault; neither is touched', async () => {
    const { w, vault } = await vaultWithEvidence();
    const others = path.join(w.root, 'holiday-photos');
    fs.mkdirSync(others);
    fs.writeFileSync(path.join(others, 'beach.jpg'), 'x');
    vault.ports.exportTo = others;
    const refused = await vault.attempt('backup.start', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'backup.folderNotEmpty' } });
    expect(fs.readdirSync(others)).toEqual(['beach.jpg']);

    const otherVault = await w.newVault('other');
    const folder = path.join(w.root, 'backup');
    await backUp(otherVault, folder);
    const listing = filesUnder(folder);
    vault.ports.exportTo = folder;
    expect(await vault.attempt('backup.start', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'backup.otherVault' },
    });
    expect(filesUnder(folder)).toEqual(listing);
  });

  it('cancelled, leaves no manifest and no temp files; no folder chosen, starts nothing', async () => {
    const { w, vault } = await vaultWithEvidence();
    const folder = path.join(w.root, 'backup');
    vault.ports.exportTo = folder;
    const { job } = await vault.call('backup.start', {});
    const cancelled = await vault.call('jobs.cancel', { jobId: job!.jobId });
    expect(cancelled.state).toBe('cancelled');
    expect(fs.existsSync(path.join(folder, MANIFEST_NAME))).toBe(false);
    expect(filesUnder(folder)).toEqual([]);
    vault.ports.exportTo = null;
    expect(await vault.call('backup.start', {})).toEqual({ job: null });
  });

  it('is audited in the vault backed up, with counts and no path', async () => {
    const { w, vault } = await vaultWithEvidence();
    await backUp(vault, path.join(w.root, 'backup'));
    const rows = (await vault.call('audit.list', {})).items.filter((row) => row.action === 'vault.backup');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.details).toEqual({
      evidenceFiles: 2,
      objectsCopied: 2,
      objectsKept: 0,
      bytesCopied: expect.any(Number),
    });
    expect(JSON.stringify(rows[0])).not.toContain(w.root);
  });
});

describe('restore', () => {
  it('with the passphrase, and with the recovery key, gives the same cases and the same evidence bytes', async () => {
    const { w, vault, theCase, item, contents } = await vaultWithEvidence();
    const folder = path.join(w.root, 'backup');
    await backUp(vault, folder);
    const secrets = [
      { name: 'by-passphrase', secret: { method: 'passphrase', passphrase: PASSPHRASE } },
      { name: 'by-recovery-key', secret: { method: 'recoveryKey', recoveryKey: vault.recoveryKey } },
    ];
    for (const { name, secret } of secrets) {
      const { target, reply } = await restore(w, folder, name, secret);
      expect(reply).toMatchObject({
        ok: true,
        value: { restored: { backupCreatedAt: '2026-03-10T09:00:00.000Z', cases: 1, evidenceFiles: 2 } },
      });
      expect(await target.call('vault.status', {})).toEqual({ state: 'locked' });
      await target.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
      const cases = await target.call('cases.list', {});
      expect(cases.items.map((c) => c.reference)).toEqual([theCase.reference]);
      const restoredBytes = await exportedBytes(
        target,
        item.id,
        contents.map((c) => c.id),
      );
      expect(restoredBytes).toEqual(contents.map((c) => c.bytes));
      const audit = (await target.call('audit.list', {})).items.filter((row) => row.action === 'vault.restore');
      expect(audit).toMatchObject([{ details: { cases: 1, evidenceFiles: 2 } }]);
      expect((await target.call('audit.verify', {})).ok).toBe(true);
    }
  });

  it('refuses a target folder that is not empty, or holds a vault, before reading the backup', async () => {
    const { w, vault } = await vaultWithEvidence();
    const folder = path.join(w.root, 'backup');
    await backUp(vault, folder);
    const busy = path.join(w.root, 'busy');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, 'notes.txt'), 'mine');
    const { reply } = await restore(w, folder, 'busy', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(reply).toMatchObject({ ok: false, error: { reason: 'vault.folderNotEmpty' } });
    expect(fs.readdirSync(busy)).toEqual(['notes.txt']);

    const onVault = w.workspaceAt(vault.dir);
    vault.ws.lock('user');
    onVault.ports.toAdd = [folder];
    expect(await onVault.attempt('backup.restore', { method: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_EXISTS' },
    });
  });

  /** Each way a backup can be damaged on the drive, and what the restore says. */
  const TAMPERINGS: { name: string; damage: (folder: string, m: Manifest) => void; reason: string }[] = [
    {
      name: 'a byte flipped in an evidence object',
      damage: (folder, m) => flipByte(path.join(folder, 'objects', m.objects[0]!.name), 100),
      reason: 'backup.fileChanged',
    },
    {
      name: 'the database cut short',
      damage: (folder, m) => {
        const file = path.join(folder, m.database.name);
        fs.truncateSync(file, fs.statSync(file).size - 4096);
      },
      reason: 'backup.fileChanged',
    },
    {
      name: 'a byte flipped in the key file',
      damage: (folder, m) => flipByte(path.join(folder, m.keyFile.name), 40),
      reason: 'backup.fileChanged',
    },
    {
      name: 'an evidence object removed',
      damage: (folder, m) => fs.rmSync(path.join(folder, 'objects', m.objects[1]!.name)),
      reason: 'backup.fileMissing',
    },
    {
      name: 'the manifest cut short',
      damage: (folder) => fs.truncateSync(path.join(folder, MANIFEST_NAME), 200),
      reason: 'backup.listDamaged',
    },
    {
      name: 'an object dropped from the manifest (its HMAC no longer holds)',
      damage: (folder) => editManifest(folder, (m) => ({ ...m, objects: m.objects.slice(1) })),
      reason: 'backup.listForged',
    },
    {
      name: 'the manifest re-dated',
      damage: (folder) => editManifest(folder, (m) => ({ ...m, createdAt: '2026-01-01T00:00:00.000Z' })),
      reason: 'backup.listForged',
    },
  ];

  for (const { name, damage, reason } of TAMPERINGS) {
    it(`refuses a backup with ${name}, and leaves nothing behind`, async () => {
      const { w, vault } = await vaultWithEvidence();
      const folder = path.join(w.root, 'backup');
      await backUp(vault, folder);
      damage(folder, manifestOf(folder));
      const before = fs.readdirSync(w.root).sort();
      const { reply } = await restore(w, folder, 'restored', { method: 'passphrase', passphrase: PASSPHRASE });
      expect(reply).toMatchObject({ ok: false, error: { reason } });
      expect(reply.ok ? '' : reply.error.message).not.toMatch(/[\\/]/); // no path in the words
      expect(fs.readdirSync(w.root).sort()).toEqual(before); // no vault, no temp folder
    });
  }

  it('refuses a symbolic link planted where a backup file should be, before reading anything', async () => {
    const { w, vault } = await vaultWithEvidence();
    const folder = path.join(w.root, 'backup');
    await backUp(vault, folder);
    // The link leads to a file with the very bytes the manifest lists: only the link itself gives it away.
    const planted = manifestOf(folder).objects[0]!.name;
    const elsewhere = path.join(w.root, 'elsewhere.bin');
    fs.renameSync(path.join(folder, 'objects', planted), elsewhere);
    fs.symlinkSync(elsewhere, path.join(folder, 'objects', planted));
    const before = fs.readdirSync(w.root).sort();
    const { reply } = await restore(w, folder, 'restored', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VAULT_CORRUPT', reason: 'backup.linkInBackup' } });
    expect(fs.readdirSync(w.root).sort()).toEqual(before);

    // The manifest itself as a link is refused the same way.
    const linked = path.join(w.root, 'linked');
    fs.mkdirSync(linked);
    fs.symlinkSync(path.join(folder, MANIFEST_NAME), path.join(linked, MANIFEST_NAME));
    const second = await restore(w, linked, 'restored', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(second.reply).toMatchObject({ ok: false, error: { reason: 'backup.linkInBackup' } });
  });

  it('refuses a wrong passphrase, and leaves nothing behind', async () => {
    const { w, vault } = await vaultWithEvidence();
    const folder = path.join(w.root, 'backup');
    await backUp(vault, folder);
    const before = fs.readdirSync(w.root).sort();
    const { reply } = await restore(w, folder, 'restored', { method: 'passphrase', passphrase: OTHER_PASSPHRASE });
    expect(reply).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(fs.readdirSync(w.root).sort()).toEqual(before);
  });

  it('refuses a folder that is not a backup, in words', async () => {
    const w = world();
    const plain = path.join(w.root, 'plain');
    fs.mkdirSync(plain);
    const { reply } = await restore(w, plain, 'restored', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_A_VAULT', reason: 'backup.notABackup' } });
  });
});

describe('the reminder', () => {
  it('is due once the last backup (or, with none, the vault’s creation) is older than the days set', async () => {
    const { w, vault } = await vaultWithEvidence();
    expect(await vault.call('backup.status', {})).toEqual({ lastBackupAt: null, reminderDays: 7, due: false });
    w.clock.advance(7 * 24 * 3_600_000 + 1);
    await vault.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE }); // idle-locked meanwhile
    expect(await vault.call('backup.status', {})).toEqual({ lastBackupAt: null, reminderDays: 7, due: true });
    await backUp(vault, path.join(w.root, 'backup'));
    expect(await vault.call('backup.status', {})).toEqual({
      lastBackupAt: '2026-03-17T09:00:00.001Z',
      reminderDays: 7,
      due: false,
    });
    w.clock.advance(7 * 24 * 3_600_000 + 1);
    await vault.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE }); // idle-locked meanwhile
    expect((await vault.call('backup.status', {})).due).toBe(true);
    await vault.call('settings.update', { backupReminderDays: 30 });
    expect(await vault.call('backup.status', {})).toMatchObject({ reminderDays: 30, due: false });
  });

  it('keeps the last backup time when a backup fails', async () => {
    const { w, vault } = await vaultWithEvidence();
    const others = path.join(w.root, 'others');
    fs.mkdirSync(others);
    fs.writeFileSync(path.join(others, 'x'), 'x');
    vault.ports.exportTo = others;
    await vault.attempt('backup.start', {});
    expect((await vault.call('backup.status', {})).lastBackupAt).toBeNull();
  });
});

function flipByte(file: string, offset: number): void {
  const bytes = fs.readFileSync(file);
  bytes[offset] = bytes[offset]! ^ 0x01;
  fs.writeFileSync(file, bytes);
}

function editManifest(folder: string, edit: (m: Manifest & Record<string, unknown>) => object): void {
  const file = path.join(folder, MANIFEST_NAME);
  fs.writeFileSync(file, JSON.stringify(edit(JSON.parse(fs.readFileSync(file, 'utf8')))));
}
