import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { KDF_FLOORS } from '../../electron/core/kernel/vault/passphrase-kdf.js';
import { openWorkspace } from '../../electron/core/workspace.js';
import { routeWorkspace } from '../../electron/ipc/workspace-router.js';
import type { BackupJob } from '../../shared/contract/backup.js';
import { call } from './cases-fixtures.js';
import { expect, test, type VaultHarness } from './fixtures.js';
import { PASSPHRASE, unlockWithPassphrase } from './helpers.js';
import { screenshotsDir } from './paths.js';

const DAY_MS = 24 * 60 * 60_000;

/**
 * A vault made ten days ago (another session on this laptop) and never backed up since, unlocked:
 * its backup reminder.
 */
async function unlockVaultNeverBackedUp(page: Page, vault: VaultHarness): Promise<Locator> {
  const earlier = openWorkspace({
    dir: vault.dir,
    now: () => vault.clock.now() - 10 * DAY_MS,
    passphraseKdf: {
      memoryKiB: KDF_FLOORS.memoryKiB,
      iterations: KDF_FLOORS.iterations,
      parallelism: KDF_FLOORS.parallelism,
    },
  });
  expect((await routeWorkspace(earlier)('vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
  earlier.dispose();
  await page.reload();
  await unlockWithPassphrase(page);
  return page.getByRole('region', { name: 'Backup reminder' });
}

test('a vault never backed up for over a week reminds its investigator, who backs it up from the banner', async ({
  page,
  vault,
}, testInfo) => {
  test.setTimeout(90_000);
  const reminder = await unlockVaultNeverBackedUp(page, vault);
  await expect(reminder).toContainText('This vault has never been backed up.');

  // "Not now" hides it for this session only.
  await reminder.getByRole('button', { name: 'Not now' }).click();
  await expect(reminder).toHaveCount(0);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlockWithPassphrase(page);
  await expect(reminder).toBeVisible();

  const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
  mkdirSync(target, { recursive: true });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: join(target, 'backup-reminder.png'), animations: 'disabled', caret: 'hide' });

  // A check of every file already on the drive is offered, off by default (it reads the whole drive again).
  const checkAll = reminder.getByRole('checkbox', { name: 'Check every file already in the backup' });
  await expect(checkAll).not.toBeChecked();
  await checkAll.check();

  // The folder dialog's answer: a new folder on the "USB drive".
  await reminder.getByRole('button', { name: 'Back up now' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Backed up and checked' });
  await expect(done).toContainText('Evidence files in the backup: 0; copied now: 0.');
  const folder = vault.files.exports.at(-1)?.path ?? '';
  expect(vault.files.exports.at(-1)?.suggestedName).toBe('Casefile backup');
  expect(existsSync(join(folder, 'casefile-backup.json'))).toBe(true);
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(reminder).toHaveCount(0);

  const status = await call<{ lastBackupAt: string | null; due: boolean }>(vault, 'backup.status', {});
  expect(status).toMatchObject({ due: false });
  expect(status.lastBackupAt).not.toBeNull();
  const audit = await call<{ items: { action: string }[] }>(vault, 'audit.list', {});
  expect(audit.items.map((row) => row.action)).toContain('vault.backup');
});

test("the backup's progress says at most 100 %, even when the core reports more bytes done than it counted", async ({
  page,
  vault,
}) => {
  test.setTimeout(90_000);
  const reminder = await unlockVaultNeverBackedUp(page, vault);
  // The core's job, held still at one and a half times the bytes it counted at the start.
  const job: BackupJob = {
    jobId: 'backup-1',
    kind: 'backup',
    state: 'running',
    startedAt: vault.clock.iso(),
    folder: join(vault.files.dir, 'usb'),
    bytesDone: 1_500_000,
    bytesTotal: 1_000_000,
    bytesPerSecond: 250_000,
  };
  vault.overrides.set('backup.start', async () => ({ ok: true, value: { job } }));
  vault.overrides.set('jobs.get', async () => ({ ok: true, value: job }));

  await reminder.getByRole('button', { name: 'Back up now' }).click();
  await expect(reminder.getByRole('status')).toHaveText('Backing up… 100%');
  await expect(reminder.getByRole('progressbar', { name: 'Backup progress' })).toHaveAttribute('value', '100');
});

test('on a new laptop, the vault is restored from a backup folder before any vault exists, then unlocked', async ({
  page,
  vault,
}) => {
  test.setTimeout(90_000);
  // The lost laptop's vault, backed up to a "USB drive" folder.
  const folder = join(vault.files.dir, 'usb', 'Casefile backup');
  mkdirSync(join(vault.files.dir, 'usb'));
  const lost = openWorkspace({
    dir: join(vault.files.dir, 'lost-laptop'),
    now: vault.clock.now,
    passphraseKdf: {
      memoryKiB: KDF_FLOORS.memoryKiB,
      iterations: KDF_FLOORS.iterations,
      parallelism: KDF_FLOORS.parallelism,
    },
    filePorts: { chooseFilesToAdd: async () => [], chooseExportPath: async () => folder },
  });
  try {
    const route = routeWorkspace(lost);
    const created = await route('vault.create', { passphrase: PASSPHRASE });
    expect(created.ok).toBe(true);
    const recoveryKey = created.ok ? (created.value as { recoveryKey: string }).recoveryKey : '';
    // Its mission on a zone no test machine runs on: the restore must say when the backup was made on that clock.
    const clocks = await route('clocks.get', {});
    const calendar = clocks.ok ? (clocks.value as { calendar: Record<string, unknown> }).calendar : {};
    expect((await route('clocks.update', { calendar: { ...calendar, timeZone: 'Pacific/Chatham' } })).ok).toBe(true);
    const finished = new Promise<string>((resolve) => {
      lost.onEvent((event) => {
        if (event.name === 'jobs.finished') resolve(event.payload.job.state);
      });
    });
    const started = await route('backup.start', {});
    expect(started.ok).toBe(true);
    expect(await finished).toBe('done');
    expect(recoveryKey).not.toBe('');
  } finally {
    lost.dispose();
  }

  await page.reload();
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  const form = page.getByRole('form', { name: 'Restore from a backup' });

  // A folder that is not a backup is refused in words, and nothing is written.
  mkdirSync(join(vault.files.dir, 'holiday photos'));
  vault.files.toAdd = [join(vault.files.dir, 'holiday photos')];
  await form.getByLabel('Passphrase of the backed-up vault').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Choose the backup folder and restore…' }).click();
  await expect(form.getByRole('alert')).toContainText('This is not a Casefile backup');
  expect(existsSync(join(vault.dir, 'vault.json'))).toBe(false);

  // A wrong passphrase is refused too.
  vault.files.toAdd = [folder];
  await form.getByLabel('Passphrase of the backed-up vault').fill('not the passphrase at all');
  await form.getByRole('button', { name: 'Choose the backup folder and restore…' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  expect(existsSync(join(vault.dir, 'vault.json'))).toBe(false);

  await form.getByLabel('Passphrase of the backed-up vault').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Choose the backup folder and restore…' }).click();
  await expect(page.getByRole('status')).toContainText('every file checked', { timeout: 30_000 });
  await expect(page.getByRole('status')).toContainText('Pacific/Chatham');
  await page.getByRole('button', { name: 'Continue to unlock' }).click();
  await unlockWithPassphrase(page);
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({ timeout: 30_000 });
  const audit = await call<{ items: { action: string }[] }>(vault, 'audit.list', {});
  expect(audit.items.map((row) => row.action)).toContain('vault.restore');
});
