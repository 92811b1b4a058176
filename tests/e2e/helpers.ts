import { expect, type Locator, type Page } from '@playwright/test';
import type { VaultHarness } from './fixtures.js';

export const PASSPHRASE = 'amber tractor ledger violin';
export const WRONG_PASSPHRASE = 'amber tractor ledger viola';

/** For tests about what comes after creation: make the vault through the router, then show the shell. */
export async function openWithVault(page: Page, vault: VaultHarness): Promise<void> {
  const created = await vault.dispatch('vault.create', { passphrase: PASSPHRASE });
  expect(created.ok).toBe(true);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

export async function unlockWithPassphrase(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

/** The caret at the end of a paragraph of an editing area, as a click there and the End key would put it. */
export async function caretAtEnd(paragraph: Locator): Promise<void> {
  await paragraph.click();
  await paragraph.evaluate((element) => {
    const selection = window.getSelection()!;
    selection.selectAllChildren(element);
    selection.collapseToEnd();
  });
}
