import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runVaultFlow } from '../flows/vault-flow.js';
import { expect, test } from './fixtures.js';
import { PASSPHRASE, WRONG_PASSPHRASE, openWithVault, unlockWithPassphrase } from './helpers.js';

test('create, keep the recovery key, lock, refuse a wrong passphrase, unlock, Ctrl+L, recovery key', async ({
  page,
  vault,
}) => {
  const { recoveryKey } = await runVaultFlow(page, { passphrase: PASSPHRASE, wrongPassphrase: WRONG_PASSPHRASE });
  // The UI's view matches the core's: unlocked, with the vault files on disk.
  expect(vault.ws.isUnlocked()).toBe(true);
  expect(recoveryKey).toHaveLength(34);
});

test('an auto-lock in the core reaches the UI, which drops the case data', async ({ page, vault }) => {
  await openWithVault(page, vault);
  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Mission Alpha, report received in March');
  await dialog.getByRole('combobox', { name: 'How it was reported' }).selectOption('hotline');
  await dialog.getByRole('textbox', { name: 'Entity or mission' }).fill('MINUSCA');
  await dialog.getByRole('combobox', { name: 'Confidentiality', exact: true }).selectOption('strictly_confidential');
  await dialog.getByRole('button', { name: 'Open the case' }).click();
  await expect(dialog).toHaveCount(0);
  // The new case opens at once.
  const header = page.locator('.case-header');
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('Mission Alpha, report received in March');
  await expect(header).toContainText(/CF-\d{4}-0001/);
  await expect(header).toContainText('Strictly confidential');

  // As the idle timer would: the UI learns it from the core's vault.locked event.
  vault.ws.lock('idle');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible({ timeout: 5_000 });
  await expect(page.getByRole('status')).toHaveText('The vault was locked. Any unsaved input was cleared.');
  await expect(page.getByText('Mission Alpha')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('CF-');

  // The data was only dropped from the page, not from the vault.
  await unlockWithPassphrase(page);
  await expect(page.getByRole('row', { name: /Mission Alpha/ })).toBeVisible({ timeout: 30_000 });
});

test('the auto-lock delay set in the UI reaches the core timer', async ({ page, vault }) => {
  await openWithVault(page, vault);
  await page.getByRole('button', { name: 'Settings' }).click();
  const minutes = page.getByLabel(/Lock automatically after/);
  await minutes.fill('1');
  await minutes.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  expect(vault.ws.settings().autoLockMinutes).toBe(1);
});

test('a weak passphrase is explained, and a mismatch is caught, before anything is sent', async ({ page, vault }) => {
  const create = page.getByRole('button', { name: 'Create the vault' });
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  const meter = page.getByRole('meter', { name: 'Passphrase strength' });

  await expect(meter).toHaveAttribute('aria-valuetext', 'Not entered yet');
  await passphrase.fill('password');
  await expect(meter).toHaveAttribute('aria-valuetext', 'Very weak');
  const feedback = page.locator('.strength-feedback');
  await expect(feedback).toContainText('Use at least 12 characters.');
  await expect(feedback).toContainText('It is too easy to guess');
  await expect(feedback).toContainText('This is one of the most used passwords.');
  await expect(feedback).toContainText('Add more words that are less common.');
  await page.getByLabel('Repeat the passphrase').fill('password');
  await expect(create).toBeDisabled();

  // Long enough, still refused: the reason changes with the passphrase.
  await passphrase.fill('abcdefghijklmnop');
  await expect(feedback).not.toContainText('Use at least 12 characters.');
  await expect(feedback).toContainText('Common character sequences like “abc” are easy to guess.');
  await expect(feedback).toContainText('Avoid common character sequences.');
  await expect(create).toBeDisabled();

  await passphrase.fill(PASSPHRASE);
  await expect(meter).toHaveAttribute('aria-valuetext', 'Very strong');
  await expect(page.getByText('This passphrase is strong enough.')).toBeVisible();
  await page.getByLabel('Repeat the passphrase').fill(`${PASSPHRASE}x`);
  await expect(page.getByRole('alert')).toHaveText('The two passphrases do not match.');
  await expect(create).toBeDisabled();

  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(create).toBeEnabled();
  // Nothing was created while the form was refusing.
  expect(await vault.dispatch('vault.status', {})).toEqual({ ok: true, value: { state: 'absent' } });
});

test('the passphrase can be shown to check it, and hidden again', async ({ page }) => {
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await passphrase.fill(PASSPHRASE);
  await expect(passphrase).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show the passphrase' }).click();
  await expect(passphrase).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Hide the passphrase' }).click();
  await expect(passphrase).toHaveAttribute('type', 'password');
});

test('a VAULT_LOCKED reply alone is enough for the UI to drop everything', async ({ page, vault }) => {
  await openWithVault(page, vault);
  await page.getByRole('button', { name: 'Settings' }).click();
  // Settings loads the clocks too: lock only once every call of the page has been answered.
  await expect(page.getByRole('table', { name: 'Clocks of this vault' })).toBeVisible();
  // The lock event does not reach the page: only the reply to the next call can reveal the lock.
  vault.withheldEvents.add('vault.locked');
  vault.ws.lock('idle');
  await page.getByRole('checkbox', { name: 'Hide Casefile from screenshots and screen sharing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
  expect(vault.calls).toContain('settings.update');
});

test(
  'the UI never polls the vault state: it hears the lock as an event, and reports ' + 'activity at most once per 30 s',
  async ({ page, vault }) => {
    await openWithVault(page, vault);
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    vault.calls.length = 0;
    // Ten idle minutes on the page's clock: a status poll (every 2 s, as it used to be) would call hundreds of times.
    await page.clock.runFor(10 * 60_000);
    expect(vault.calls.filter((name) => name === 'vault.status')).toEqual([]);

    for (let press = 0; press < 5; press += 1) await page.keyboard.press('Shift');
    await page.mouse.click(900, 600);
    await page.mouse.click(900, 650);
    await expect.poll(() => vault.calls.filter((name) => name === 'session.touch')).toEqual(['session.touch']);

    // The core locks on its own: the page shows the lock screen without asking anything.
    vault.calls.length = 0;
    vault.ws.lock('idle');
    await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible({ timeout: 5_000 });
    expect(vault.calls.filter((name) => name === 'vault.status')).toEqual([]);
    expect(vault.calls.filter((name) => name === 'session.touch')).toEqual([]);
  },
);

test('an unlock that had to make the vault folder private again says so, in words, until dismissed', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  vault.ws.lock('user');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible({ timeout: 5_000 });
  // As `chmod -R a+rwX` on the vault folder would leave it.
  chmodSync(vault.dir, 0o777);
  for (const name of readdirSync(vault.dir)) chmodSync(join(vault.dir, name), 0o666);

  await unlockWithPassphrase(page);
  const notice = page.getByRole('status').filter({ hasText: 'Other accounts on this computer could open' });
  await expect(notice).toContainText('Casefile has made it private to you again.');
  expect(statSync(vault.dir).mode & 0o777).toBe(0o700);
  expect(statSync(join(vault.dir, 'vault.json')).mode & 0o777).toBe(0o600);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
