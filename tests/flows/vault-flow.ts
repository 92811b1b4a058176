import { expect, type Page } from '@playwright/test';

/** Screens the flow passes through, for callers that want a picture of each. */
export type FlowScreen = 'create-vault' | 'recovery-key' | 'cases-empty' | 'unlock';

export interface VaultFlowOptions {
  passphrase: string;
  wrongPassphrase: string;
  /** Called once each screen is fully shown (screenshots). */
  capture?: (screen: FlowScreen) => Promise<void>;
}

/** Argon2id at the real cost, on a busy machine: unlocking can take seconds. */
const KEY_DERIVATION_TIMEOUT = 30_000;

/**
 * The vault's life in the UI, driven only through accessible names (so they must exist): create,
 * keep the recovery key, lock, fail with a wrong passphrase, unlock, lock with the shortcut,
 * unlock with the recovery key. Shared by the Chromium e2e test and the Electron test.
 */
export async function runVaultFlow(page: Page, options: VaultFlowOptions): Promise<{ recoveryKey: string }> {
  // 1. Create the vault.
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  const create = page.getByRole('button', { name: 'Create the vault' });
  await page.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
  await expect(page.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute('aria-valuetext', /strong/i);
  await page.getByLabel('Repeat the passphrase').fill(options.passphrase);
  await expect(create).toBeEnabled();
  await options.capture?.('create-vault');
  await create.click();

  // 2. The recovery key, shown once.
  await expect(page.getByRole('heading', { level: 1, name: 'Your recovery key' })).toBeVisible({
    timeout: KEY_DERIVATION_TIMEOUT,
  });
  const recoveryKey = (await page.getByRole('group', { name: 'Recovery key' }).innerText()).replace(/\s+/g, '-');
  expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
  const proceed = page.getByRole('button', { name: 'Continue to Casefile' });
  await expect(proceed).toBeDisabled();
  await options.capture?.('recovery-key');
  await page.getByRole('checkbox', { name: /I have written down the recovery key/ }).check();
  await proceed.click();

  // 3. The app shell, with the empty case list.
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(navigation).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();
  await options.capture?.('cases-empty');

  // 4. Lock with the button: the shell and its data are gone.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible();
  await expect(navigation).toHaveCount(0);
  await options.capture?.('unlock');

  // 5. A wrong passphrase is refused, and said so.
  await page.getByLabel('Passphrase', { exact: true }).fill(options.wrongPassphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Wrong passphrase. Check Caps Lock and the keyboard layout, or unlock with the recovery key.',
    {
      timeout: KEY_DERIVATION_TIMEOUT,
    },
  );
  await expect(navigation).toHaveCount(0);

  // 6. The right one opens the vault.
  await page.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(navigation).toBeVisible({ timeout: KEY_DERIVATION_TIMEOUT });

  // 7. Ctrl+L (Cmd+L on macOS) locks from anywhere.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel(/Lock automatically after/).focus();
  await page.keyboard.press('ControlOrMeta+KeyL');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible();
  await expect(navigation).toHaveCount(0);

  // 8. The recovery key opens it too, typed loosely (lower case, spaces).
  await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(navigation).toBeVisible({ timeout: KEY_DERIVATION_TIMEOUT });
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();

  return { recoveryKey };
}
