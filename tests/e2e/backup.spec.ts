import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { KDF_FLOORS } from '../../electron/core/kernel/vault/passphrase-kdf.js';
import { openWorkspace } from '../../electron/core/workspace.js';
import { routeWorkspace } from '../../electron/ipc/workspace-router.js';
import { call } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { PASSPHRASE, unlockWithPassphrase } from './helpers.js';
import { screenshotsDir } from './paths.js';

const DAY_MS = 24 * 60 * 60_000;

test('a vault never backed up for over a week reminds its investigator, who backs it up from the banner', async ({
  page,
  vault,
}, testInfo) => {
  test.setTimeout(90_000);
  // The vault was made ten days ago (another session on this laptop), and never backed up since.
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
  const reminder = page.getByRole('region', { name: 'Backup reminder' });
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
