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
  // Every part of the intake form unfolded: a range, an exact date, the paternity section.
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByRole('group', { name: 'Incident date 1' }).getByLabel('Precision').selectOption('range');
  await dialog.getByRole('button', { name: 'Add another incident date' }).click();
  await dialog.getByRole('group', { name: 'Incident date 2' }).getByLabel('Precision').selectOption('exact');
  await dialog.getByRole('checkbox', { name: 'A paternity claim is made' }).check();
  await dialog.getByRole('checkbox', { name: 'DNA sample taken' }).check();
  await check('new case dialog, unfolded', 30);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // The case-file screens, over one case.
  const created = await vault.dispatch('cases.create', { title: 'Mission Alpha', dateReceived: '2026-03-02', reportingChannel: 'hotline', entity: 'MINUSCA' });
  expect(created.ok).toBe(true);
  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  await expect(page.getByRole('row', { name: /Mission Alpha/ })).toBeVisible();
  await page.locator('.filter-summary').click();
  await check('cases list, status menu open', 12);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Mission Alpha', exact: true }).click();
  await check('case overview', 10);
  await page.getByRole('button', { name: 'Change status' }).click();
  await page.getByRole('dialog', { name: 'Change the status' }).getByLabel('New status').selectOption('closed_other');
  await check('change status dialog', 4);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(page.getByRole('heading', { name: 'Principles checklist' })).toBeVisible();
  await check('checklist', 6);
  await page.getByRole('tab', { name: 'Audit' }).click();
  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await expect(page.getByText(/The chain is intact/)).toBeVisible();
  await check('audit', 6);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search the case file' }).fill('alpha');
  await page.getByRole('searchbox', { name: 'Search the case file' }).press('Enter');
  await expect(page.locator('mark').first()).toBeVisible();
  await check('search results', 5);

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
  expect(seen['case overview']).toEqual(
    expect.arrayContaining(['tab "Overview"', 'tab "Checklist"', 'tab "Audit"', 'button "Change status"', 'button "Edit intake"']),
  );
  expect(seen['cases list, status menu open']).toEqual(
    expect.arrayContaining(['button "Reference"', 'checkbox "Under investigation"', 'combobox "Category"', 'checkbox "Urgent only"']),
  );
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
      // The name a screen reader gives: decorations hidden from it (icons, a shortcut's keys) left out.
      const shown = element.cloneNode(true) as HTMLElement;
      shown.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      const name = element.getAttribute('aria-label') ?? label ?? shown.textContent ?? '';
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
  // The sidebar in reading order (its sections, quick capture, then the lock), then the page.
  expect(shellStops.map((stop) => stop.control)).toEqual([
    'button Cases',
    'button Deadlines',
    'button Search',
    'button Templates',
    'button Settings',
    'button Quick capture',
    'button Lock',
    'button New case',
  ]);
  expect(shellStops.filter((stop) => stop.outline === 'none')).toEqual([]);
});
