import { expect, test } from './fixtures.js';
import { openWithVault, unlockWithPassphrase } from './helpers.js';

test('switching to French applies at once, everywhere, and survives a lock and a restart', async ({ page, vault }) => {
  await openWithVault(page, vault);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('fr');

  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Paramètres enregistrés.');
  expect(vault.ws.settings().language).toBe('fr');

  await page.getByRole('button', { name: 'Verrouiller', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déverrouillez votre coffre' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Utiliser plutôt la clé de récupération' })).toBeVisible();

  // A new window reads the language from the vault's preferences, before unlocking.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Déverrouillez votre coffre' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByLabel('Phrase secrète', { exact: true }).fill('wrong wrong wrong wrong');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Phrase secrète incorrecte. Vérifiez la touche Verr. Maj et la disposition du ' +
      'clavier, ou déverrouillez avec la clé de récupération.',
    {
      timeout: 30_000,
    },
  );

  await page.getByRole('button', { name: 'Utiliser plutôt la clé de récupération' }).click();
  await page.getByRole('button', { name: 'Utiliser plutôt la phrase secrète' }).click();
  await page.getByLabel('Phrase secrète', { exact: true }).fill('amber tractor ledger violin');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Aucun dossier pour l’instant' })).toBeVisible({
    timeout: 30_000,
  });

  // And back to English.
  await page.getByRole('button', { name: 'Paramètres' }).click();
  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(vault.ws.settings().language).toBe('en');
});

test('settings are saved in the vault and shown again after a lock and a restart', async ({ page, vault }) => {
  await openWithVault(page, vault);
  await page.getByRole('button', { name: 'Settings' }).click();
  const minutes = page.getByLabel(/Lock automatically after/);
  const protection = page.getByRole('checkbox', { name: 'Hide Casefile from screenshots and screen sharing' });
  await expect(minutes).toHaveValue('10');
  await expect(protection).toBeChecked();
  // The explanation is tied to the control, so a screen reader reads it with the checkbox.
  await expect(protection).toHaveAccessibleDescription(/screenshots, screen recordings and shared screens/);

  await minutes.fill('0');
  await expect(page.getByRole('alert')).toHaveText('Enter a whole number of minutes between 1 and 240.');
  await minutes.press('Tab');
  await minutes.fill('241');
  await minutes.press('Tab');
  expect(vault.ws.settings().autoLockMinutes).toBe(10);

  await minutes.fill('15');
  await minutes.press('Tab');
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  await protection.uncheck();

  // The backup reminder's days: out of range is refused in words and not saved; in range, saved.
  const days = page.getByLabel(/Remind me to back up after/);
  await expect(days).toHaveValue('7');
  await days.fill('366');
  await expect(page.getByRole('alert')).toHaveText('Enter a whole number of days between 1 and 365.');
  await days.press('Tab');
  expect(vault.ws.settings().backupReminderDays).toBe(7);
  await days.fill('30');
  await days.press('Tab');
  await expect
    .poll(() => vault.ws.settings())
    .toEqual({ autoLockMinutes: 15, contentProtection: false, language: 'en', backupReminderDays: 30 });

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.reload();
  await unlockWithPassphrase(page);
  await page.getByRole('button', { name: 'Settings' }).click({ timeout: 30_000 });
  await expect(minutes).toHaveValue('15');
  await expect(protection).not.toBeChecked();
  await expect(days).toHaveValue('30');
});
