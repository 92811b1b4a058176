import type { Page } from '@playwright/test';
import { accessibleControls } from './accessibility.js';
import { expect, test } from './fixtures.js';
import { PASSPHRASE, openWithVault } from './helpers.js';

/** Every screen, walked: each operable element must have an accessible name. */
test('every control on every screen has an accessible name', async ({ page, vault }) => {
  const seen: Record<string, string[]> = {};
  const check = async (screen: string, minimum: number) => {
    const { named, unnamed } = await accessibleControls(page);
    expect(unnamed, `${screen}: controls without a name`).toEqual([]);
    expect(named.length, `${screen}: controls found`).toBeGreaterThanOrEqual(minimum);
    seen[screen] = named;
  };

  await page.getByLabel('Passphrase', { exact: true }).fill('password');
  await expect(page.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute('aria-valuetext', 'Very weak');
  await check('create vault', 5);

  await page.getByRole('button', { name: 'Show the passphrase' }).click();
  await check('create vault, revealed', 5);

  await openWithVault(page, vault);
  await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();
  await check('cases, empty', 4);
  await page.getByRole('button', { name: 'New case' }).click();
  await expect(page.getByRole('dialog', { name: 'New case' })).toBeVisible();
  await check('new case dialog', 6);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Language')).toBeVisible();
  await check('settings', 6);

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible();
  await check('unlock', 3);
  await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await expect(page.getByLabel('Recovery key')).toBeVisible();
  await check('unlock with the recovery key', 3);

  // The names the checks saw are the ones the UI meant.
  expect(seen['settings']).toEqual(
    expect.arrayContaining([
      'spinbutton "Lock automatically after (minutes of inactivity)"',
      'checkbox "Hide Casefile from screenshots and screen sharing"',
      'combobox "Language"',
      'button "Lock"',
    ]),
  );
  expect(seen['create vault']).toEqual(expect.arrayContaining(['meter "Passphrase strength"', 'textbox "Repeat the passphrase"']));
});

test('the checker reports a control without a name (it can fail)', async ({ page }) => {
  await page.evaluate(() => {
    const unnamed = document.createElement('button');
    unnamed.className = 'planted';
    document.body.append(unnamed);
  });
  expect((await accessibleControls(page)).unnamed).toEqual(['button']);
});

/** Tabs through the page until focus leaves it; returns what each stop looked like. */
async function tabStops(page: Page) {
  const stops: { control: string; outline: string }[] = [];
  for (let step = 0; step < 20; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const label = (element as HTMLInputElement).labels?.[0]?.textContent;
      const name = element.getAttribute('aria-label') ?? label ?? element.textContent ?? '';
      return { control: `${element.tagName.toLowerCase()} ${name.trim()}`.trim(), outline: getComputedStyle(element).outlineStyle };
    });
    if (stop === null || stops.some((seen) => seen.control === stop.control)) break;
    stops.push(stop);
  }
  return stops;
}

test('the keyboard reaches every control, and focus is visible on each', async ({ page, vault }) => {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const createStops = await tabStops(page);
  expect(createStops.map((stop) => stop.control)).toEqual([
    'input Passphrase',
    'button Show the passphrase',
    'input Repeat the passphrase',
    'button Create the vault',
  ]);
  expect(createStops.filter((stop) => stop.outline === 'none')).toEqual([]);

  await openWithVault(page, vault);
  await page.locator('.sidebar-brand').click();
  const shellStops = await tabStops(page);
  expect(shellStops.map((stop) => stop.control)).toEqual(['button Cases', 'button Settings', 'button Lock', 'button New case']);
  expect(shellStops.filter((stop) => stop.outline === 'none')).toEqual([]);
});
