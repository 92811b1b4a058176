import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { cli } from '../cli/harness.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';

const tempDir = useTempDirs();

describe('casefile backup and restore', () => {
  it('backs up, says when, and restores into a new folder that then opens with the same passphrase', async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root);
    const folder = join(root, 'usb', 'backup');

    const never = valueOf<{ lastBackupAt: string | null; due: boolean }>(
      await casefile(setup, ['--json', 'backup', 'status']),
    );
    expect(never).toMatchObject({ lastBackupAt: null, due: false, reminderDays: 7 }); // a vault made today

    const missingParent = await casefile(setup, ['--json', 'backup', '--to', folder]);
    // The drive's folder must exist; only the backup's own folder is made.
    expect(missingParent.status).toBe(EXIT.notFound);

    const usb = join(root, 'usb');
    mkdirSync(usb);
    const done = await casefile(setup, ['backup', '--to', folder]);
    expect(done.status).toBe(EXIT.ok);
    expect(done.stdout).toContain('read back whole');
    expect(done.stderr).toContain('Backing up');
    const again = valueOf<{ objectsCopied: number; evidenceFiles: number }>(
      await casefile(setup, ['--json', 'backup', '--to', folder, '--verify-all']),
    );
    // --verify-all: a check of every file already there (this vault has none yet).
    expect(again).toMatchObject({ objectsCopied: 0, objectsRechecked: 0, evidenceFiles: 0, folder });

    const shown = await casefile(setup, ['backup', 'status']);
    // On the mission's clock, its zone named, as the screens show it (--json keeps the ISO instant).
    expect(shown.stdout).toMatch(/Last backup: \d{1,2} \S+ \d{4}, \d{2}:\d{2} \([\w/+-]+\)\./);
    expect(shown.stdout).toContain('No backup is due yet');

    const restoredDir = join(root, 'new-laptop', 'vault');
    mkdirSync(join(root, 'new-laptop'));
    const restored = valueOf<{ cases: number; vault: string }>(
      await cli([
        '--json',
        '--vault',
        restoredDir,
        '--passphrase-file',
        setup.passphraseFile,
        'restore',
        '--from',
        folder,
      ]),
    );
    expect(restored).toMatchObject({ cases: 1, vault: restoredDir });
    const listed = valueOf<{ items: { reference: string }[] }>(
      await casefile({ ...setup, vault: restoredDir }, ['--json', 'case', 'list']),
    );
    expect(listed.items.map((item) => item.reference)).toEqual([setup.reference]);
  });

  it("says when a restored backup was made, in the reader's language on the restored vault's clock", async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root);
    // A mission zone no test machine runs on: the time must be read from the restored vault, not the computer.
    const zone = 'Pacific/Chatham';
    const { calendar } = valueOf<{ calendar: Record<string, unknown> }>(
      await casefile(setup, ['--json', 'call', 'clocks.get']),
    );
    const update = JSON.stringify({ calendar: { ...calendar, timeZone: zone } });
    expect((await casefile(setup, ['call', 'clocks.update', '--input', '-'], { stdin: update })).status).toBe(EXIT.ok);
    const folder = join(root, 'backup');
    const made = valueOf<{ createdAt: string }>(await casefile(setup, ['--json', 'backup', '--to', folder]));
    const restoreIn = async (language: 'fr' | 'ar') =>
      cli([
        '--ui-lang',
        language,
        '--vault',
        join(root, `restored-${language}`),
        '--passphrase-file',
        setup.passphraseFile,
        'restore',
        '--from',
        folder,
      ]);
    const french = await restoreIn('fr');
    expect(french.status).toBe(EXIT.ok);
    const onChatham = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short', hourCycle: 'h23', timeZone: zone });
    expect(french.stdout).toMatch(/Sauvegarde du \d{1,2} \S+ \d{4}, \d{2}:\d{2} /);
    expect(french.stdout).toContain(`${onChatham.format(new Date(made.createdAt))} (fuseau ${zone})`);
    const arabic = await restoreIn('ar');
    expect(arabic.status).toBe(EXIT.ok);
    expect(arabic.stdout).toContain(`(${zone})`);
    expect(arabic.stdout).toContain('استُعيدت النسخة الاحتياطية المؤرخة');
    for (const output of [french.stdout, arabic.stdout]) {
      expect(output).not.toContain(made.createdAt);
      expect(output).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    }
  });

  it('refuses in words, with its exit code: a folder of other things, a vault, a bad backup', async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root);
    const others = join(root, 'others');
    mkdirSync(others);
    writeFileSync(join(others, 'photo.jpg'), 'x');
    const refused = await casefile(setup, ['--json', 'backup', '--to', others]);
    expect(refused.status).toBe(EXIT.failure);
    expect(errorOf(refused).message).toMatch(/holds other files and no Casefile backup/);

    const usage = await casefile(setup, ['backup']);
    expect(usage.status).toBe(EXIT.usage);

    const folder = join(root, 'backup');
    expect((await casefile(setup, ['backup', '--to', folder])).status).toBe(EXIT.ok);
    // Restoring over the vault itself: refused, nothing changed.
    const over = await casefile(setup, ['--json', 'restore', '--from', folder]);
    expect(over.status).not.toBe(EXIT.ok);
    expect(errorOf(over).message).toMatch(/already holds a Casefile vault/);

    // A flipped byte in the backup: refused, and no vault appears.
    const manifest = JSON.parse(readFileSync(join(folder, 'casefile-backup.json'), 'utf8')) as {
      database: { name: string };
    };
    const db = join(folder, manifest.database.name);
    const bytes = readFileSync(db);
    bytes[5000] = bytes[5000]! ^ 0xff;
    writeFileSync(db, bytes);
    const target = join(root, 'restored');
    const damaged = await cli([
      '--json',
      '--vault',
      target,
      '--passphrase-file',
      setup.passphraseFile,
      'restore',
      '--from',
      folder,
    ]);
    expect(damaged.status).toBe(EXIT.vaultDamaged);
    expect(errorOf(damaged).message).toMatch(/The backup is damaged/);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(root).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
  });
});
