import type { Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { catalogue } from './catalogue.js';
import { expect } from './fixtures.js';

/** Turns the interface to Arabic in the settings and opens a case from the list; the Arabic words to go on with. */
export async function openCaseInArabic(page: Page, title: string): Promise<TFunction> {
  const t = await catalogue('ar');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: t('shell.cases'), exact: true }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
  return t;
}
